package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.Format;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every download fault against a loopback server playing COS. */
@Timeout(30)
class ExportDownloaderTest {

    private static final byte[] FILE = Archives.tarGz("e.json", Archives.jsonLines(3000));

    private final FakeCos cos = new FakeCos().file(FILE);
    private final ExportDownloader downloader = ExportDownloader.builder()
            .allowHttpToLoopbackForTests(true)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
            .maxAttempts(3)
            .build();

    @TempDir
    Path dir;


    ExportDownloaderTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        cos.close();
    }

    private ExportInfo info(long fileSize) {
        return ExportInfo.create().withExportId("export-1").withTopicId("topic-1").withStatus("Completed")
                .withFormat(Format.JSON).withFileSize(fileSize).withCosPath(cos.url());
    }

    private void assertNothingLeftBehind(Path target) throws Exception {
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").isEmpty();
        }
    }

    private static void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("SECRETSIGNATURE").doesNotContain("q-sign");
        }
    }

    @Test
    void downloadsToAPathAtomicallyWithTheByteCountOfFileSize() throws Exception {
        Path target = dir.resolve("logs.tar.gz");
        DownloadResult result = downloader.download(info(FILE.length), target);
        assertThat(Files.readAllBytes(target)).isEqualTo(FILE);
        assertThat(result.bytes()).isEqualTo(FILE.length);
        assertThat(result.requests()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aConnectionDroppedMidBodyIsResumedWithARangeRequest() throws Exception {
        cos.then(new FakeCos.DropAfter(1000)).then(new FakeCos.DropAfter(2000));
        Path target = dir.resolve("logs.tar.gz");
        DownloadResult result = downloader.download(info(FILE.length), target);
        assertThat(Files.readAllBytes(target)).isEqualTo(FILE);
        assertThat(result.requests()).isEqualTo(3);
        assertThat(cos.requests()).hasSize(3);
        assertThat(cos.requests().get(0)).doesNotContain("Range");
        assertThat(cos.requests().get(1)).endsWith("Range: bytes=1000-");
        assertThat(cos.requests().get(2)).endsWith("Range: bytes=3000-");
    }

    @Test
    void aStreamResumesToo() throws Exception {
        cos.then(new FakeCos.DropAfter(500));
        try (InputStream in = downloader.open(info(FILE.length))) {
            assertThat(in.readAllBytes()).isEqualTo(FILE);
        }
    }

    @Test
    void aServerThatIgnoresRangeRestartsCleanlyWithEachByteDeliveredOnce() throws Exception {
        cos.then(new FakeCos.DropAfter(1500)).then(new FakeCos.IgnoreRange());
        try (InputStream in = downloader.open(info(FILE.length))) {
            assertThat(in.readAllBytes()).isEqualTo(FILE);
        }
        assertThat(cos.requests()).hasSize(2);
        assertThat(cos.requests().get(1)).endsWith("Range: bytes=1500-");
    }

    @Test
    void resumingIsBoundedThenATypedErrorAndNothingHalfWritten() throws Exception {
        for (int i = 0; i < 5; i++) {
            cos.then(new FakeCos.DropAfter(0));
        }
        Path target = dir.resolve("logs.tar.gz");
        assertThatThrownBy(() -> downloader.download(info(FILE.length), target))
                .isInstanceOfSatisfying(DownloadFailedException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("export-1").contains("3 times in a row");
                    assertNoSecret(e);
                });
        assertThat(cos.requests()).hasSize(3);
        assertNothingLeftBehind(target);
    }

    @Test
    void anExpiredAddressIs403AndSaysToDescribeTheTaskAgain() throws Exception {
        cos.then(new FakeCos.Status(403));
        Path target = dir.resolve("logs.tar.gz");
        assertThatThrownBy(() -> downloader.download(info(FILE.length), target))
                .isInstanceOfSatisfying(CosPathExpiredException.class, e -> {
                    assertThat(e.getMessage()).contains("403").contains("describe the task again").contains("export-1");
                    assertThat(e.exportId()).isEqualTo("export-1");
                    assertNoSecret(e);
                });
        assertNothingLeftBehind(target);
    }

    @Test
    void aMissingFileIs404() throws Exception {
        cos.then(new FakeCos.Status(404));
        assertThatThrownBy(() -> downloader.open(info(FILE.length)).readAllBytes())
                .isInstanceOfSatisfying(ExportFileNotFoundException.class, e -> {
                    assertThat(e.getMessage()).contains("404");
                    assertNoSecret(e);
                });
    }

    @Test
    void otherStatusesAreTypedAndServerErrorsAreRetried() throws Exception {
        cos.then(new FakeCos.Status(503)).then(new FakeCos.Status(400));
        assertThatThrownBy(() -> downloader.open(info(FILE.length)).readAllBytes())
                .isInstanceOfSatisfying(DownloadFailedException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
        assertThat(cos.requests()).hasSize(2);
    }

    @Test
    void aBodyLongerThanFileSizeIsASizeMismatch() throws Exception {
        Path target = dir.resolve("logs.tar.gz");
        assertThatThrownBy(() -> downloader.download(info(FILE.length - 10), target))
                .isInstanceOfSatisfying(ExportSizeMismatchException.class, e -> {
                    assertThat(e.expectedBytes()).isEqualTo(FILE.length - 10);
                    assertThat(e.actualBytes()).isEqualTo(FILE.length);
                    assertThat(e.getMessage()).contains("longer");
                    assertNoSecret(e);
                });
        assertNothingLeftBehind(target);
    }

    @Test
    void aBodyShorterThanFileSizeIsASizeMismatch() throws Exception {
        Path target = dir.resolve("logs.tar.gz");
        assertThatThrownBy(() -> downloader.download(info(FILE.length + 10), target))
                .isInstanceOfSatisfying(ExportSizeMismatchException.class, e -> {
                    assertThat(e.actualBytes()).isEqualTo(FILE.length);
                    assertThat(e.getMessage()).contains("shorter");
                });
        assertNothingLeftBehind(target);
    }

    @Test
    void aCosPathThatIsNotHttpsIsRefusedUnlessTheTestSwitchAllowsLoopback() {
        ExportDownloader strict = ExportDownloader.create();
        assertThatThrownBy(() -> strict.open(info(FILE.length)))
                .isInstanceOfSatisfying(InsecureCosPathException.class, e -> {
                    assertThat(e.getMessage()).contains("not HTTPS");
                    assertNoSecret(e);
                });
        ExportInfo remoteHttp = info(FILE.length)
                .withCosPath("http://example-bucket.cos.ap-guangzhou.myqcloud.com/x.tar.gz?q-signature=SECRETSIGNATURE");
        assertThatThrownBy(() -> downloader.open(remoteHttp))
                .as("the switch allows loopback only").isInstanceOf(InsecureCosPathException.class);
        ExportInfo ftp = remoteHttp.withCosPath("ftp://127.0.0.1/x");
        assertThatThrownBy(() -> downloader.open(ftp)).isInstanceOf(InsecureCosPathException.class);
        assertThat(cos.requests()).isEmpty();
    }

    @Test
    void progressIsReportedAtABoundedRateWithAFinalDoneEvent() throws Exception {
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();
        ExportDownloader reporting = ExportDownloader.builder().allowHttpToLoopbackForTests(true)
                .progressInterval(Duration.ofHours(1)).progressListener(events::add).build();
        try (ExportRecords records = reporting.records(info(FILE.length), RecordOptions.defaults())) {
            assertThat(records.stream().count()).isEqualTo(3000);
        }
        assertThat(events).as("nothing within the interval but the final event").hasSize(1);
        ProgressEvent done = events.get(0);
        assertThat(done.phase()).isEqualTo(ProgressEvent.Phase.DONE);
        assertThat(done.bytes()).isEqualTo(FILE.length);
        assertThat(done.totalBytes()).isEqualTo(FILE.length);
        assertThat(done.records()).isEqualTo(3000);
        assertThat(done.bytesPerSecond()).isPositive();
        assertThat(done.eta()).contains(Duration.ZERO);

        events.clear();
        ExportDownloader often = ExportDownloader.builder().allowHttpToLoopbackForTests(true)
                .progressInterval(Duration.ofNanos(1)).progressListener(events::add).build();
        try (InputStream in = often.open(info(FILE.length))) {
            byte[] buffer = new byte[512];
            while (in.read(buffer) >= 0) {
                // every read may report
            }
        }
        assertThat(events.size()).isGreaterThan(2);
        assertThat(events).extracting(ProgressEvent::bytes).isSorted();
        assertThat(events.get(events.size() - 1).phase()).isEqualTo(ProgressEvent.Phase.DONE);
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheDownload() throws Exception {
        ExportDownloader throwing = ExportDownloader.builder().allowHttpToLoopbackForTests(true)
                .progressInterval(Duration.ofNanos(1)).progressListener(e -> {
                    throw new IllegalStateException("listener bug");
                }).build();
        try (InputStream in = throwing.open(info(FILE.length))) {
            assertThat(in.readAllBytes()).isEqualTo(FILE);
        }
    }
}
