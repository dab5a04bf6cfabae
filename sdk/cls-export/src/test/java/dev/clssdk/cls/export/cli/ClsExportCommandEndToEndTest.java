package dev.clssdk.cls.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.cls.ExportProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a user runs it: its own JVM, credentials from the environment (the core's default
 * chain), against the contract stub whose completed tasks point at its loopback download server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class ClsExportCommandEndToEndTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";

    private final ContractStub stub = ContractStub.builder()
            .credentials("AKIDclitest", "cli-test-key")
            .topic(TOPIC)
            .exportProgress(new ExportProgress(1, Duration.ZERO))
            .start();

    @TempDir
    Path dir;

    record Run(int exit, List<String> stdout, List<String> stderr) {}

    @AfterAll
    void close() {
        stub.close();
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ClsExportCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("TENCENTCLOUD_"));
        builder.environment().putAll(env);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(45, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cls-export did not finish");
        }
        return new Run(process.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    private static final Map<String, String> CREDENTIALS = Map.of("TENCENTCLOUD_SECRET_ID", "AKIDclitest",
            "TENCENTCLOUD_SECRET_KEY", "cli-test-key");

    @Test
    void exportsToJsonLinesPrintingTheExportIdFirstWithPlainProgressLinesWhenNotATerminal() throws Exception {
        stub.exports().serveDownloads();
        Path target = dir.resolve("logs.jsonl");
        Run run = run(CREDENTIALS, "--topic", TOPIC, "--query", "status:200", "--from", "1607499107000",
                "--to", "2020-12-09T07:33:27Z", "--count", "25", "--out", target.toString(),
                "--endpoint-url", stub.url(), "--allow-http-loopback-for-tests");
        assertThat(run.exit()).as("stderr: %s", run.stderr()).isZero();
        assertThat(run.stdout().get(0)).matches("ExportId [0-9a-f-]{36}");
        assertThat(run.stdout().get(run.stdout().size() - 1)).startsWith("wrote 25 records to ");
        assertThat(run.stderr()).anyMatch(l -> l.contains(": Completed, 0:0"));
        assertThat(run.stderr()).as("plain lines, no bar").noneMatch(l -> l.contains("\r")).anyMatch(l -> l.contains("25 records"));
        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(25);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            assertThat(json.readTree(line).get("__TIMESTAMP__").asText()).matches("\\d+");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void exportsCsvAndFailsWithOneClearLineAndNonZeroExit() throws Exception {
        stub.exports().serveDownloads();
        Path target = dir.resolve("logs.csv");
        Run csv = run(CREDENTIALS, "--topic", TOPIC, "--query", "*", "--from", "1607499107000", "--to", "1607499207000",
                "--count", "5", "--format", "csv", "--out", target.toString(), "--endpoint-url", stub.url(),
                "--allow-http-loopback-for-tests");
        assertThat(csv.exit()).as("stderr: %s", csv.stderr()).isZero();
        assertThat(Files.readAllLines(target)).hasSize(6).first().isEqualTo("__TIMESTAMP__,__SOURCE__,status,message");

        Run unknownTopic = run(CREDENTIALS, "--topic", "no-such-topic", "--query", "*", "--from", "1607499107000",
                "--to", "1607499207000", "--out", dir.resolve("x.jsonl").toString(), "--endpoint-url", stub.url());
        assertThat(unknownTopic.exit()).isEqualTo(1);
        assertThat(unknownTopic.stderr()).hasSize(1);
        assertThat(unknownTopic.stderr().get(0)).startsWith("cls-export: error: ").contains("ResourceNotFound.TopicNotExist");
        assertThat(dir.resolve("x.jsonl")).doesNotExist();

        Run noHttp = run(CREDENTIALS, "--topic", TOPIC, "--query", "*", "--from", "1607499107000", "--to", "1607499207000",
                "--out", dir.resolve("y.jsonl").toString(), "--endpoint-url", stub.url());
        assertThat(noHttp.exit()).as("http CosPath without the test switch").isEqualTo(1);
        assertThat(noHttp.stdout().get(0)).startsWith("ExportId ");
        assertThat(noHttp.stderr()).last().asString().contains("not HTTPS").doesNotContain("q-signature");

        long requestsBefore = stub.requestCount();
        Run noCredentials = run(Map.of(), "--topic", TOPIC, "--query", "*", "--from", "1", "--to", "2",
                "--out", dir.resolve("z.jsonl").toString(), "--endpoint-url", stub.url());
        assertThat(noCredentials.exit()).isEqualTo(1);
        assertThat(noCredentials.stderr()).hasSize(1);
        assertThat(noCredentials.stderr().get(0)).startsWith("cls-export: error: no Tencent Cloud credentials")
                .contains("TENCENTCLOUD_SECRET_ID").contains("--secret-id").contains("--secret-key")
                .doesNotContain("builder").doesNotContain("credentials(");
        assertThat(stub.requestCount()).as("nothing sent without credentials").isEqualTo(requestsBefore);
    }
}
