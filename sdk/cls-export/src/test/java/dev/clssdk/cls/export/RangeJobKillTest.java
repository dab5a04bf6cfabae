package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.export.cli.ClsExportCommand;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.StubRequest;
import dev.clssdk.stub.cls.ExportDownloadServer;
import dev.clssdk.stub.cls.ExportProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} for real: {@code cls-export --slices-dir DIR --out FILE} (a range job whose slices'
 * records are merged into one file) runs in a JVM of its own against the contract stub on 127.0.0.1,
 * is killed with SIGKILL ({@link Process#destroyForcibly()}) at random moments, and is run again with
 * the same arguments until it finishes. Then: every record exactly once in the output, in time order;
 * and, counted at the stub, no slice that a run had finished (its task {@code Completed}, or its file
 * downloaded, as the manifest said after the kill) exported again, and no downloaded slice downloaded
 * again. The seed is printed; {@code -Dcls.export.killSeed=N} runs the same moments again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RangeJobKillTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final long FROM = 1_700_000_000_000L;
    private static final long TO = FROM + 100_000;
    /** Ten logs in every 500 ms bucket and 250 a slice: 8 slices of 12.5 s, 250 records each in the stub's files. */
    private static final int PER_SLICE = 250;
    private static final int SLICES = 8;
    private static final int KILLS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractStub stub = ContractStub.builder()
            .credentials("AKIDkilltest", "kill-test-key")
            .topic(TOPIC)
            .throttling(false)
            // Queuing, then Processing, 700 ms each: the whole job takes several seconds, longer than the
            // latest kill moment below, so that at least two runs are killed while there is work left.
            .exportProgress(new ExportProgress(1_000, Duration.ofMillis(700)))
            .behaviour("DescribeLogHistogram", call -> {
                long from = call.input().path("From").asLong();
                long to = call.input().path("To").asLong();
                long interval = call.input().path("Interval").asLong();
                ObjectNode out = JsonNodeFactory.instance.objectNode();
                ArrayNode infos = out.putArray("HistogramInfos");
                for (long b = from; b < to; b += interval) {
                    infos.addObject().put("BTime", b).put("Count", 10);
                }
                out.put("Interval", interval).put("TotalCount", 10 * infos.size());
                return ActionAnswer.success(out);
            })
            .start();
    private final ExportDownloadServer downloads = stub.exports().serveDownloads();

    @TempDir
    Path dir;

    @AfterAll
    void stop() {
        stub.close();
    }

    private Process start(Path slices, Path out, int round) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ClsExportCommand.class.getName(), "--topic", TOPIC, "--query", "*", "--from", Long.toString(FROM), "--to",
                Long.toString(TO), "--count", Integer.toString(PER_SLICE), "--order", "asc", "--concurrency", "3",
                "--slices-dir", slices.toString(), "--out", out.toString(), "--overwrite", "--endpoint-url", stub.url(),
                "--allow-http-loopback-for-tests");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("TENCENTCLOUD_"));
        builder.environment().put("TENCENTCLOUD_SECRET_ID", "AKIDkilltest");
        builder.environment().put("TENCENTCLOUD_SECRET_KEY", "kill-test-key");
        return builder.redirectOutput(dir.resolve("run-" + round + ".stdout").toFile())
                .redirectError(dir.resolve("run-" + round + ".stderr").toFile()).start();
    }

    @Test
    void killedWithSigkillAtRandomMomentsAndRunAgainUntilDoneEveryRecordOnceAndNoFinishedSliceRedone() throws Exception {
        long seed = Long.getLong("cls.export.killSeed", System.nanoTime());
        System.out.println("RangeJobKillTest seed " + seed + " (-Dcls.export.killSeed=" + seed + " to repeat it)");
        Random random = new Random(seed);
        Path slices = dir.resolve("job");
        Path out = dir.resolve("logs.jsonl");
        // slice index -> the task it finished with, and what the stub had counted for it at that moment
        Map<Integer, String> finishedTask = new HashMap<>();
        Map<Integer, Long> createsWhenFinished = new HashMap<>();
        Map<Integer, Integer> downloadsWhenDownloaded = new HashMap<>();
        int killed = 0;
        int round = 0;
        int exit = -1;
        while (exit != 0) {
            assertThat(round).as("seed %d: runs", seed).isLessThan(KILLS + 6);
            boolean kill = round < KILLS;
            long delay = 300 + random.nextInt(1700);
            Process process = start(slices, out, round);
            try {
                if (kill && !process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
                    killed++;
                }
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("seed %d, run %d ends", seed, round).isTrue();
                exit = kill && process.exitValue() == 137 ? -1 : process.exitValue();
            } finally {
                process.destroyForcibly();
            }
            if (exit != 0 && exit != -1) {
                throw new AssertionError("seed " + seed + ", run " + round + " exited " + exit + ": "
                        + Files.readString(dir.resolve("run-" + round + ".stderr")));
            }
            Map<Long, Long> creates = createExportsByFrom();
            for (Map.Entry<Integer, Slice> e : manifest(slices).entrySet()) {
                int index = e.getKey();
                Slice s = e.getValue();
                String what = "seed " + seed + ", after run " + round + ", slice " + index;
                if (finishedTask.containsKey(index)) {
                    assertThat(s.exportId()).as("%s: its finished task kept", what).isEqualTo(finishedTask.get(index));
                    assertThat(creates.get(s.from())).as("%s: not exported again", what).isEqualTo(createsWhenFinished.get(index));
                } else if (s.state().equals("COMPLETED") || s.state().equals("DOWNLOADED")) {
                    finishedTask.put(index, s.exportId());
                    createsWhenFinished.put(index, creates.get(s.from()));
                }
                if (downloadsWhenDownloaded.containsKey(index)) {
                    assertThat(downloads.requestCount(s.exportId())).as("%s: not downloaded again", what)
                            .isEqualTo(downloadsWhenDownloaded.get(index));
                } else if (s.state().equals("DOWNLOADED")) {
                    downloadsWhenDownloaded.put(index, downloads.requestCount(s.exportId()));
                    assertThat(downloadsWhenDownloaded.get(index)).as("%s: downloaded once, resumed if cut", what).isPositive();
                }
            }
            round++;
        }
        System.out.println("RangeJobKillTest seed " + seed + ": " + killed + " runs killed, " + round + " runs in all, "
                + createExportsByFrom().values().stream().mapToLong(Long::longValue).sum() + " CreateExport calls for "
                + SLICES + " slices");
        assertThat(killed).as("seed %d: runs killed while working", seed).isGreaterThanOrEqualTo(2);

        Map<Integer, Slice> last = manifest(slices);
        assertThat(last).hasSize(SLICES);
        assertThat(last.values()).allMatch(s -> s.state().equals("DOWNLOADED"));
        List<String> lines = Files.readAllLines(out);
        List<Long> times = new ArrayList<>();
        for (String line : lines) {
            long t = JSON.readTree(line).get("__TIMESTAMP__").asLong();
            assertThat(t).isBetween(FROM, TO - 1);
            times.add(t);
        }
        assertThat(lines).as("seed %d: every record once", seed).hasSize(PER_SLICE * SLICES).doesNotHaveDuplicates();
        assertThat(times).as("seed %d: in time order", seed).isSorted();
        for (Slice s : last.values()) {
            assertThat(lines).as("seed %d: slice from %d, its task's records", seed, s.from())
                    .filteredOn(l -> l.contains("\"__TIMESTAMP__\":\"" + s.from() + "\"")).hasSize(1);
        }
        try (Stream<Path> files = Stream.concat(Files.list(dir), Files.list(slices))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part") || n.endsWith(".tmp"));
        }
        assertThat(Files.readString(dir.resolve("run-" + (round - 1) + ".stdout")).strip())
                .isEqualTo("wrote " + PER_SLICE * SLICES + " records to " + out + " in time order (asc) from the slices in " + slices);
    }

    private record Slice(long from, String state, String exportId) {}

    /** The manifest's slices by index; empty before the first run wrote one. */
    private static Map<Integer, Slice> manifest(Path slices) {
        Path file = slices.resolve(RangeJob.MANIFEST);
        Map<Integer, Slice> map = new HashMap<>();
        if (!Files.exists(file)) {
            return map;
        }
        try {
            for (JsonNode s : JSON.readTree(file.toFile()).get("slices")) {
                map.put(s.get("index").asInt(), new Slice(s.get("from").asLong(), s.get("state").asText(),
                        s.has("exportId") ? s.get("exportId").asText() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the manifest must always be whole and readable", e);
        }
        return map;
    }

    /** CreateExport calls the stub has had, by the From they asked for (a slice's start). */
    private Map<Long, Long> createExportsByFrom() throws IOException {
        Map<Long, Long> counts = new HashMap<>();
        for (StubRequest r : stub.recordedRequests()) {
            if (r.action().filter("CreateExport"::equals).isPresent()) {
                counts.merge(JSON.readTree(r.body()).get("From").asLong(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
