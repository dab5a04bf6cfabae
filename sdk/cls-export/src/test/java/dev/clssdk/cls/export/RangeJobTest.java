package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ActionCall;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.Fault;
import dev.clssdk.stub.cls.ExportProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Range jobs against the contract stub: its export workflow and download server, and a
 * DescribeLogHistogram behaviour that counts this test's log times. A stub export holds
 * min(Count, 1000) logs spread over its [From, To), so with a per-export Count of 200 every
 * slice's file holds 200 records, all inside the slice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RangeJobTest {

    static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    static final long FROM = 1_700_000_000_000L;
    static final long TO = FROM + 100_000;
    static final long PER_EXPORT = 200;
    static final ExportProgress FAST = new ExportProgress(1, Duration.ofHours(1));

    /** The topic's log times: one every 50 ms for 50 s (1000), then one every 500 ms (100). */
    private volatile long[] logTimes = logTimes();
    private final List<String> histogramAsks = new CopyOnWriteArrayList<>();

    private final ContractStub stub = ContractStub.builder()
            .credentials("AKIDrangetest", "range-test-key")
            .topic(TOPIC)
            .throttling(false)
            .exportProgress(FAST)
            .behaviour("DescribeLogHistogram", this::histogram)
            .start();
    private final ClsClient client = ClsClient.builder()
            .credentials(CredentialsProvider.of("AKIDrangetest", "range-test-key"))
            .endpointUrl(stub.url())
            .build();
    private final ClsExporter exporter = ClsExporter.builder()
            .client(client)
            .downloader(ExportDownloader.builder().allowHttpToLoopbackForTests(true)
                    .backoff(Duration.ofMillis(1), Duration.ofMillis(5)).progressInterval(Duration.ofMillis(1)).build())
            .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20))
            .build();

    @TempDir
    Path dir;

    {
        stub.exports().serveDownloads();
    }

    @AfterAll
    void close() {
        client.close();
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.exports().exportContent(null);
        stub.exportProgress(FAST);
        stub.exports().clearExports();
        stub.clearRecordedRequests();
        histogramAsks.clear();
        logTimes = logTimes();
    }

    private static long[] logTimes() {
        List<Long> times = new ArrayList<>();
        for (long t = FROM; t < FROM + 50_000; t += 50) {
            times.add(t);
        }
        for (long t = FROM + 50_000; t < TO; t += 500) {
            times.add(t);
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    /** DescribeLogHistogram over {@link #logTimes}: buckets aligned to the interval, as CLS rounds BTime. */
    private ActionAnswer histogram(ActionCall call) {
        long from = call.input().path("From").asLong();
        long to = call.input().path("To").asLong();
        long interval = call.input().path("Interval").asLong();
        histogramAsks.add(from + "-" + to + "/" + interval);
        long[] times = logTimes;
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode infos = out.putArray("HistogramInfos");
        long total = 0;
        for (long b = Math.floorDiv(from, interval) * interval; b < to; b += interval) {
            long lo = Math.max(b, from);
            long hi = Math.min(b + interval, to);
            long n = 0;
            for (long t : times) {
                if (t >= lo && t < hi) {
                    n++;
                }
            }
            infos.addObject().put("BTime", b).put("Count", n);
            total += n;
        }
        out.put("Interval", interval).put("TotalCount", total);
        return ActionAnswer.success(out);
    }

    private static CreateExportRequest request(String query) {
        return CreateExportRequest.builder().topicId(TOPIC).query(query).count(PER_EXPORT).from(FROM).to(TO)
                .format(Format.JSON).build();
    }

    private RangeJob job(Path directory, int concurrency, List<RangeProgress> events) {
        return exporter.rangeJob(request("*"), directory, Duration.ofSeconds(30)).concurrency(concurrency)
                .progressListener(events::add).build();
    }

    private long createExportCalls() {
        return stub.recordedRequests().stream().filter(r -> r.action().filter("CreateExport"::equals).isPresent()).count();
    }

    @Test
    void aRangeOverTheLimitBecomesSlicesEachWithinItOneFileEachAndAnIndex() throws IOException {
        List<RangeProgress> events = new CopyOnWriteArrayList<>();
        RangeResult result = job(dir, 3, events).run();

        // 500 ms buckets: ten logs each in the dense half, so 20 buckets (10 s) per slice; the sparse half is one.
        assertThat(result.slices()).extracting(f -> f.slice().from() - FROM, f -> f.slice().to() - FROM)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 10_000L), org.assertj.core.groups.Tuple.tuple(10_000L, 20_000L),
                        org.assertj.core.groups.Tuple.tuple(20_000L, 30_000L), org.assertj.core.groups.Tuple.tuple(30_000L, 40_000L),
                        org.assertj.core.groups.Tuple.tuple(40_000L, 50_000L), org.assertj.core.groups.Tuple.tuple(50_000L, 100_000L));
        assertThat(result.slices()).allSatisfy(f -> assertThat(f.slice().estimatedLogs()).isLessThanOrEqualTo(PER_EXPORT));
        assertThat(result.exportsCreated()).isEqualTo(6);
        assertThat(createExportCalls()).isEqualTo(6);
        assertThat(histogramAsks).containsExactly(FROM + "-" + TO + "/500");
        assertEveryRecordOnce(result);

        assertThat(result.index()).isEqualTo(dir.resolve(RangeJob.INDEX));
        String index = Files.readString(result.index());
        for (RangeResult.SliceFile f : result.slices()) {
            assertThat(index).contains("\"exportId\" : \"" + f.exportId() + "\"").contains(f.file().getFileName().toString());
        }
        assertThat(Files.readString(result.manifest())).doesNotContain("PLANNED", "\"CREATED\"", "COMPLETED");
        RangeProgress last = events.get(events.size() - 1);
        assertThat(last.slicesDone()).isEqualTo(6);
        assertThat(last.slices()).isEqualTo(6);
        assertThat(last.estimatedLogsDone()).isEqualTo(last.estimatedLogs()).isEqualTo(1100);
        assertThat(last.bytes()).isEqualTo(result.slices().stream().mapToLong(RangeResult.SliceFile::bytes).sum());
        assertThat(events.get(0).slicesDone()).isZero();
        assertThat(last.phase()).isEqualTo(RangeProgress.Phase.DONE);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.eta()).contains(Duration.ZERO);
        assertThat(last.bytesPerSecond()).isPositive();
        assertThat(events).allMatch(e -> e.records() == 0 && e.fraction() >= 0 && e.fraction() <= 1);
        assertThat(events).filteredOn(e -> e.phase() == RangeProgress.Phase.EXPORTING && e.fraction() > 0 && e.fraction() < 1)
                .isNotEmpty().allMatch(e -> e.eta().filter(d -> !d.isNegative()).isPresent());
        assertThat(events.subList(0, events.size() - 1)).allMatch(e -> e.phase() == RangeProgress.Phase.EXPORTING);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part") || n.endsWith(".tmp"));
        }
    }

    @Test
    void aBucketOverTheLimitIsAskedForAgainFinerAndOneMillisecondOverItIsRefused() {
        List<Long> times = new ArrayList<>();
        for (long i = 0; i < 300; i++) {
            times.add(FROM + 70_000 + i); // 300 logs in 300 ms: one 500 ms bucket over the limit of 200
        }
        logTimes = times.stream().mapToLong(Long::longValue).toArray();
        RangeResult result = job(dir, 2, new ArrayList<>()).run();
        assertThat(histogramAsks).containsExactly(FROM + "-" + TO + "/500", (FROM + 70_000) + "-" + (FROM + 70_500) + "/3");
        assertThat(result.slices()).hasSize(2);
        assertThat(result.slices()).allSatisfy(f -> assertThat(f.slice().estimatedLogs()).isBetween(1L, PER_EXPORT));
        assertEveryRecordOnce(result);

        stub.exports().clearExports();
        stub.clearRecordedRequests();
        long[] burst = new long[201];
        java.util.Arrays.fill(burst, FROM + 70_001);
        logTimes = burst;
        assertThatThrownBy(() -> job(dir.resolve("burst"), 2, new ArrayList<>()).run())
                .isInstanceOfSatisfying(SliceTooLargeException.class, e -> {
                    assertThat(e.from()).isEqualTo(FROM + 70_001);
                    assertThat(e.to()).isEqualTo(FROM + 70_002);
                    assertThat(e.logs()).isEqualTo(201);
                });
        assertThat(createExportCalls()).isZero();
        assertThat(dir.resolve("burst").resolve(RangeJob.MANIFEST)).doesNotExist();
    }

    @Test
    void stoppedAfterTwoSlicesAndRunAgainItRedoesNoFinishedSlice() throws IOException {
        RangeJob[] first = new RangeJob[1];
        first[0] = exporter.rangeJob(request("*"), dir, Duration.ofSeconds(30)).concurrency(1)
                .progressListener(p -> {
                    if (p.slicesDone() >= 2) {
                        first[0].cancel();
                    }
                }).build();
        assertThatThrownBy(first[0]::run).isInstanceOf(ExportCancelledException.class);
        Map<Integer, String> before = states(dir);
        assertThat(before.values().stream().filter(s -> s.startsWith("DOWNLOADED")).count()).isEqualTo(2);
        long planned = before.values().stream().filter(s -> s.startsWith("PLANNED")).count();
        Map<Integer, FileTime> downloadedAt = new HashMap<>();
        for (Map.Entry<Integer, String> e : before.entrySet()) {
            if (e.getValue().startsWith("DOWNLOADED")) {
                downloadedAt.put(e.getKey(), Files.getLastModifiedTime(dir.resolve(String.format("slice-%05d.tar.gz", e.getKey()))));
            }
        }
        stub.clearRecordedRequests();
        // What a kill -9 leaves: a slice's .part file and the manifest's .tmp file; not the job's: another .part.
        Files.writeString(dir.resolve(".slice-00003.tar.gz.1234.part"), "half");
        Files.writeString(dir.resolve("." + RangeJob.MANIFEST + ".5678.tmp"), "{");
        Files.writeString(dir.resolve(".someone-else.part"), "theirs");

        RangeResult result = job(dir, 3, new ArrayList<>()).run();
        assertThat(dir.resolve(".slice-00003.tar.gz.1234.part")).doesNotExist();
        assertThat(dir.resolve("." + RangeJob.MANIFEST + ".5678.tmp")).doesNotExist();
        assertThat(dir.resolve(".someone-else.part")).hasContent("theirs");
        assertThat(createExportCalls()).isEqualTo(planned);
        assertThat(result.exportsCreated()).isEqualTo((int) planned);
        Map<Integer, String> after = states(dir);
        for (Map.Entry<Integer, FileTime> e : downloadedAt.entrySet()) {
            assertThat(after.get(e.getKey())).isEqualTo(before.get(e.getKey()));
            assertThat(Files.getLastModifiedTime(dir.resolve(String.format("slice-%05d.tar.gz", e.getKey())))).isEqualTo(e.getValue());
        }
        assertThat(histogramAsks).hasSize(1); // the second run planned nothing: its slices are the manifest's
        assertEveryRecordOnce(result);
    }

    @Test
    void cancelledAtRandomMomentsAndRunAgainUntilDoneEveryRecordIsThereOnceAndNoFinishedSliceIsRedone() {
        Random random = new Random(2028);
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try {
            Map<Integer, String> finished = new HashMap<>(); // slice -> export id, once COMPLETED or DOWNLOADED
            RangeResult result = null;
            int runs = 0;
            while (result == null) {
                assertThat(runs).isLessThan(40);
                runs++;
                // Each run in a client of its own, as a new process after a kill -9 would be.
                try (ClsClient fresh = ClsClient.builder()
                        .credentials(CredentialsProvider.of("AKIDrangetest", "range-test-key"))
                        .endpointUrl(stub.url()).build()) {
                    RangeJob job = ClsExporter.builder().client(fresh)
                            .downloader(ExportDownloader.builder().allowHttpToLoopbackForTests(true).build())
                            .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20)).build()
                            .rangeJob(request("*"), dir, Duration.ofSeconds(30)).concurrency(3).build();
                    killer.schedule(job::cancel, random.nextInt(400), TimeUnit.MILLISECONDS);
                    try {
                        result = job.run();
                    } catch (ExportCancelledException e) {
                        // killed: run it again
                    }
                }
                Map<Integer, String> now = states(dir);
                finished.forEach((slice, exportId) -> assertThat(now.get(slice)).endsWith(" " + exportId));
                now.forEach((slice, state) -> {
                    if (state.startsWith("COMPLETED") || state.startsWith("DOWNLOADED")) {
                        finished.put(slice, state.substring(state.indexOf(' ') + 1));
                    }
                });
            }
            assertThat(runs).isGreaterThan(1);
            // A cancel can lose CreateExport's answer for each slice in flight (3): those are created again, no others.
            assertThat(createExportCalls()).isBetween(6L, 6L + 3L * (runs - 1));
            assertEveryRecordOnce(result);
        } finally {
            killer.shutdownNow();
        }
    }

    @Test
    void anExportFoundExpiredIsCreatedAgainAndADownloadedSliceIsNotAskedAbout() throws IOException {
        RangeResult first = job(dir, 3, new ArrayList<>()).run();
        String expired = first.slices().get(1).exportId();
        stub.setExportStatus(expired, "Expired");
        Files.delete(first.slices().get(1).file());
        stub.setExportStatus(first.slices().get(4).exportId(), "Failed"); // its file is whole: left alone
        stub.clearRecordedRequests();

        RangeResult second = job(dir, 3, new ArrayList<>()).run();
        assertThat(createExportCalls()).isEqualTo(1);
        assertThat(second.slices().get(1).exportId()).isNotEqualTo(expired);
        for (int i : new int[] {0, 2, 3, 4, 5}) {
            assertThat(second.slices().get(i).exportId()).isEqualTo(first.slices().get(i).exportId());
        }
        assertEveryRecordOnce(second);
    }

    @Test
    void oneDeadlineForTheWholeJob() {
        stub.exportProgress(new ExportProgress(1_000_000, Duration.ofHours(1))); // tasks stay Queuing
        RangeJob job = exporter.rangeJob(request("*"), dir, Duration.ofMillis(1500)).concurrency(2).build();
        long start = System.nanoTime();
        assertThatThrownBy(job::run).isInstanceOf(ExportTimeoutException.class)
                .hasMessageStartingWith("Range export job timed out after PT1.5S while waiting for the export task");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(states(dir).values()).allMatch(s -> s.startsWith("CREATED") || s.startsWith("PLANNED"));
        assertThat(states(dir).values()).filteredOn(s -> s.startsWith("CREATED")).hasSize(2);
    }

    @Test
    void aManifestOfAnotherJobOrOneThatCannotBeReadIsRefusedBeforeAnyCall() throws IOException {
        job(dir, 3, new ArrayList<>()).run();
        stub.clearRecordedRequests();
        assertThatThrownBy(() -> exporter.rangeJob(request("status:500"), dir, Duration.ofSeconds(5)).build().run())
                .isInstanceOfSatisfying(JobManifestException.class, e -> assertThat(e.manifest()).isEqualTo(dir.resolve(RangeJob.MANIFEST)))
                .hasMessageContaining("is for another job: its Query is *, this job's is status:500");
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve(RangeJob.MANIFEST), "{\"version\": 1, \"job\": {}, \"slices\": [");
        assertThatThrownBy(() -> job(other, 1, new ArrayList<>()).run()).isInstanceOf(JobManifestException.class)
                .hasMessageContaining(other.resolve(RangeJob.MANIFEST) + " cannot be used");
        assertThat(stub.recordedRequests()).isEmpty();
        assertThatThrownBy(() -> exporter.rangeJob(request("*").toBuilder().to(FROM).build(), dir, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("From < To");
    }

    @Test
    void theSlicesRecordsAsOneStreamInTimeOrderAscAndDescEachRecordOnceOneFileOpenAtATime() {
        for (Order order : new Order[] {Order.ASC, Order.DESC}) {
            Path directory = dir.resolve(order.value());
            List<RangeProgress> events = new CopyOnWriteArrayList<>();
            RangeJob job = exporter.rangeJob(request("*").toBuilder().order(order).build(), directory, Duration.ofSeconds(30))
                    .concurrency(3).progressListener(events::add).build();
            List<LogRecord> merged = new ArrayList<>();
            int mostOpen = 0;
            try (RangeRecords records = job.records(RecordOptions.defaults())) {
                assertThat(records.descending()).isEqualTo(order == Order.DESC);
                while (records.hasNext()) {
                    merged.add(records.next());
                    mostOpen = Math.max(mostOpen, records.openFiles());
                }
                assertThat(records.recordCount()).isEqualTo(merged.size());
                assertThat(records.outsideSliceCount()).isZero();
            }
            assertThat(mostOpen).as(order + ": files open at once").isEqualTo(1);
            RangeProgress end = events.get(events.size() - 1);
            assertThat(end.phase()).isEqualTo(RangeProgress.Phase.DONE);
            assertThat(end.records()).isEqualTo(merged.size());
            assertThat(events.stream().map(RangeProgress::phase).distinct().toList()).containsExactly(
                    RangeProgress.Phase.EXPORTING, RangeProgress.Phase.READING, RangeProgress.Phase.DONE);
            RangeResult result = job.run(); // done: no call, the same files
            assertThat(result.exportsCreated()).isZero();
            assertThat(result.slices()).hasSize(6);
            List<String> fromFiles = new ArrayList<>();
            for (RangeResult.SliceFile f : result.slices()) {
                try (ExportRecords records = ExportRecords.read(f.file(), RecordOptions.defaults())) {
                    records.forEachRemaining(r -> fromFiles.add(key(r)));
                }
            }
            List<Long> times = merged.stream().map(r -> Long.parseLong(r.get("__TIMESTAMP__"))).toList();
            assertThat(times).as(order.value()).isSortedAccordingTo(order == Order.ASC ? java.util.Comparator.<Long>naturalOrder()
                    : java.util.Comparator.<Long>reverseOrder());
            assertThat(merged.stream().map(RangeJobTest::key).toList()).as(order.value()).doesNotHaveDuplicates()
                    .hasSize((int) (PER_EXPORT * 6)).containsExactlyInAnyOrderElementsOf(fromFiles);
            try (RangeRecords again = RangeRecords.read(result, order, RecordOptions.defaults())) {
                assertThat(again.stream().map(RangeJobTest::key).toList())
                        .containsExactlyElementsOf(merged.stream().map(RangeJobTest::key).toList());
            }
        }
    }

    /**
     * The topic's logs as exports of them: two logs on every 500 ms bucket's first millisecond and one
     * in its middle, so that every slice boundary (a bucket edge) has two logs stamped on it. An export
     * holds the logs in [From, To] when {@code toIncluded}, else [From, To), in its Order, at most Count.
     */
    @Test
    void aLogStampedOnASliceBoundaryIsDeliveredOnceWhetherOrNotAnExportIncludesItsTo() {
        List<Long> times = new ArrayList<>();
        for (long b = FROM; b < TO; b += 500) {
            times.add(b);
            times.add(b);
            times.add(b + 250);
        }
        logTimes = times.stream().mapToLong(Long::longValue).toArray();
        for (boolean toIncluded : new boolean[] {true, false}) {
            stub.exports().exportContent(input -> {
                long from = input.path("From").asLong();
                long to = input.path("To").asLong();
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < logTimes.length; i++) {
                    long t = logTimes[i];
                    if (t >= from && (t < to || (toIncluded && t == to))) {
                        lines.add("{\"__TIMESTAMP__\":\"" + t + "\",\"message\":\"log " + i + "\"}\n");
                    }
                }
                if (!"asc".equals(input.path("Order").asText())) {
                    java.util.Collections.reverse(lines);
                }
                return String.join("", lines.subList(0, (int) Math.min(lines.size(), input.path("Count").asLong())));
            });
            for (Order order : new Order[] {Order.ASC, Order.DESC}) {
                Path directory = dir.resolve(order.value() + "-" + toIncluded);
                RangeJob job = exporter.rangeJob(request("*").toBuilder().order(order).build(), directory,
                        Duration.ofSeconds(30)).concurrency(3).build();
                List<String> merged = new ArrayList<>();
                List<Long> mergedTimes = new ArrayList<>();
                long outside;
                try (RangeRecords records = job.records(RecordOptions.defaults())) {
                    records.forEachRemaining(r -> {
                        merged.add(r.get("message"));
                        mergedTimes.add(Long.parseLong(r.get("__TIMESTAMP__")));
                    });
                    outside = records.outsideSliceCount();
                }
                RangeResult result = job.run();
                String what = order.value() + (toIncluded ? ", To included" : ", To not included");
                assertThat(result.slices()).as(what).hasSizeGreaterThan(2);
                long innerBoundaries = result.slices().size() - 1;
                assertThat(outside).as(what).isEqualTo(toIncluded ? 2 * innerBoundaries : 0);
                assertThat(merged).as(what).doesNotHaveDuplicates().hasSize(logTimes.length);
                assertThat(mergedTimes).as(what).isSortedAccordingTo(order == Order.ASC
                        ? java.util.Comparator.<Long>naturalOrder() : java.util.Comparator.<Long>reverseOrder());
                for (RangeResult.SliceFile f : result.slices().subList(1, result.slices().size())) {
                    assertThat(mergedTimes).as(what).filteredOn(t -> t == f.slice().from()).hasSize(2);
                }
            }
        }
    }

    @Test
    void deletingTheJobsOwnTasksWhenDoneAFailureIsReportedNotThrownAndARunAgainTriesItAgain() throws IOException {
        // One task of another job in the topic: never the job's to delete.
        String other = client.createExport(request("other").toBuilder().from(FROM).to(FROM + 1000).build()).exportId();
        List<RangeProgress> events = new CopyOnWriteArrayList<>();
        RangeJob job = exporter.rangeJob(request("*"), dir, Duration.ofSeconds(30)).concurrency(3).deleteExportsWhenDone(true)
                .progressListener(p -> {
                    events.add(p);
                    if (p.slicesDone() == 6 && events.stream().filter(e -> e.slicesDone() == 6).count() == 1) {
                        // The next request is the first DeleteExport: refused, and not one the SDK retries.
                        stub.injectFault(Fault.rawAnswer(200, "application/json", ("{\"Response\":{\"Error\":{\"Code\":"
                                + "\"OperationDenied\",\"Message\":\"not now\"},\"RequestId\":\"r-1\"}}")
                                .getBytes(StandardCharsets.UTF_8)));
                    }
                }).build();
        RangeResult first = job.run();
        assertThat(first.exportsCreated()).isEqualTo(6);
        assertThat(first.exportsDeleted()).isEqualTo(5);
        assertThat(first.deleteFailures()).singleElement().asString().startsWith(first.slices().get(0).exportId() + ": ")
                .contains("not now");
        assertThat(stub.exportStatus(other)).isPresent();
        assertThat(stub.exportCount()).isEqualTo(2); // the other job's and the one not deleted
        assertThat(stub.exportStatus(first.slices().get(0).exportId())).isPresent();
        assertThat(Files.readString(first.manifest()).split("\"taskDeleted\" : true", -1)).hasSize(6);
        assertEveryRecordOnce(first);

        stub.clearRecordedRequests();
        RangeResult second = exporter.rangeJob(request("*"), dir, Duration.ofSeconds(30)).deleteExportsWhenDone(true).build().run();
        assertThat(second.exportsCreated()).isZero();
        assertThat(second.exportsDeleted()).isEqualTo(1);
        assertThat(second.deleteFailures()).isEmpty();
        assertThat(stub.recordedRequests()).extracting(r -> r.action().orElse("?")).containsExactly("DeleteExport");
        assertThat(stub.exportCount()).isEqualTo(1);
        assertThat(stub.exportStatus(other)).isPresent();

        stub.clearRecordedRequests();
        RangeResult third = exporter.rangeJob(request("*"), dir, Duration.ofSeconds(30)).deleteExportsWhenDone(true).build().run();
        assertThat(third.exportsDeleted()).isZero();
        assertThat(stub.recordedRequests()).isEmpty();
        assertEveryRecordOnce(third);
    }

    @Test
    void aCancelOrAnInterruptStopsTheMergedStreamAndARunAgainGivesItWithoutACall() {
        RangeJob job = job(dir, 3, new ArrayList<>());
        try (RangeRecords records = job.records(RecordOptions.defaults())) {
            records.next();
            records.next();
            job.cancel();
            assertThatThrownBy(records::hasNext).isInstanceOf(ExportCancelledException.class);
            assertThat(records.openFiles()).isZero();
        }
        // The cancel stopped the slices still exporting in the background too: a run finishes them.
        job(dir, 3, new ArrayList<>()).run();
        stub.clearRecordedRequests();
        try (RangeRecords records = job(dir, 3, new ArrayList<>()).records(RecordOptions.defaults())) {
            records.next();
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(records::hasNext).isInstanceOf(ExportCancelledException.class).hasMessageContaining("interrupted");
            } finally {
                Thread.interrupted();
            }
        }
        try (RangeRecords records = job(dir, 3, new ArrayList<>()).records(RecordOptions.defaults())) {
            assertThat(records.stream().count()).isEqualTo(PER_EXPORT * 6);
        }
        assertThat(stub.recordedRequests()).isEmpty();
    }

    /** Tasks stay Queuing until the test says: every slice's task but the held one's is let complete at once. */
    private ScheduledExecutorService holdBack(Path directory, int held, java.util.concurrent.atomic.AtomicBoolean release) {
        stub.exportProgress(new ExportProgress(1_000_000, Duration.ofHours(1)));
        ScheduledExecutorService releaser = Executors.newSingleThreadScheduledExecutor();
        releaser.scheduleWithFixedDelay(() -> {
            try {
                states(directory).forEach((slice, state) -> {
                    if (state.startsWith("CREATED ")) {
                        String exportId = state.substring("CREATED ".length());
                        stub.setExportStatus(exportId, slice != held || release.get() ? "Completed" : "Processing");
                    }
                });
            } catch (RuntimeException | AssertionError e) {
                // the manifest between two writes: the next turn reads it
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        return releaser;
    }

    /** No thread of a range job runs but those that already ran before the test's job. */
    private static void assertNoJobThreadLeftBesides(Set<Thread> before) {
        Set<Thread> left = jobThreads();
        left.removeAll(before);
        assertThat(left).as("threads of the job still running").isEmpty();
    }

    private static Set<Thread> jobThreads() {
        Set<Thread> threads = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && (t.getName().startsWith("cls-export-slice-") || t.getName().startsWith("cls-export-range-"))) {
                threads.add(t);
            }
        }
        return threads;
    }

    @Test
    void theEarlierSlicesRecordsAreReadWhileALaterSliceIsStillProcessingThenEveryRecordOnceInOrder() {
        for (Order order : new Order[] {Order.ASC, Order.DESC}) {
            Path directory = dir.resolve("held-" + order.value());
            int held = order == Order.ASC ? 5 : 0; // the last slice in stream order
            java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
            ScheduledExecutorService releaser = holdBack(directory, held, release);
            try {
                RangeJob job = exporter.rangeJob(request("*").toBuilder().order(order).build(), directory, Duration.ofSeconds(20))
                        .concurrency(3).build();
                List<LogRecord> merged = new ArrayList<>();
                try (RangeRecords records = job.records(RecordOptions.defaults())) {
                    for (int i = 0; i < PER_EXPORT * 5; i++) {
                        assertThat(records.hasNext()).isTrue();
                        merged.add(records.next());
                    }
                    assertThat(states(directory).get(held)).as(order + ": the held slice").doesNotStartWith("DOWNLOADED");
                    long heldFrom = held == 5 ? FROM + 50_000 : FROM;
                    long heldTo = held == 5 ? TO : FROM + 10_000;
                    assertThat(merged).as("records of the held slice").noneMatch(r -> {
                        long t = Long.parseLong(r.get("__TIMESTAMP__"));
                        return t >= heldFrom && t < heldTo;
                    });
                    release.set(true);
                    records.forEachRemaining(merged::add);
                    assertThat(records.recordCount()).isEqualTo(PER_EXPORT * 6);
                }
                List<Long> times = merged.stream().map(r -> Long.parseLong(r.get("__TIMESTAMP__"))).toList();
                assertThat(times).as(order.value()).isSortedAccordingTo(order == Order.ASC
                        ? java.util.Comparator.<Long>naturalOrder() : java.util.Comparator.<Long>reverseOrder());
                assertThat(merged.stream().map(RangeJobTest::key).toList()).as(order.value()).doesNotHaveDuplicates()
                        .hasSize((int) (PER_EXPORT * 6));
                assertThat(states(directory).values()).allMatch(s -> s.startsWith("DOWNLOADED"));
                assertThat(directory.resolve(RangeJob.INDEX)).exists();
            } finally {
                releaser.shutdownNow();
            }
        }
    }

    @Test
    void aCancelWhileTheReaderWaitsForAHeldSliceEndsTheReadAtOnceAndLeavesNoThreadOfTheJob() {
        int held = 5;
        ScheduledExecutorService releaser = holdBack(dir, held, new java.util.concurrent.atomic.AtomicBoolean());
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        Set<Thread> before = jobThreads();
        try {
            RangeJob job = exporter.rangeJob(request("*").toBuilder().order(Order.ASC).build(), dir, Duration.ofSeconds(20))
                    .concurrency(3).build();
            try (RangeRecords records = job.records(RecordOptions.defaults())) {
                for (int i = 0; i < PER_EXPORT * 5; i++) {
                    records.next();
                }
                canceller.schedule(job::cancel, 300, TimeUnit.MILLISECONDS);
                long start = System.nanoTime();
                assertThatThrownBy(records::hasNext).isInstanceOf(ExportCancelledException.class)
                        .hasMessageContaining("cancelled");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                assertNoJobThreadLeftBesides(before);
                assertThat(records.openFiles()).isZero();
            }
            assertThat(states(dir).get(held)).doesNotStartWith("DOWNLOADED");
            assertThat(states(dir).values()).filteredOn(s -> s.startsWith("DOWNLOADED")).hasSize(5);
        } finally {
            canceller.shutdownNow();
            releaser.shutdownNow();
        }
    }

    /** An {@code Error} of the test's own, thrown where only the job's own threads would meet it. */
    private static final class BrokenListener extends Error {
        private static final long serialVersionUID = 1L;

        BrokenListener() {
            super("the progress listener broke");
        }
    }

    private RangeJob jobWhoseListenerBreaksOnASliceThread(Path directory, BrokenListener broken) {
        return exporter.rangeJob(request("*"), directory, Duration.ofSeconds(20)).concurrency(2)
                .progressListener(e -> {
                    if (Thread.currentThread().getName().startsWith("cls-export-slice-") && e.slicesDone() >= 1) {
                        throw broken;
                    }
                }).build();
    }

    @Test
    void anErrorOnTheJobsThreadsReachesTheCallerAsItselfNotWrapped() {
        BrokenListener broken = new BrokenListener();
        assertThatThrownBy(() -> jobWhoseListenerBreaksOnASliceThread(dir.resolve("run"), broken).run()).isSameAs(broken);
        Set<Thread> before = jobThreads();
        try (RangeRecords records = jobWhoseListenerBreaksOnASliceThread(dir.resolve("records"), broken)
                .records(RecordOptions.defaults())) {
            assertThatThrownBy(() -> {
                while (records.hasNext()) {
                    records.next();
                }
            }).isSameAs(broken);
        }
        assertNoJobThreadLeftBesides(before);
    }

    @Test
    void aSliceThatFailsWhileTheEarlierOnesAreReadEndsTheStreamWithTheJobsExceptionForIt() {
        int held = 5;
        ScheduledExecutorService releaser = holdBack(dir, held, new java.util.concurrent.atomic.AtomicBoolean());
        Set<Thread> before = jobThreads();
        try {
            RangeJob job = exporter.rangeJob(request("*").toBuilder().order(Order.ASC).build(), dir, Duration.ofSeconds(20))
                    .concurrency(3).build();
            try (RangeRecords records = job.records(RecordOptions.defaults())) {
                for (int i = 0; i < PER_EXPORT * 5; i++) {
                    records.next();
                }
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (!String.valueOf(states(dir).get(held)).startsWith("CREATED ") && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                releaser.shutdownNow();
                String exportId = states(dir).get(held).substring("CREATED ".length());
                stub.setExportStatus(exportId, "Failed");
                assertThatThrownBy(records::hasNext).isInstanceOfSatisfying(ExportTaskFailedException.class,
                        e -> assertThat(e.exportId()).isEqualTo(exportId));
                assertNoJobThreadLeftBesides(before);
            }
        } finally {
            releaser.shutdownNow();
        }
    }

    @Test
    void theJobsDeadlineCoversReadingTheMergedStreamWaitingOrReading() throws InterruptedException {
        ScheduledExecutorService releaser = holdBack(dir, 5, new java.util.concurrent.atomic.AtomicBoolean());
        Set<Thread> before = jobThreads();
        try {
            RangeJob job = exporter.rangeJob(request("*").toBuilder().order(Order.ASC).build(), dir, Duration.ofSeconds(4))
                    .concurrency(3).build();
            long start = System.nanoTime();
            try (RangeRecords records = job.records(RecordOptions.defaults())) {
                for (int i = 0; i < PER_EXPORT * 5; i++) {
                    records.next();
                }
                assertThatThrownBy(records::hasNext).isInstanceOf(ExportTimeoutException.class)
                        .hasMessageStartingWith("Range export job timed out after PT4S while ");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
                assertNoJobThreadLeftBesides(before);
            }
        } finally {
            releaser.shutdownNow();
        }

        // Every slice downloaded, the reader slower than the deadline: its next read is the job's timeout.
        stub.exportProgress(FAST);
        Path done = dir.resolve("done");
        job(done, 3, new ArrayList<>()).run();
        RangeJob again = exporter.rangeJob(request("*"), done, Duration.ofMillis(1500)).build();
        try (RangeRecords records = again.records(RecordOptions.defaults())) {
            records.next();
            Thread.sleep(1700);
            assertThatThrownBy(records::hasNext).isInstanceOf(ExportTimeoutException.class)
                    .hasMessageStartingWith("Range export job timed out after PT1.5S while reading");
        }
    }

    private static String key(LogRecord r) {
        return r.get("__TIMESTAMP__") + " " + r.get("message");
    }

    /** Slice -> "STATE exportId" from the manifest. */
    private static Map<Integer, String> states(Path directory) {
        String text;
        try {
            if (!Files.exists(directory.resolve(RangeJob.MANIFEST))) {
                return Map.of(); // stopped while planning
            }
            text = Files.readString(directory.resolve(RangeJob.MANIFEST));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Map<Integer, String> states = new HashMap<>();
        Matcher m = Pattern.compile("\"index\" : (\\d+),[^}]*?\"state\" : \"(\\w+)\"(?:,\\s*\"exportId\" : \"([^\"]+)\")?")
                .matcher(text);
        while (m.find()) {
            states.put(Integer.parseInt(m.group(1)), m.group(2) + (m.group(3) == null ? "" : " " + m.group(3)));
        }
        return states;
    }

    /** Each slice's file holds its own task's records, all inside the slice; no record twice; 200 per slice. */
    private static void assertEveryRecordOnce(RangeResult result) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (RangeResult.SliceFile f : result.slices()) {
            try (ExportRecords records = ExportRecords.read(f.file(), RecordOptions.defaults())) {
                for (LogRecord r : (Iterable<LogRecord>) records.stream()::iterator) {
                    long time = Long.parseLong(r.get("__TIMESTAMP__"));
                    assertThat(time).isGreaterThanOrEqualTo(f.slice().from()).isLessThan(f.slice().to());
                    assertThat(seen.add(time + " " + r.get("message"))).as("record seen twice: %s", r).isTrue();
                    total++;
                }
            }
            assertThat(new String(readTarEntryName(f.file()), StandardCharsets.UTF_8)).startsWith(f.exportId());
        }
        assertThat(total).isEqualTo(PER_EXPORT * result.slices().size());
    }

    private static byte[] readTarEntryName(Path tarGz) {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(tarGz))) {
            byte[] header = in.readNBytes(100);
            int end = 0;
            while (end < header.length && header[end] != 0) {
                end++;
            }
            return java.util.Arrays.copyOf(header, end);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
