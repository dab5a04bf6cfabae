package dev.clssdk.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.cli.GeneratorCli;
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
                .contains("CreateExportRequest.Count\tlimit\t日志导出数量, 最大值5000万");
        assertThat(run("generate", "--spec", spec.toString(), "--out", dir.resolve("src").toString())).isZero();
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
}
