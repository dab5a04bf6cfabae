package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.export.cli.ClsExportCommand;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ContractStub;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cls-export} in a real pseudo-terminal: a tmux session (its own server socket, killed after
 * each test) runs the command in its own JVM against the contract stub on 127.0.0.1, and the test
 * reads the screen with {@code tmux capture-pane}: the live line while the task is {@code Queuing}
 * and {@code Processing} (its elapsed time moving between status changes), the bar while the file
 * downloads, and Ctrl-C typed into the terminal (a real SIGINT from the terminal driver): exit 130,
 * the resume line, no file left.
 *
 * <p>Needs tmux on the PATH; without it the tests are skipped, with that reason (the build must run
 * where tmux is not installed; the in-process tests still check everything but the terminal).
 * The last screen of each run is written to {@code target/terminal-session-*.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TerminalSessionTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final String EXPORT_ID = "7f3c1a52-0000-4000-8000-0000000000a1";
    /** Some 200 KB, served 1 KB every 20 ms: four seconds of bar. */
    private static final byte[] FILE = Archives.tarGz("e.json", Archives.jsonLines(30_000));
    private static final long QUEUING_MILLIS = 4_000;
    private static final long PROCESSING_MILLIS = 2_000;

    private final FakeCos cos = new FakeCos().file(FILE).otherwise(new FakeCos.Slow(1024, 20));
    private volatile long createdAt;
    /** CLS with a task that is Queuing, then Processing, then Completed, by the clock since CreateExport. */
    private final ContractStub cls = ContractStub.builder()
            .credentials("AKIDterminaltest", "terminal-test-key")
            .topic(TOPIC)
            .behaviour("CreateExport", call -> {
                createdAt = System.nanoTime();
                ObjectNode output = new ObjectMapper().createObjectNode();
                output.put("ExportId", EXPORT_ID);
                return ActionAnswer.success(output);
            })
            .behaviour("DescribeExports", call -> {
                long since = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - createdAt);
                String status = since < QUEUING_MILLIS ? "Queuing" : since < QUEUING_MILLIS + PROCESSING_MILLIS ? "Processing"
                        : "Completed";
                ObjectNode output = new ObjectMapper().createObjectNode();
                output.put("TotalCount", 1);
                ObjectNode task = output.putArray("Exports").addObject()
                        .put("TopicId", TOPIC).put("ExportId", EXPORT_ID).put("Status", status)
                        .put("Format", "json").put("Query", "*").put("Count", 30_000).put("From", 0).put("To", 1)
                        .put("FileName", "e.tar.gz").put("CreateTime", "2020-12-09 15:31:47");
                if (status.equals("Completed")) {
                    task.put("FileSize", FILE.length).put("CosPath", cos.url());
                }
                return ActionAnswer.success(output);
            })
            .start();
    /** CLS with its export workflow and a histogram of ten logs every 500 ms, for a range job: 5 slices of 400. */
    private final ContractStub ranges = ContractStub.builder()
            .credentials("AKIDterminaltest", "terminal-test-key")
            .topic(TOPIC)
            .throttling(false)
            .exportProgress(new dev.clssdk.stub.cls.ExportProgress(1_000, Duration.ofMillis(700)))
            .behaviour("DescribeLogHistogram", call -> {
                long from = call.input().path("From").asLong();
                long to = call.input().path("To").asLong();
                long interval = call.input().path("Interval").asLong();
                ObjectNode output = new ObjectMapper().createObjectNode();
                var infos = output.putArray("HistogramInfos");
                for (long b = from; b < to; b += interval) {
                    infos.addObject().put("BTime", b).put("Count", 10);
                }
                output.put("Interval", interval).put("TotalCount", 10 * infos.size());
                return ActionAnswer.success(output);
            })
            .start();
    private final String socket = "cls-export-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @TempDir
    Path dir;

    TerminalSessionTest() throws IOException {
    }

    @BeforeAll
    void tmuxIsThere() {
        boolean found = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "tmux")));
        Assumptions.assumeTrue(found, "tmux is not on the PATH: the pseudo-terminal test needs it (skipped, not passed)");
    }

    @AfterAll
    void stop() throws Exception {
        ranges.close();
        cls.close();
        cos.close();
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tmux " + args[0] + " did not return");
        }
        return output;
    }

    /** Starts an export in a 100x30 tmux pane; its exit code is written to {@code exit.txt}. */
    private void start(Path out) throws Exception {
        start(out, "--from 2024-01-01T00:00:00Z --to 2024-01-02T00:00:00Z", "");
    }

    /** Starts the command with these arguments (and a redirection, or "") in a 100x30 tmux pane. */
    private void start(Path out, String args, String redirect) throws Exception {
        start(out, args, redirect, cls.url());
    }

    private void start(Path out, String args, String redirect, String endpoint) throws Exception {
        Path script = dir.resolve("run.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, String.join("\n",
                // Ctrl-C reaches the whole foreground group, this shell too: a trap (reset to the default in java,
                // unlike an ignored signal) keeps the shell alive to write the command's exit code.
                "trap : INT",
                "cd '" + dir + "'",
                // waits for the test to set remain-on-exit, so that a quick run's screen outlives it
                "while [ ! -f go ]; do sleep 0.05; done",
                "rm go",
                "export TENCENTCLOUD_SECRET_ID=AKIDterminaltest TENCENTCLOUD_SECRET_KEY=terminal-test-key",
                "export CLASSPATH='" + System.getProperty("java.class.path") + "'",
                "'" + java + "' -Duser.home='" + dir + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "
                        + ClsExportCommand.class.getName() + " --topic " + TOPIC + " --query '*' " + args
                        + " --out '" + out + "' --endpoint-url " + endpoint + " --allow-http-loopback-for-tests " + redirect,
                "echo $? > exit.txt",
                ""));
        Files.deleteIfExists(dir.resolve("exit.txt"));
        tmux("new-session", "-d", "-s", "run", "-x", "100", "-y", "30", "sh '" + script + "'");
        tmux("set-option", "-t", "run", "remain-on-exit", "on");
        Files.createFile(dir.resolve("go"));
    }

    /**
     * The screen and the lines scrolled off it: when the command ends, tmux writes its "Pane is dead"
     * line below the last row, which scrolls the screen up by one line.
     */
    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-S", "-", "-t", "run");
    }

    /** Reads the screen every 100 ms until {@code done}, keeping every distinct line seen. */
    private String watch(Set<String> seen, Predicate<String> done, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = screen();
            last.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(seen::add);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not seen within " + within + "; the screen:\n" + last);
    }

    private int exitCode() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Path file = dir.resolve("exit.txt");
        while (!Files.exists(file) || Files.readString(file).isBlank()) {
            assertThat(System.nanoTime() - deadline).as("the command ends").isNegative();
            Thread.sleep(50);
        }
        return Integer.parseInt(Files.readString(file).strip());
    }

    private void record(String name, String screen) throws IOException {
        Path target = Path.of("target", "terminal-session-" + name + ".txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, screen.stripTrailing() + "\n");
    }

    @Test
    void aWholeExportShowsTheStatusWithMovingElapsedTimeThenTheBarThenTheSummary() throws Exception {
        Path out = dir.resolve("logs.jsonl");
        Set<String> seen = new LinkedHashSet<>();
        try {
            start(out);
            String last = watch(seen, s -> s.contains("wrote 30000 records"), Duration.ofSeconds(60));
            assertThat(exitCode()).isZero();
            record("export", last);
            assertThat(last).contains("ExportId " + EXPORT_ID).contains("export " + EXPORT_ID + ": Queuing, 0:0")
                    .contains(": Processing, 0:0").contains("100%").contains("30,000 records").contains("in all");
            Pattern queuing = Pattern.compile("export " + EXPORT_ID + ": Queuing, (\\d:\\d\\d) elapsed");
            Set<String> queuingTimes = new LinkedHashSet<>();
            for (String line : seen) {
                Matcher m = queuing.matcher(line);
                if (m.find()) {
                    queuingTimes.add(m.group(1));
                }
            }
            assertThat(queuingTimes).as("the elapsed time moves while the status stays Queuing").hasSizeGreaterThan(1);
            assertThat(seen).as("a bar part way, with a rate and a time left")
                    .anyMatch(l -> l.matches("\\[#+\\.+\\] +\\d{1,2}% .* records, .*/s, ETA \\d+:\\d\\d.*"));
            assertThat(last.lines().filter(l -> l.startsWith("[")).count()).as("one bar, redrawn in place:\n%s", last)
                    .isEqualTo(1);
            assertThat(Files.readAllLines(out)).hasSize(30_000);
        } finally {
            tmux("kill-server");
        }
    }

    @Test
    void aRangeJobIsOneLiveLineWithABarSlicesRateAndTimeLeftThenItsSummary() throws Exception {
        Path out = dir.resolve("range.jsonl");
        Set<String> seen = new LinkedHashSet<>();
        ranges.exports().serveDownloads();
        try {
            start(out, "--from 1700000000000 --to 1700000100000 --count 400 --order asc --concurrency 2 --slices-dir '"
                    + dir.resolve("job") + "'", "", ranges.url());
            String last = watch(seen, s -> s.contains("wrote 2000 records"), Duration.ofSeconds(90));
            assertThat(exitCode()).isZero();
            record("range", last);
            // The live line's successive states (each drawn over the one before, on one screen line).
            record("range-live", String.join("\n", seen.stream().filter(l -> l.startsWith("[")).toList()));
            assertThat(seen).as("a bar part way, with slices, rate and a time left")
                    .anyMatch(l -> l.matches("\\[#+\\.+\\] +\\d{1,2}% [1-4]/5 slices, .* kB/s, ETA \\d+:\\d\\d, \\d:\\d\\d elapsed"));
            Set<String> elapsed = new LinkedHashSet<>();
            for (String line : seen) {
                Matcher m = Pattern.compile("^\\[[#.]+\\] +0% 0/5 slices, .*, (\\d:\\d\\d) elapsed$").matcher(line);
                if (m.find()) {
                    elapsed.add(m.group(1));
                }
            }
            assertThat(elapsed).as("the elapsed time moves while no slice is done").hasSizeGreaterThan(1);
            assertThat(last).contains("slices: 5 of 5 done, ").contains("; merged 2,000 records, ").contains(" in all")
                    .contains("wrote 2000 records to " + out + " in time order (asc)");
            assertThat(last.lines().filter(l -> l.startsWith("[") || l.startsWith("slices:")).count())
                    .as("one line, redrawn in place:\n%s", last).isEqualTo(1);
            assertThat(Files.readAllLines(out)).hasSize(2000);
        } finally {
            tmux("kill-server");
        }
    }

    @Test
    void aSearchWithStdoutRedirectedStillShowsItsLiveLineOnTheTerminal() throws Exception {
        Path out = dir.resolve("found.csv");
        Set<String> seen = new LinkedHashSet<>();
        try {
            start(out, "--search --format csv --from 1 --to 2", "> stdout.txt");
            watch(seen, s -> Files.exists(dir.resolve("exit.txt")), Duration.ofSeconds(60));
            assertThat(exitCode()).as("the screen:\n%s", screen()).isZero();
            String last = screen();
            record("search", last);
            assertThat(seen).as("the progress, on the terminal (stderr)")
                    .anyMatch(l -> l.matches("searching: \\d+ records, 0:0\\d elapsed")).noneMatch(l -> l.contains("wrote"));
            assertThat(Files.readString(dir.resolve("stdout.txt"))).as("the summary, in the file (stdout)")
                    .startsWith("wrote ").contains(" records to " + out);
            assertThat(Files.readAllLines(out).get(0)).startsWith("__TIMESTAMP__,");
            assertThat(cls.exportCount()).as("no export task").isZero();
        } finally {
            tmux("kill-server");
        }
    }

    @Test
    void ctrlCInTheTerminalExits130SayingHowToResumeAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("stopped.jsonl");
        Set<String> seen = new LinkedHashSet<>();
        try {
            start(out);
            watch(seen, s -> s.matches("(?s).*\\[#+\\.+\\] +\\d{1,2}%.*"), Duration.ofSeconds(60));
            tmux("send-keys", "-t", "run", "C-c");
            int exit = exitCode();
            String last = screen();
            record("ctrl-c", last);
            assertThat(exit).as("the screen:\n%s", last).isEqualTo(130);
            assertThat(last.replace("\n", "")).contains("cls-export: stopped, nothing written to " + out)
                    .contains("resume with --export-id " + EXPORT_ID).doesNotContain("cls-export: error");
            assertThat(out).doesNotExist();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        } finally {
            tmux("kill-server");
        }
    }
}
