package dev.clssdk.cls.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.export.FakeSearch;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.cls.ExportProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command in-process, as a user meets it: every argument checked before any call (the stub
 * counts the calls), usage errors exit 2 with one line echoing what was typed, failures exit 1 with
 * one line, and {@code --search} writes what an export would, without one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClsExportCommandTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";

    private final FakeSearch search = new FakeSearch();
    private final ContractStub stub = ContractStub.builder()
            .credentials("AKIDcommandtest", "command-test-key")
            .topic(TOPIC)
            .throttling(false)
            .exportProgress(new ExportProgress(1, Duration.ZERO))
            .behaviour("SearchLog", search)
            .start();

    @TempDir
    Path dir;

    record Run(int exit, String stdout, List<String> stderr) {
        String lastError() {
            return stderr.isEmpty() ? "" : stderr.get(stderr.size() - 1);
        }
    }

    @BeforeEach
    void reset() {
        stub.exports().serveDownloads();
        stub.clearRecordedRequests();
        search.requests.clear();
    }

    @AfterAll
    void close() {
        stub.close();
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClsExportCommand.run(args, new ClsExportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        String errText = err.toString(StandardCharsets.UTF_8);
        return new Run(exit, out.toString(StandardCharsets.UTF_8),
                errText.isEmpty() ? List.of() : Arrays.asList(errText.split("\\R")));
    }

    /** An export of {@code extra} plus the usual arguments (credentials, the stub, a fresh --out). */
    private Run export(String... extra) {
        List<String> args = new ArrayList<>(List.of("--topic", TOPIC, "--query", "*", "--from", "1607499107000",
                "--to", "1607499207000", "--count", "20", "--endpoint-url", stub.url(), "--allow-http-loopback-for-tests",
                "--secret-id", "AKIDcommandtest", "--secret-key", "command-test-key"));
        if (!Arrays.asList(extra).contains("--out")) {
            args.addAll(List.of("--out", dir.resolve("logs-" + System.nanoTime() + ".jsonl").toString()));
        }
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private void assertUsageErrorBeforeAnyCall(Run run, String... fragments) {
        assertThat(run.exit()).as("exit code; stderr %s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).as("one line, no help").hasSize(1);
        assertThat(run.lastError()).startsWith("cls-export: ").contains(fragments).doesNotContain("Exception");
        assertThat(stub.requestCount()).as("no call made").isZero();
    }

    @Test
    void aBadOrderIsAUsageErrorEchoingWhatWasTyped() {
        stub.clearRecordedRequests();
        long before = stub.requestCount();
        Run run = export("--order", "sideways");
        assertThat(stub.requestCount()).isEqualTo(before);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).hasSize(1);
        assertThat(run.lastError()).contains("Invalid value for option '--order': 'sideways'").contains("asc or desc")
                .doesNotContain("UNKNOWN_TO_SDK_VERSION");
    }

    @Test
    void aBadRegionOrEndpointIsAUsageErrorNotARawException() {
        long before = stub.requestCount();
        for (String[] bad : List.of(new String[] {"--region", "bad region!"}, new String[] {"--endpoint-url", "ftp://x"},
                new String[] {"--format", "xml"}, new String[] {"--timeout", "soon"}, new String[] {"--from", "yesterday"},
                new String[] {"--max-record-bytes", "0"})) {
            Run run = export(bad);
            assertThat(run.exit()).as("%s: stderr %s", bad[0], run.stderr()).isEqualTo(2);
            assertThat(run.stderr()).as(bad[0]).hasSize(1);
            assertThat(run.lastError()).as(bad[0]).contains("Invalid value for option '" + bad[0] + "': '" + bad[1] + "'")
                    .doesNotContain("IllegalArgumentException").doesNotContain("NumberFormatException");
        }
        assertThat(stub.requestCount()).as("no call made").isEqualTo(before);
    }

    @Test
    void anUnknownOptionOrAMissingOneIsOneLineWithoutTheHelp() {
        long before = stub.requestCount();
        Run unknown = run("--topic", TOPIC, "--bogus");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.stderr()).hasSize(1);
        assertThat(unknown.lastError()).contains("--bogus");
        Run missing = run("--topic", TOPIC, "--query", "*", "--from", "2", "--to", "1", "--out", dir.resolve("m.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.lastError()).contains("--from").contains("--to");
        Run noQuery = run("--topic", TOPIC, "--out", dir.resolve("q.jsonl").toString());
        assertThat(noQuery.exit()).isEqualTo(2);
        assertThat(noQuery.stderr()).hasSize(1);
        assertThat(noQuery.lastError()).contains("--query");
        Run tooMany = run("--topic", TOPIC, "--query", "*", "--from", "1", "--to", "2", "--count", "60000000", "--out",
                dir.resolve("n.jsonl").toString());
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.lastError()).contains("--count").contains("60000000");
        assertThat(stub.requestCount()).isEqualTo(before);
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.stdout()).contains("--search").contains("--overwrite").contains("--secret-id");
    }

    @Test
    void outIsCheckedBeforeAnyCall() throws Exception {
        long before = stub.requestCount();
        Path existingDir = Files.createDirectory(dir.resolve("a-dir"));
        assertUsageErrorOnOut(export("--out", existingDir.toString()), "'" + existingDir + "'", "is a directory");

        Path missingParent = dir.resolve("no/such/dir/logs.jsonl");
        Run missing = export("--out", missingParent.toString());
        assertUsageErrorOnOut(missing, dir.resolve("no/such/dir").toString(), "does not exist");
        assertThat(dir.resolve("no")).as("not created").doesNotExist();

        Path existing = Files.writeString(dir.resolve("old.jsonl"), "keep me\n");
        assertUsageErrorOnOut(export("--out", existing.toString()), "already exists", "--overwrite");
        assertThat(Files.readString(existing)).isEqualTo("keep me\n");
        assertThat(stub.requestCount()).as("no call made").isEqualTo(before);

        Run replaced = export("--out", existing.toString(), "--overwrite");
        assertThat(replaced.exit()).as("stderr %s", replaced.stderr()).isZero();
        assertThat(Files.readAllLines(existing)).hasSize(20);
    }

    private static void assertUsageErrorOnOut(Run run, String... fragments) {
        assertThat(run.exit()).as("stderr %s", run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).hasSize(1);
        assertThat(run.lastError()).contains("--out").contains(fragments);
    }

    @Test
    void aFailureIsOneLineExit1AndDebugAddsTheStackTraceAboveIt() {
        Run failed = run("--topic", "no-such-topic", "--query", "*", "--from", "1", "--to", "2", "--out",
                dir.resolve("f.jsonl").toString(), "--endpoint-url", stub.url(), "--secret-id", "AKIDcommandtest",
                "--secret-key", "command-test-key");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.stderr()).hasSize(1);
        assertThat(failed.lastError()).startsWith("cls-export: error: ").contains("ResourceNotFound.TopicNotExist");

        Run debug = run("--topic", "no-such-topic", "--query", "*", "--from", "1", "--to", "2", "--out",
                dir.resolve("g.jsonl").toString(), "--endpoint-url", stub.url(), "--secret-id", "AKIDcommandtest",
                "--secret-key", "command-test-key", "--debug");
        assertThat(debug.exit()).isEqualTo(1);
        assertThat(debug.stderr()).hasSizeGreaterThan(3).anyMatch(l -> l.startsWith("\tat "));
        assertThat(debug.lastError()).startsWith("cls-export: error: ").contains("ResourceNotFound.TopicNotExist");
    }

    @Test
    void secretIdAndSecretKeyGoTogetherAndABadOneIsAUsageErrorThatDoesNotEchoTheKey() {
        long before = stub.requestCount();
        String[] common = {"--topic", TOPIC, "--query", "*", "--from", "1", "--to", "2", "--out", dir.resolve("c.jsonl").toString()};
        Run onlyId = run(concat(common, "--secret-id", "AKIDonly"));
        assertThat(onlyId.exit()).isEqualTo(2);
        assertThat(onlyId.stderr()).hasSize(1);
        assertThat(onlyId.lastError()).contains("--secret-id").contains("--secret-key").contains("TENCENTCLOUD_SECRET_ID");
        Run onlyKey = run(concat(common, "--secret-key", "very-secret-key"));
        assertThat(onlyKey.exit()).isEqualTo(2);
        assertThat(onlyKey.lastError()).contains("--secret-id").doesNotContain("very-secret-key");
        Run badId = run(concat(common, "--secret-id", "AKID with spaces", "--secret-key", "very-secret-key"));
        assertThat(badId.exit()).isEqualTo(2);
        assertThat(badId.stderr()).hasSize(1);
        assertThat(badId.lastError()).contains("--secret-id must be visible ASCII").doesNotContain("very-secret-key")
                .doesNotContain("Exception");
        Run blankKey = run(concat(common, "--secret-id", "AKIDok", "--secret-key", "  "));
        assertThat(blankKey.exit()).isEqualTo(2);
        assertThat(blankKey.lastError()).contains("--secret-key is blank");
        assertThat(stub.requestCount()).isEqualTo(before);
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }

    @Test
    void searchWritesTheSameFormatsWithoutCreatingAnExport() throws Exception {
        search.logs = 300;
        Path jsonl = dir.resolve("found.jsonl");
        Run json = run("--search", "--topic", TOPIC, "--query", "status:500", "--from", Long.toString(FakeSearch.time(0)),
                "--to", Long.toString(FakeSearch.time(300)), "--order", "asc", "--out", jsonl.toString(), "--endpoint-url", stub.url(),
                "--secret-id", "AKIDcommandtest", "--secret-key", "command-test-key");
        assertThat(json.exit()).as("stderr %s", json.stderr()).isZero();
        assertThat(json.stdout()).contains("wrote 150 records to ").doesNotContain("ExportId");
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(150);
        assertThat(lines.get(0)).startsWith("{\"__TIMESTAMP__\":\"" + FakeSearch.time(0) + "\"").contains("\"status\":\"500\"");
        assertThat(stub.exportCount()).as("no export task created").isZero();
        assertThat(search.requests).hasSize(1);
        assertThat(search.requests.get(0).path("Sort").asText()).isEqualTo("asc");
        assertThat(search.requests.get(0).path("QueryString").asText()).isEqualTo("status:500");

        Path csv = dir.resolve("found.csv");
        Run csvRun = run("--search", "--topic", TOPIC, "--query", "*", "--from", Long.toString(FakeSearch.time(0)),
                "--to", Long.toString(FakeSearch.time(10)), "--format", "csv", "--out", csv.toString(), "--endpoint-url", stub.url(),
                "--secret-id", "AKIDcommandtest", "--secret-key", "command-test-key");
        assertThat(csvRun.exit()).as("stderr %s", csvRun.stderr()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(11).first()
                .isEqualTo("__TIMESTAMP__,__SOURCE__,__FILENAME__,status,message,n,nested,gone");
    }

    @Test
    void searchPastTenThousandSaysToExportAndLeavesNothing() throws Exception {
        long before = stub.requestCount();
        Run tooMany = run("--search", "--count", "20000", "--topic", TOPIC, "--query", "*", "--from", "1", "--to", "2",
                "--out", dir.resolve("s.jsonl").toString(), "--endpoint-url", stub.url());
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.lastError()).contains("--count").contains("20000").contains("10,000").contains("export");
        Run withExportId = run("--search", "--export-id", "x", "--topic", TOPIC, "--out", dir.resolve("s.jsonl").toString());
        assertThat(withExportId.exit()).isEqualTo(2);
        assertThat(withExportId.lastError()).contains("--search").contains("--export-id");
        assertThat(stub.requestCount()).isEqualTo(before);

        search.logs = 10_500;
        Path out = dir.resolve("big.jsonl");
        Run big = run("--search", "--topic", TOPIC, "--query", "*", "--from", Long.toString(FakeSearch.time(0)),
                "--to", Long.toString(FakeSearch.time(10_500)), "--out", out.toString(), "--endpoint-url", stub.url(),
                "--secret-id", "AKIDcommandtest", "--secret-key", "command-test-key");
        assertThat(big.exit()).isEqualTo(1);
        assertThat(big.stderr()).hasSize(1);
        assertThat(big.lastError()).contains("10,000").contains("without --search");
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
