package dev.clssdk.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.cli.GeneratorCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GeneratorCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String fixture(String resource) throws URISyntaxException {
        return Path.of(DiffCommandTest.class.getResource("/diff/" + resource).toURI()).toString();
    }

    @Test
    void exitsOneAndSaysBreakingWhenAChangeIsBreaking() throws Exception {
        int code = run("diff", fixture("field-removed/old.yaml"), fixture("field-removed/new.yaml"));

        assertThat(code).isEqualTo(DiffCommand.EXIT_BREAKING);
        assertThat(out.toString())
                .contains("Result: BREAKING")
                .contains("! FIELD_REMOVED PutThingRequest.Code: field removed (string) [sdk breaking, wire breaking]");
    }

    @Test
    void exitsZeroForCompatibleChangesAndNamesWhatMaySurprise() throws Exception {
        int code = run("diff", fixture("enum-value-added/old.yaml"), fixture("enum-value-added/new.yaml"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Result: COMPATIBLE").contains("may surprise callers: older SDKs read it as UNKNOWN_TO_SDK_VERSION");
    }

    @Test
    void theSummaryCountsTheChangesByKindAndTheReportFileHasThemAll(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("spec-diff.txt");
        int code = run("diff", "--summary", "--no-fail", "--report", report.toString(),
                "classpath:cls/cls-2020-10-16-r2.yaml", "classpath:cls/cls-2020-10-16-r4.yaml");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Result: COMPATIBLE").contains("Breaking changes: none")
                .containsPattern("Compatible changes by kind: .*ACTION_ADDED \\d+")
                .contains("Full list: " + report).doesNotContain("+ ACTION_ADDED");
        assertThat(out.toString().lines().count()).isLessThan(12);
        assertThat(Files.readString(report)).contains("+ ACTION_ADDED SearchLog: ");
    }

    @Test
    void writesJsonWithEveryChange() throws Exception {
        int code = run("diff", "--format", "json", fixture("default-changed/old.yaml"), fixture("default-changed/new.yaml"));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains("\"breaking\" : true")
                .contains("\"kind\" : \"DEFAULT_CHANGED\"")
                .contains("\"sdk\" : \"COMPATIBLE\"")
                .contains("\"wire\" : \"BREAKING\"");
    }

    @Test
    void noFailWritesTheVerdictForTheBuild(@TempDir Path dir) throws Exception {
        Path properties = dir.resolve("spec-diff.properties");
        Path report = dir.resolve("spec-diff.txt");

        int code = run("diff", "--no-fail", "--properties", properties.toString(), "--report", report.toString(),
                fixture("field-removed/old.yaml"), fixture("field-removed/new.yaml"));

        assertThat(code).isZero();
        assertThat(Files.readString(properties)).isEqualTo("spec.diff.breaking=true\nspec.diff.compatible=false\n");
        assertThat(Files.readString(report)).contains("Result: BREAKING");
    }

    @Test
    void exitsTwoWhenASpecCannotBeRead(@TempDir Path dir) throws IOException, URISyntaxException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n");

        int code = run("diff", broken.toString(), fixture("field-removed/new.yaml"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot be read");
    }

    @Test
    void exitsTwoWhenASpecIsMissing(@TempDir Path dir) throws URISyntaxException {
        int code = run("diff", dir.resolve("missing.yaml").toString(), fixture("field-removed/new.yaml"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml cannot be read");
    }

    @Test
    void readsTheRevisionsBundledOnTheClasspath() {
        int code = run("diff", "classpath:cls/cls-2020-10-16.yaml", "classpath:cls/cls-2020-10-16-r2.yaml");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Result: COMPATIBLE");
    }
}
