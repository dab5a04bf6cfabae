package dev.clssdk.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.importer.TencentFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportTencentCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GeneratorCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesTheSpecAndListsProseConstraints(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("api.json"), TencentFixtures.gunzip("api.json.gz"));
        Path examples = Files.writeString(dir.resolve("examples.json"), TencentFixtures.gunzip("examples.json.gz"));
        Path spec = dir.resolve("out/spec.yaml");

        int code = run("import-tencent", "--model", model.toString(), "--examples", examples.toString(),
                "--actions", "CreateExport,DescribeExports,DeleteExport", "--out", spec.toString());

        assertThat(code).isZero();
        assertThat(spec).exists();
        assertThat(out.toString())
                .startsWith("import-tencent: 3 actions, 13 schemas, 8 members with constraints only in prose")
                .contains("--hints FILE writes")
                .doesNotContain("CreateExportRequest.Count");
        assertThat(out.toString().lines().count()).isLessThan(4);
        assertThat(run("generate", "--spec", spec.toString(), "--out", dir.resolve("src").toString())).isZero();
    }

    @Test
    void theHintReportGoesToAFileOrOnRequestToStandardOutput(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("api.json"), TencentFixtures.gunzip("api.json.gz"));
        Path hints = dir.resolve("hints.txt");

        assertThat(run("import-tencent", "--model", model.toString(), "--actions", "CreateExport", "--hints", hints.toString(),
                "--out", dir.resolve("spec.yaml").toString())).isZero();
        assertThat(Files.readString(hints)).contains("CreateExportRequest.Count\tlimit\t日志导出数量, 最大值5000万");
        assertThat(out.toString()).contains("(listed in " + hints + ")").doesNotContain("CreateExportRequest.Count");

        assertThat(run("import-tencent", "--model", model.toString(), "--actions", "CreateExport", "--list-hints",
                "--out", dir.resolve("spec.yaml").toString())).isZero();
        assertThat(out.toString()).contains("CreateExportRequest.Count\tlimit\t日志导出数量, 最大值5000万");
    }

    @Test
    void exitsTwoOnAnUnknownAction(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("api.json"), TencentFixtures.gunzip("api.json.gz"));

        int code = run("import-tencent", "--model", model.toString(), "--actions", "NoSuchAction",
                "--out", dir.resolve("spec.yaml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("NoSuchAction");
        assertThat(dir.resolve("spec.yaml")).doesNotExist();
    }

    @Test
    void exitsTwoNamingTheEntryWhenTheOverlayNoLongerMatchesTheModel(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("api.json"), TencentFixtures.gunzip("api.json.gz"));
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"),
                "paths:\n  /#CreateExport:\n    post:\n      x-tc-rate-limit: 20\n"
                        + "components:\n  schemas:\n    CreateExportRequest:\n      properties:\n        Colour:\n          maxLength: 3\n");

        int code = run("import-tencent", "--model", model.toString(), "--actions", "CreateExport",
                "--overlay", overlay.toString(), "--out", dir.resolve("spec.yaml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("/components/schemas/CreateExportRequest/properties/Colour")
                .contains("no longer matches the model");
        assertThat(dir.resolve("spec.yaml")).doesNotExist();
    }

    @Test
    void theErrorCodeCatalogueAndThePaginatorRuleAreReported(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("api.json"), TencentFixtures.gunzip("api.json.gz"));
        Path codes = dir.resolve("codes.json");
        try (var in = getClass().getResourceAsStream("/importer/tencent/error-codes-cls.json")) {
            Files.copy(in, codes);
        }
        Path spec = dir.resolve("spec.yaml");

        int code = run("import-tencent", "--model", model.toString(), "--actions", "CreateExport,DescribeExports,DeleteExport",
                "--error-codes", codes.toString(), "--out", spec.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("service error codes, 1 paginators");
        assertThat(Files.readString(spec)).contains("x-tc-service-errors").contains("LimitExceeded.Export")
                .contains("x-tc-paginators");
    }

    @Test
    void exitsTwoNamingAMissingInputAndWhy(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("api.json"), TencentFixtures.gunzip("api.json.gz"));

        int code = run("import-tencent", "--model", model.toString(), "--error-codes", dir.resolve("codes.json.xz").toString(),
                "--out", dir.resolve("spec.yaml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: the error-code catalogue ").contains("codes.json.xz does not exist")
                .doesNotContain("NoSuchFileException");
        assertThat(dir.resolve("spec.yaml")).doesNotExist();
    }
}
