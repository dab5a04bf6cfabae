package dev.clssdk.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code generate --retrofit include|exclude|only}: the Retrofit interface with the rest (the
 * default), left out, or alone; through picocli and through the plain-form shortcut alike.
 */
class RetrofitOptionTest {

    private static final String API = "dev/clssdk/fix/retrofit/FixApi.java";
    private static final String CLIENT = "dev/clssdk/fix/FixClient.java";

    private static List<String> generate(Path dir, boolean shortcut, String... retrofit) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Fixtures.resource(Fixtures.FIXTURE_SPEC));
        Path out = dir.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--spec", spec.toString(), "--out", out.toString()));
        args.addAll(List.of(retrofit));
        StringWriter err = new StringWriter();
        int code = shortcut
                ? GenerateShortcut.parse(args.toArray(String[]::new)).orElseThrow()
                        .run(new PrintWriter(new StringWriter()), new PrintWriter(err))
                : GeneratorCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theInterfaceIsGeneratedWithTheRestByDefault(boolean shortcut, @TempDir Path dir) throws IOException {
        assertThat(generate(dir, shortcut)).contains(API, CLIENT);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void excludeLeavesItOut(boolean shortcut, @TempDir Path dir) throws IOException {
        List<String> files = generate(dir, shortcut, "--retrofit", "exclude");
        assertThat(files).contains(CLIENT).doesNotContain(API);
        assertThat(files).noneMatch(f -> f.contains("/retrofit/"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void onlyWritesTheInterfaceAlone(boolean shortcut, @TempDir Path dir) throws IOException {
        assertThat(generate(dir, shortcut, "--retrofit", "ONLY")).containsExactly(API);
    }

    @Test
    void anUnknownValueIsAUsageErrorNamingTheChoices(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Fixtures.resource(Fixtures.FIXTURE_SPEC));
        StringWriter err = new StringWriter();
        int code = GeneratorCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--spec",
                spec.toString(), "--out", dir.resolve("out").toString(), "--retrofit", "maybe");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--retrofit", "include, exclude or only", "'maybe'");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
