package dev.clssdk.cls.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.stub.ActionAnswer;
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
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cls-export --slices-dir}: a range job from the command line, against the contract stub with a
 * DescribeLogHistogram of ten logs in every bucket (a 100 s range: 200 buckets, 2,000 logs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClsExportSlicesTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final long FROM = 1_700_000_000_000L;

    private final ContractStub stub = ContractStub.builder()
            .credentials("AKIDslicestest", "slices-test-key")
            .topic(TOPIC)
            .throttling(false)
            .exportProgress(new ExportProgress(1, Duration.ZERO))
            .behaviour("DescribeLogHistogram", call -> {
                long from = call.input().path("From").asLong();
                long to = call.input().path("To").asLong();
                long interval = call.input().path("Interval").asLong();
                ObjectNode out = JsonNodeFactory.instance.objectNode();
                ArrayNode infos = out.putArray("HistogramInfos");
                long total = 0;
                for (long b = from; b < to; b += interval) {
                    infos.addObject().put("BTime", b).put("Count", 10);
                    total += 10;
                }
                out.put("Interval", interval).put("TotalCount", total);
                return ActionAnswer.success(out);
            })
            .start();

    @TempDir
    Path dir;

    record Run(int exit, String stdout, List<String> stderr) {}

    @BeforeEach
    void reset() {
        stub.exports().serveDownloads();
        stub.exports().clearExports();
        stub.clearRecordedRequests();
    }

    @AfterAll
    void close() {
        stub.close();
    }

    private Run run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--topic", TOPIC, "--query", "*", "--from", Long.toString(FROM),
                "--to", Long.toString(FROM + 100_000), "--endpoint-url", stub.url(), "--allow-http-loopback-for-tests",
                "--secret-id", "AKIDslicestest", "--secret-key", "slices-test-key"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClsExportCommand.run(args.toArray(String[]::new), new ClsExportCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
        String errText = err.toString(StandardCharsets.UTF_8);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), errText.isEmpty() ? List.of() : Arrays.asList(errText.split("\\R")));
    }

    private long createExports() {
        return stub.recordedRequests().stream().filter(r -> r.action().filter("CreateExport"::equals).isPresent()).count();
    }

    @Test
    void aOneSliceJobCountsInTheSingular() throws Exception {
        Path slices = dir.resolve("one");
        Run run = run("--slices-dir", slices.toString(), "--count", "50000", "--delete-exports");
        assertThat(run.exit()).as("stderr %s", run.stderr()).isZero();
        assertThat(run.stdout().strip()).startsWith("wrote 1 slice (")
                .endsWith("(1 export created by this run; deleted 1 export task)");
    }

    @Test
    void writesOneFilePerSliceAndAnIndexAndARunAgainCreatesNothing() throws Exception {
        Path slices = dir.resolve("slices");
        Run first = run("--slices-dir", slices.toString(), "--count", "500", "--concurrency", "3");
        assertThat(first.exit()).as("stderr %s", first.stderr()).isZero();
        assertThat(first.stdout().strip()).startsWith("wrote 4 slices (").contains("index " + slices.resolve("index.json"))
                .endsWith("(4 exports created by this run)");
        assertThat(first.stderr()).anyMatch(l -> l.startsWith("slices: 0 of 4 done"))
                .anyMatch(l -> l.startsWith("slices: 4 of 4 done"));
        for (int i = 0; i < 4; i++) {
            assertThat(slices.resolve(String.format("slice-%05d.tar.gz", i))).isNotEmptyFile();
        }
        assertThat(slices.resolve("index.json")).isNotEmptyFile();
        assertThat(createExports()).isEqualTo(4);
        assertThat(stub.exportCount()).isEqualTo(4);

        stub.clearRecordedRequests();
        Run deleting = run("--slices-dir", slices.toString(), "--count", "500", "--delete-exports");
        assertThat(deleting.exit()).as("stderr %s", deleting.stderr()).isZero();
        assertThat(deleting.stdout().strip()).endsWith("(0 exports created by this run; deleted 4 export tasks)");
        assertThat(stub.exportCount()).isZero();

        stub.clearRecordedRequests();
        Run again = run("--slices-dir", slices.toString(), "--count", "500");
        assertThat(again.exit()).as("stderr %s", again.stderr()).isZero();
        assertThat(again.stdout().strip()).endsWith("(0 exports created by this run)");
        assertThat(createExports()).isZero();

        Run otherQuery = run("--slices-dir", slices.toString(), "--count", "400");
        assertThat(otherQuery.exit()).isEqualTo(1);
        assertThat(otherQuery.stderr()).hasSize(1);
        assertThat(otherQuery.stderr().get(0)).startsWith("cls-export: error: The job manifest ")
                .contains("its Count is 500, this job's is 400");
    }

    @Test
    void withOutTheSlicesRecordsAreMergedInTimeOrderIntoOneFileAndARunAgainCallsNothing() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String order : new String[] {"asc", "desc"}) {
            Path slices = dir.resolve("slices-" + order);
            Path merged = dir.resolve("merged-" + order + ".jsonl");
            Run run = run("--slices-dir", slices.toString(), "--out", merged.toString(), "--count", "500", "--order", order);
            assertThat(run.exit()).as("stderr %s", run.stderr()).isZero();
            assertThat(run.stdout().strip()).isEqualTo("wrote 2000 records to " + merged + " in time order (" + order
                    + ") from the slices in " + slices);
            List<String> lines = Files.readAllLines(merged);
            List<Long> times = new ArrayList<>();
            for (String line : lines) {
                times.add(json.readTree(line).get("__TIMESTAMP__").asLong());
            }
            assertThat(times).hasSize(2000).isSortedAccordingTo(order.equals("asc") ? Comparator.<Long>naturalOrder()
                    : Comparator.<Long>reverseOrder());
            assertThat(lines).doesNotHaveDuplicates();
            assertThat(slices.resolve("index.json")).isNotEmptyFile();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
        stub.clearRecordedRequests();
        int downloads = stub.exports().serveDownloads().requestCount();
        Path csv = dir.resolve("merged.csv");
        Run again = run("--slices-dir", dir.resolve("slices-asc").toString(), "--out", csv.toString(), "--count", "500",
                "--order", "asc", "--format", "csv");
        assertThat(again.exit()).isEqualTo(1); // another Format: another job
        assertThat(again.stderr().get(0)).contains("its Format is json, this job's is csv");
        Path copy = dir.resolve("merged-asc.jsonl");
        Run overwrite = run("--slices-dir", dir.resolve("slices-asc").toString(), "--out", copy.toString(), "--count", "500",
                "--order", "asc", "--overwrite");
        assertThat(overwrite.exit()).as("stderr %s", overwrite.stderr()).isZero();
        assertThat(Files.readAllLines(copy)).hasSize(2000);
        assertThat(createExports()).isZero();
        assertThat(stub.exports().serveDownloads().requestCount()).as("downloads by the runs again").isEqualTo(downloads);
    }

    @Test
    void slicesDirUsageErrorsAreOneLineBeforeAnyCall() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        String[][] cases = {
            {"--slices-dir", dir.resolve("s").toString(), "--raw"},
            {"--slices-dir", dir.resolve("s").toString(), "--overwrite"},
            {"--out", dir.resolve("o.jsonl").toString(), "--delete-exports"},
            {"--slices-dir", dir.toString(), "--out", dir.resolve("o.jsonl").toString()},
            {"--slices-dir", dir.resolve("s").toString(), "--out", file.toString()},
            {"--slices-dir", dir.resolve("s").toString(), "--search"},
            {"--slices-dir", dir.resolve("s").toString(), "--concurrency", "0"},
            {"--slices-dir", file.toString()},
            {"--slices-dir", dir.resolve("no-such-parent").resolve("s").toString()},
            {"--slices-dir", dir.resolve("s").toString(), "--count", "60000000"},
            {},
        };
        String[] expected = {
            "--slices-dir and --raw do not go together",
            "--overwrite goes with --out",
            "--delete-exports goes with --slices-dir",
            "is in --slices-dir",
            "already exists; add --overwrite",
            "--slices-dir and --search do not go together",
            "'--concurrency': '0' (expected 1 to 20)",
            "is a file, not a directory",
            "does not exist (it is not created for you)",
            "Invalid value for option '--count': '60000000'",
            "Missing required option: '--out=<out>' (or --slices-dir, for a range of any size)",
        };
        for (int i = 0; i < cases.length; i++) {
            long before = stub.requestCount();
            Run run = run(cases[i]);
            assertThat(run.exit()).as("case %d: %s", i, run.stderr()).isEqualTo(2);
            assertThat(run.stderr()).as("case %d", i).hasSize(1);
            assertThat(run.stderr().get(0)).as("case %d", i).startsWith("cls-export: ").contains(expected[i])
                    .endsWith("(see cls-export --help)");
            assertThat(stub.requestCount()).as("case %d: no call", i).isEqualTo(before);
        }
        assertThat(dir.resolve("s")).doesNotExist();
    }
}
