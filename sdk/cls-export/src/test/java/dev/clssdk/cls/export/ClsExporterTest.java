package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.Format;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.cls.ExportDownloadServer;
import dev.clssdk.stub.cls.ExportProgress;
import dev.clssdk.stub.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The whole job against the contract stub and its download server. */
/* One stub for the class (each test makes its own tasks): starting one reads the spec. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
class ClsExporterTest {

    static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";

    private final ContractStub stub = ContractStub.builder()
            .credentials("AKIDexporttest", "export-test-key")
            .topic(TOPIC)
            .throttling(false)
            .exportProgress(new ExportProgress(1, Duration.ofHours(1)))
            .start();
    private final ExportDownloadServer cos = stub.exports().serveDownloads();
    private final ClsClient client = ClsClient.builder()
            .credentials(CredentialsProvider.of("AKIDexporttest", "export-test-key"))
            .endpointUrl(stub.url())
            .build();
    private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();
    private final ClsExporter exporter = ClsExporter.builder()
            .client(client)
            .downloader(ExportDownloader.builder().allowHttpToLoopbackForTests(true).backoff(Duration.ofMillis(1), Duration.ofMillis(5)).build())
            .progressListener(events::add)
            .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20))
            .build();

    @TempDir
    Path dir;

    @AfterAll
    void close() {
        client.close();
        stub.close();
    }

    @BeforeEach
    void clearEvents() {
        events.clear();
    }

    static CreateExportRequest request(Format format, long count) {
        return CreateExportRequest.builder().topicId(TOPIC).query("status:200").count(count)
                .from(1607499107000L).to(1607499207000L).format(format).build();
    }

    @Test
    void oneCallCreatesWaitsAndReadsTheRecordsReportingTheExportIdFirstAndEachStatusChange() {
        ExportJob job = exporter.newJob(request(Format.CSV, 40), Duration.ofSeconds(20));
        try (ExportRecords records = job.records(RecordOptions.defaults())) {
            List<LogRecord> all = records.stream().toList();
            assertThat(all).hasSize(40);
            assertThat(all.get(0).fields().keySet()).containsExactly("__TIMESTAMP__", "__SOURCE__", "status", "message");
            assertThat(all.get(0).time()).isPresent();
        }
        assertThat(job.exportId()).isPresent();
        assertThat(events.get(0).phase()).isEqualTo(ProgressEvent.Phase.CREATED);
        assertThat(events.get(0).exportId()).isEqualTo(job.exportId().get());
        assertThat(events).filteredOn(e -> e.phase() == ProgressEvent.Phase.WAITING).extracting(ProgressEvent::status)
                .containsExactly("Queuing", "Processing", "Completed");
        ProgressEvent last = events.get(events.size() - 1);
        assertThat(last.phase()).isEqualTo(ProgressEvent.Phase.DONE);
        assertThat(last.records()).isEqualTo(40);
        assertThat(last.bytes()).isEqualTo(last.totalBytes()).isPositive();
        assertThat(stub.exportStatus(job.exportId().get())).contains("Completed");
    }

    @Test
    void everyEventOfAJobMeasuresElapsedFromTheJobsOneStart() throws Exception {
        List<ProgressEvent> seen = new CopyOnWriteArrayList<>();
        ClsExporter slowPolls = ClsExporter.builder().client(client)
                .downloader(ExportDownloader.builder().allowHttpToLoopbackForTests(true).build())
                .progressListener(seen::add).pollInterval(Duration.ofMillis(100), Duration.ofMillis(100)).build();
        ExportJob job = slowPolls.newJob(request(Format.JSON, 30), Duration.ofSeconds(20));
        long before = System.nanoTime();
        long waited;
        try (ExportRecords records = job.records(RecordOptions.defaults())) {
            waited = System.nanoTime() - before; // CreateExport and three polls 100 ms apart
            Thread.sleep(50);
            assertThat(records.stream().count()).isEqualTo(30);
        }
        long took = System.nanoTime() - before;
        assertThat(seen.get(0).phase()).isEqualTo(ProgressEvent.Phase.CREATED);
        assertThat(seen.get(0).elapsed()).as("CREATED comes after the CreateExport call, counted from the job's start").isPositive();
        assertThat(seen.stream().map(ProgressEvent::elapsed).toList()).as("one clock: elapsed never goes back").isSorted();
        ProgressEvent last = seen.get(seen.size() - 1);
        assertThat(last.phase()).isEqualTo(ProgressEvent.Phase.DONE);
        assertThat(last.elapsed()).as("DONE counts the wait too, not only the download")
                .isGreaterThanOrEqualTo(Duration.ofNanos(waited).plusMillis(40))
                .isLessThanOrEqualTo(Duration.ofNanos(took));
    }

    @Test
    void oneCallCreatesWaitsAndDownloadsToAFile() throws Exception {
        Path target = dir.resolve("out/logs.tar.gz");
        DownloadResult result = exporter.newJob(request(Format.JSON, 10), Duration.ofSeconds(20)).downloadTo(target);
        assertThat(Files.size(target)).isEqualTo(result.bytes());
        try (ExportRecords records = ExportRecords.read(target, RecordOptions.defaults())) {
            assertThat(records.stream().count()).isEqualTo(10);
        }
    }

    @Test
    void a403IsDescribedAgainOnceWhenTheTaskIsStillListedThenGivesUp() throws Exception {
        ExportInfo done = exporter.newJob(request(Format.JSON, 10), Duration.ofSeconds(20)).awaitCompleted();
        cos.refuseNext(403, 1);
        DownloadResult ok = exporter.downloadTo(done, dir.resolve("a.tar.gz"));
        assertThat(ok.requests()).isEqualTo(2);

        cos.refuseNext(403, 2);
        assertThatThrownBy(() -> exporter.downloadTo(done, dir.resolve("b.tar.gz")))
                .isInstanceOf(CosPathExpiredException.class).hasMessageContaining("describe the task again");
        assertThat(dir.resolve("b.tar.gz")).doesNotExist();

        cos.refuseNext(403, 1);
        ExportInfo gone = done.withExportId("not-listed-any-more");
        assertThatThrownBy(() -> exporter.downloadTo(gone, dir.resolve("c.tar.gz"))).isInstanceOf(CosPathExpiredException.class);
    }

    @Test
    void aFailedTaskEndsTheWaitWithATypedError() {
        String exportId = client.createExport(request(Format.JSON, 5)).exportId();
        stub.setExportStatus(exportId, "Failed");
        assertThatThrownBy(() -> exporter.existingJob(TOPIC, exportId, Duration.ofSeconds(10)).awaitCompleted())
                .isInstanceOfSatisfying(ExportTaskFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo("Failed");
                    assertThat(e.exportId()).isEqualTo(exportId);
                });
    }

    @Test
    void theJobsOneDeadlineEndsTheWaitWithATimeout() {
        String exportId = client.createExport(request(Format.JSON, 5)).exportId();
        stub.setExportStatus(exportId, "Processing");
        long started = System.nanoTime();
        assertThatThrownBy(() -> exporter.existingJob(TOPIC, exportId, Duration.ofMillis(300)).awaitCompleted())
                .isInstanceOfSatisfying(ExportTimeoutException.class, e -> assertThat(e.getMessage()).contains(exportId));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void cancellingFromAnotherThreadStopsTheWaitAtOnce() throws Exception {
        String exportId = client.createExport(request(Format.JSON, 5)).exportId();
        stub.setExportStatus(exportId, "Processing");
        ClsExporter slowPolling = ClsExporter.builder().client(client).pollInterval(Duration.ofSeconds(20), Duration.ofSeconds(20)).build();
        ExportJob job = slowPolling.existingJob(TOPIC, exportId, Duration.ofMinutes(5));
        CompletableFuture<ExportInfo> waiting = CompletableFuture.supplyAsync(job::awaitCompleted);
        Thread.sleep(200);
        job.cancel();
        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ExportCancelledException.class);
    }

    @Test
    void interruptingAThreadInTheMiddleOfADescribeCallEndsInExportCancelledWithItsFlagSet() throws Exception {
        String exportId = client.createExport(request(Format.JSON, 5)).exportId();
        stub.injectFault(Fault.slowResponse(Duration.ofSeconds(20)));
        ExportJob job = exporter.existingJob(TOPIC, exportId, Duration.ofMinutes(5));
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try {
                job.awaitCompleted();
                ended.complete(null);
            } catch (Throwable e) {
                ended.complete(Thread.currentThread().isInterrupted() ? e : new AssertionError("flag cleared", e));
            }
        });
        waiting.start();
        Thread.sleep(300); // in the DescribeExports call the stub answers 20 s late
        long interruptedAt = System.nanoTime();
        waiting.interrupt();
        assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(ExportCancelledException.class,
                e -> assertThat(e.getMessage()).contains(exportId).contains("interrupted"));
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).isLessThan(Duration.ofSeconds(2));
        stub.clearFaults();
    }
}
