package dev.clssdk.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.cli.GeneratorCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The plugin and the CLI run the same import: for the same inputs, the plugin's sources are the
 * files {@code import-tencent} then {@code generate} write, byte for byte, and the spec it leaves
 * for the tests ({@code sdk-spec/<service>.yaml}) is the CLI's {@code --out}. CVM with its examples
 * and error codes; CLS with its examples, error codes and the overlay the CLS SDK is built with.
 * The models are the copies the repository keeps for other tests (the stub's sweep sample, the
 * generator's importer fixtures).
 */
class PluginMatchesCliTest {

    private static final Path SAMPLE = Path.of("..", "..", "conformance-tests", "stub", "src", "test", "resources",
            "tencent-sample");
    private static final Path CLS = Path.of("..", "src", "test", "resources", "importer", "tencent");

    @Test
    void cvmWithExamplesAndErrorCodes(@TempDir Path dir) throws Exception {
        Path model = gunzip(SAMPLE.resolve("cvm/api.json.gz"), dir.resolve("api.json"));
        Path examples = gunzip(SAMPLE.resolve("cvm/examples.json.gz"), dir.resolve("examples.json"));
        Path codes = gunzip(SAMPLE.resolve("error-codes.json.gz"), dir.resolve("error-codes.json"));

        GenerateMojo mojo = mojo(dir, model);
        mojo.tencentExamples = examples.toFile();
        mojo.errorCodes = codes.toFile();
        mojo.execute();
        cli(dir, "--model", model.toString(), "--examples", examples.toString(), "--error-codes", codes.toString());

        assertSameOutput(dir, "cvm");
        String client = Files.readString(dir.resolve("plugin/src/dev/clssdk/cvm/CvmClient.java"));
        assertThat(client).contains("Paginator(");
        assertThat(dir.resolve("plugin/src/dev/clssdk/cvm/InvalidParameterValueException.java")).exists();
    }

    @Test
    void clsWithExamplesErrorCodesAndItsOverlay(@TempDir Path dir) throws Exception {
        Path model = gunzip(CLS.resolve("api.json.gz"), dir.resolve("api.json"));
        Path examples = gunzip(CLS.resolve("examples.json.gz"), dir.resolve("examples.json"));
        Path codes = Files.copy(CLS.resolve("error-codes-cls.json"), dir.resolve("error-codes.json"));
        Path overlay = dir.resolve("cls.overlay.yaml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cls/cls-2020-10-16.overlay.yaml")) {
            Files.copy(in, overlay);
        }

        GenerateMojo mojo = mojo(dir, model);
        mojo.tencentExamples = examples.toFile();
        mojo.errorCodes = codes.toFile();
        mojo.overlay = overlay.toFile();
        mojo.execute();
        cli(dir, "--model", model.toString(), "--examples", examples.toString(), "--error-codes", codes.toString(),
                "--overlay", overlay.toString());

        assertSameOutput(dir, "cls");
        assertThat(Files.readString(dir.resolve("plugin/spec/sdk-spec/cls.yaml"))).contains("x-tc-waiters");
    }

    private static GenerateMojo mojo(Path dir, Path model) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.tencentModel = model.toFile();
        mojo.retrofit = "include";
        mojo.outputDirectory = dir.resolve("plugin/src").toFile();
        mojo.specDirectory = dir.resolve("plugin/spec").toFile();
        mojo.project = new MavenProject();
        return mojo;
    }

    private static void cli(Path dir, String... importArgs) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("import-tencent"), Stream.concat(Stream.of(importArgs),
                Stream.of("--out", dir.resolve("cli/spec.yaml").toString(), "--hints", dir.resolve("cli/hints.txt").toString())))
                .toArray(String[]::new);
        assertThat(command(out, err).execute(args)).as(err.toString()).isZero();
        assertThat(command(out, err).execute("generate", "--spec", dir.resolve("cli/spec.yaml").toString(),
                "--out", dir.resolve("cli/src").toString())).as(err.toString()).isZero();
    }

    private static CommandLine command(StringWriter out, StringWriter err) {
        CommandLine cli = new CommandLine(new GeneratorCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    private static void assertSameOutput(Path dir, String service) throws IOException {
        assertThat(Files.readString(dir.resolve("plugin/spec/sdk-spec/" + service + ".yaml")))
                .as("the plugin's spec is import-tencent's").isEqualTo(Files.readString(dir.resolve("cli/spec.yaml")));
        Map<String, String> plugin = tree(dir.resolve("plugin/src"));
        Map<String, String> cli = tree(dir.resolve("cli/src"));
        assertThat(plugin.keySet()).as("the plugin's files are generate's").isEqualTo(cli.keySet()).isNotEmpty();
        for (String file : cli.keySet()) {
            assertThat(plugin.get(file)).as(file).isEqualTo(cli.get(file));
        }
    }

    /** Every file under the folder by relative path, but the plugin's up-to-date stamp. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(".sdk-generator.sha256")) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static Path gunzip(Path gz, Path to) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, to);
        }
        return to;
    }
}
