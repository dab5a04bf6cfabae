package dev.clssdk.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain {@code generate} command line runs without picocli, and does what picocli would make of it. */
class GenerateShortcutTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "generate --spec a.yaml --out out",
        "generate --out out",
        "generate --out out --package p.q --spec a.yaml",
        "generate --spec classpath:cls/x.yaml --out out"})
    void thePlainFormIsTaken(String line) {
        assertThat(GenerateShortcut.parse(line.split(" "))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "generate",
        "generate --spec a.yaml",
        "generate --out",
        "generate --out=out",
        "generate --out out --out other",
        "generate --out out -h",
        "generate --help",
        "generate -V --out out",
        "generate --out -out",
        "generate --out @args.txt",
        "generate --out out --unknown x",
        "generate --out out --",
        "diff --out out",
        "--out out generate"})
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(GenerateShortcut.parse(line.split(" "))).isEmpty();
    }

    @Test
    void itWritesWhatPicocliWritesAndSaysTheSame(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Fixtures.resource(Fixtures.FIXTURE_SPEC));
        StringWriter viaPicocli = new StringWriter();
        StringWriter direct = new StringWriter();

        int picocliCode = GeneratorCli.run(new PrintWriter(viaPicocli), new PrintWriter(new StringWriter()),
                "generate", "--spec", spec.toString(), "--out", dir.resolve("a").toString());
        int directCode = GenerateShortcut.parse("generate", "--spec", spec.toString(), "--out", dir.resolve("b").toString())
                .orElseThrow().run(new PrintWriter(direct), new PrintWriter(new StringWriter()));

        assertThat(directCode).isZero().isEqualTo(picocliCode);
        assertThat(Fixtures.readTree(dir.resolve("b"))).isNotEmpty().isEqualTo(Fixtures.readTree(dir.resolve("a")));
        assertThat(withoutMillis(direct.toString().replace("/b", "/a"))).isEqualTo(withoutMillis(viaPicocli.toString()));
    }

    @Test
    void aFailureGetsPicocliExitCodeAndReport(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Fixtures.resource(Fixtures.FIXTURE_SPEC));
        Path blocked = dir.resolve("file");
        Files.writeString(blocked, "not a directory");
        String out = blocked.resolve("out").toString();
        StringWriter viaPicocli = new StringWriter();
        StringWriter direct = new StringWriter();

        int picocliCode = GeneratorCli.run(new PrintWriter(new StringWriter()), new PrintWriter(viaPicocli),
                "generate", "--spec", spec.toString(), "--out", out);
        int directCode = GenerateShortcut.parse("generate", "--spec", spec.toString(), "--out", out)
                .orElseThrow().run(new PrintWriter(new StringWriter()), new PrintWriter(direct));

        assertThat(directCode).isNotZero().isEqualTo(picocliCode);
        assertThat(firstLine(direct.toString())).isNotEmpty().isEqualTo(firstLine(viaPicocli.toString()));
    }

    @Test
    void aSpecErrorIsReportedAsPicocliReportsIt(@TempDir Path dir) {
        String missing = dir.resolve("missing.yaml").toString();
        StringWriter viaPicocli = new StringWriter();
        StringWriter direct = new StringWriter();

        int picocliCode = GeneratorCli.run(new PrintWriter(new StringWriter()), new PrintWriter(viaPicocli),
                "generate", "--spec", missing, "--out", dir.resolve("out").toString());
        int directCode = GenerateShortcut.parse("generate", "--spec", missing, "--out", dir.resolve("out").toString())
                .orElseThrow().run(new PrintWriter(new StringWriter()), new PrintWriter(direct));

        assertThat(directCode).isEqualTo(GeneratorCli.EXIT_SPEC_ERROR).isEqualTo(picocliCode);
        assertThat(direct.toString()).isEqualTo(viaPicocli.toString());
    }

    private static String withoutMillis(String line) {
        return line.replaceAll(" in \\d+ ms ", " in N ms ");
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
