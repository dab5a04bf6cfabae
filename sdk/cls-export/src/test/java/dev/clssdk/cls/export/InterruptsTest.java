package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.export.internal.JobControl;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it downloads, writes or reads records ends in
 * {@link ExportCancelledException} with its interrupt flag still set, at once even when the server
 * has stalled, and leaves no {@code .part} file; so does a cancel from another thread, which removes
 * the temporary file itself.
 */
@Timeout(60)
class InterruptsTest {

    /** Some 200 KB, served 2 KB every 20 ms: two seconds of downloading to interrupt. */
    private static final byte[] FILE = Archives.tarGz("e.json", Archives.jsonLines(30_000));

    private final FakeCos cos = new FakeCos().file(FILE).otherwise(new FakeCos.Slow(2048, 20));
    private final ExportDownloader downloader = ExportDownloader.builder()
            .allowHttpToLoopbackForTests(true)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
            .build(); // the default 30 s read timeout: an interrupt must not wait for it

    @TempDir
    Path dir;

    InterruptsTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        cos.close();
    }

    private ExportInfo info() {
        return ExportInfo.create().withExportId("export-1").withTopicId("topic-1").withStatus("Completed")
                .withFormat(Format.JSON).withFileSize((long) FILE.length).withCosPath(cos.url());
    }

    /** A thread doing some work: what it ended with, and whether it was still interrupted then. */
    private static final class Outcome {
        private final AtomicReference<Throwable> thrown = new AtomicReference<>();
        private final AtomicBoolean interrupted = new AtomicBoolean();
        private final Thread thread;

        Outcome(Runnable work) {
            thread = new Thread(() -> {
                try {
                    work.run();
                } catch (Throwable e) {
                    thrown.set(e);
                    interrupted.set(Thread.currentThread().isInterrupted());
                }
            }, "downloading");
        }

        Throwable thrown() {
            return thrown.get();
        }

        boolean interrupted() {
            return interrupted.get();
        }

        Thread thread() {
            return thread;
        }
    }

    private static Outcome start(Runnable work) {
        Outcome outcome = new Outcome(work);
        outcome.thread().start();
        return outcome;
    }

    private List<Path> partFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private void awaitPartFileWithAtLeast(long bytes) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() - deadline < 0) {
            List<Path> parts = partFiles();
            if (!parts.isEmpty() && Files.size(parts.get(0)) >= bytes) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no .part file of " + bytes + " bytes");
    }

    private static void awaitEnd(Outcome outcome, Duration within) throws InterruptedException {
        outcome.thread().join(within.toMillis());
        assertThat(outcome.thread().isAlive()).as("the interrupted download ended within %s", within).isFalse();
    }

    @Test
    void interruptingAThreadThatDownloadsToAFileEndsInExportCancelledWithItsFlagSetAndNoPartFile() throws Exception {
        // Before the first byte, while bytes arrive and are written, and late in the body.
        for (long written : new long[] {0, 1, 20_000, 100_000}) {
            Path target = dir.resolve("logs-" + written + ".tar.gz");
            Outcome outcome = start(() -> downloader.download(info(), target));
            awaitPartFileWithAtLeast(written);
            outcome.thread().interrupt();
            awaitEnd(outcome, Duration.ofSeconds(5));
            assertThat(outcome.thrown()).as("after %s bytes", written).isInstanceOf(ExportCancelledException.class);
            assertThat(outcome.thrown().getMessage()).contains("export-1").doesNotContain("SECRETSIGNATURE");
            assertThat(outcome.interrupted()).as("the thread's interrupt flag is kept").isTrue();
            assertThat(partFiles()).as("no temporary file left").isEmpty();
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void anInterruptStopsADownloadWhoseServerHasStalledAtOnceNotAtTheReadTimeout() throws Exception {
        cos.otherwise(new FakeCos.Slow(4096, 60_000)); // one chunk, then nothing for a minute
        Path target = dir.resolve("logs.tar.gz");
        Outcome outcome = start(() -> downloader.download(info(), target));
        awaitPartFileWithAtLeast(4096);
        long interruptedAt = System.nanoTime();
        outcome.thread().interrupt();
        awaitEnd(outcome, Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).isLessThan(Duration.ofSeconds(2));
        assertThat(outcome.thrown()).isInstanceOf(ExportCancelledException.class);
        assertThat(outcome.interrupted()).isTrue();
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void interruptingAThreadThatStreamsOrReadsRecordsEndsInExportCancelledWithItsFlagSet() throws Exception {
        AtomicReference<Long> bytes = new AtomicReference<>(0L);
        Outcome streaming = start(() -> {
            try (var in = downloader.open(info())) {
                byte[] buffer = new byte[1024];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    bytes.set(bytes.get() + n);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        while (bytes.get() < 10_000) {
            Thread.sleep(5);
        }
        streaming.thread().interrupt();
        awaitEnd(streaming, Duration.ofSeconds(5));
        assertThat(streaming.thrown()).isInstanceOf(ExportCancelledException.class);
        assertThat(streaming.interrupted()).isTrue();

        AtomicReference<Long> records = new AtomicReference<>(0L);
        Outcome reading = start(() -> {
            try (ExportRecords all = downloader.records(info(), RecordOptions.defaults())) {
                while (all.hasNext()) {
                    all.next();
                    records.set(records.get() + 1);
                }
            }
        });
        while (records.get() < 100) {
            Thread.sleep(5);
        }
        reading.thread().interrupt();
        awaitEnd(reading, Duration.ofSeconds(5));
        assertThat(reading.thrown()).isInstanceOf(ExportCancelledException.class);
        assertThat(reading.interrupted()).isTrue();
    }

    @Test
    void cancellingFromAnotherThreadRemovesThePartFileBeforeCancelReturns() throws Exception {
        Path target = dir.resolve("logs.tar.gz");
        JobControl control = JobControl.unbounded();
        Outcome outcome = start(() -> downloader.download(info(), target, null, control, ProgressListener.NONE));
        awaitPartFileWithAtLeast(10_000);
        control.cancel();
        assertThat(partFiles()).as("removed by cancel() itself, whatever the downloading thread does next").isEmpty();
        awaitEnd(outcome, Duration.ofSeconds(5));
        assertThat(outcome.thrown()).isInstanceOf(ExportCancelledException.class);
        assertThat(outcome.interrupted()).as("a cancel is not an interrupt").isFalse();
        assertThat(partFiles()).isEmpty();
        assertThat(target).doesNotExist();
    }
}
