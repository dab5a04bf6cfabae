package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.core.SdkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download side of the chaos soak: 8 threads download for {@code soak.seconds} (8 in the normal
 * build; the soak run sets 600), each from a COS of its own that answers, at random, honestly, with
 * the connection dropped mid-body, the range ignored, an error status, a body longer or shorter than
 * the file, a slow body, or a malformed {@code Content-Length} or {@code Content-Range}; some
 * downloads are interrupted half-way. Per download: one outcome, the file's exact bytes or a typed
 * {@link SdkException} (an interrupt as {@link ExportCancelledException}, flag kept), in bounded
 * time, and no {@code .part} file left; at the end, once the idle keep-alive connections are evicted,
 * no connection left open (a response nobody closed). Prints one line:
 * {@code DOWNLOAD SOAK downloads=… failures=… interrupted=… violations=0}.
 */
class DownloadSoakTest {
    private static final long SECONDS = Long.getLong("soak.seconds", 8);
    private static final int THREADS = 8;
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong downloads = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong interrupted = new AtomicLong();

    @TempDir
    Path dir;

    private static final List<Supplier<FakeCos.Reply>> FAULTS = List.of(
            () -> new FakeCos.DropAfter(ThreadLocalRandom.current().nextInt(1, 60_000)),
            FakeCos.IgnoreRange::new,
            () -> new FakeCos.Status(List.of(500, 503, 403, 404, 416).get(ThreadLocalRandom.current().nextInt(5))),
            () -> new FakeCos.Body(new byte[ThreadLocalRandom.current().nextInt(0, 70_000)]),
            () -> new FakeCos.Slow(4_096, 20),
            () -> new FakeCos.Raw("HTTP/1.1 200 OK", "Content-Length: 99999999999999999999999"),
            () -> new FakeCos.Raw("HTTP/1.1 206 Partial Content", "Content-Range: bytes 0-99999999999999999999/99999999999999999999",
                    "Content-Length: 10"),
            () -> new FakeCos.Raw("HTTP/1.1 200 OK", "Content-Length: -5"),
            () -> new FakeCos.Raw("HTTP/1.1 999 Odd", "Content-Length: 0"));

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void everyDownloadUnderFaultsEndsOnceTypedInTimeAndLeavesNothingBehind() throws Exception {
        byte[] file = new byte[64 * 1024];
        new Random(7).nextBytes(file);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        List<FakeCos> servers = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                FakeCos cos = new FakeCos().file(file);
                servers.add(cos);
                Path own = Files.createDirectories(dir.resolve("worker-" + t));
                Thread worker = new Thread(() -> work(cos, file, own, deadline), "download-soak-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join(TimeUnit.SECONDS.toMillis(SECONDS) + LIMIT.toMillis() + 10_000);
                if (worker.isAlive()) {
                    violations.add(worker.getName() + " did not finish");
                }
            }
            for (FakeCos cos : servers) {
                if (!cos.awaitNoOpenConnections(Duration.ofSeconds(5))) {
                    violations.add("a connection to COS was left open");
                }
            }
        } finally {
            for (FakeCos cos : servers) {
                cos.close();
            }
        }
        String closing = "DOWNLOAD SOAK downloads=" + downloads.get() + " failures=" + failures.get() + " interrupted="
                + interrupted.get() + " threads=" + THREADS + " seconds=" + SECONDS + " violations=" + violations.size();
        System.out.println(closing);
        assertThat(violations).as(closing).isEmpty();
        assertThat(failures.get()).as("faults happened").isPositive();
    }

    private void work(FakeCos cos, byte[] file, Path own, long deadline) {
        // A client of the test's own, so that its pool can be emptied at the end: what stays open then
        // is a response nobody closed, not an idle keep-alive connection.
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
        try {
            download(http, cos, file, own, deadline);
        } finally {
            http.connectionPool().evictAll();
            http.dispatcher().executorService().shutdown();
        }
    }

    private void download(okhttp3.OkHttpClient http, FakeCos cos, byte[] file, Path own, long deadline) {
        ExportDownloader downloader = ExportDownloader.builder().okHttpClient(http).allowHttpToLoopbackForTests(true)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(20)).maxAttempts(3)
                .readTimeout(Duration.ofSeconds(2)).build();
        ExportInfo info = ExportInfo.create().withExportId("export-soak").withTopicId("topic-soak")
                .withStatus("Completed").withFileSize((long) file.length).withCosPath(cos.url());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Thread self = Thread.currentThread();
        while (System.nanoTime() < deadline) {
            long n = downloads.incrementAndGet();
            if (random.nextInt(100) < 45) {
                cos.then(FAULTS.get(random.nextInt(FAULTS.size())).get());
            }
            boolean interrupt = random.nextInt(100) < 10;
            Thread interrupter = null;
            if (interrupt) {
                long after = random.nextLong(0, 40);
                interrupter = new Thread(() -> {
                    try {
                        Thread.sleep(after);
                    } catch (InterruptedException e) {
                        return;
                    }
                    self.interrupt();
                });
                interrupter.start();
            }
            Path target = own.resolve("export-" + n + ".tar.gz");
            long start = System.nanoTime();
            try {
                downloader.download(info, target);
                if (!java.util.Arrays.equals(Files.readAllBytes(target), file)) {
                    violations.add("download " + n + ": succeeded with other bytes than the file's");
                }
            } catch (ExportCancelledException e) {
                interrupted.incrementAndGet();
                failures.incrementAndGet();
                if (!Thread.currentThread().isInterrupted()) {
                    violations.add("download " + n + ": cancelled without the interrupt flag");
                }
            } catch (SdkException e) {
                failures.incrementAndGet();
            } catch (Throwable e) {
                violations.add("download " + n + ": untyped " + e.getClass().getName());
            } finally {
                if (interrupter != null) {
                    try {
                        interrupter.join(5_000);
                    } catch (InterruptedException e) {
                        // the flag is cleared here and below
                    }
                }
                Thread.interrupted(); // the next download starts with a clear flag
            }
            if (Duration.ofNanos(System.nanoTime() - start).compareTo(LIMIT) > 0) {
                violations.add("download " + n + ": took longer than " + LIMIT);
            }
            try (Stream<Path> left = Files.list(own)) {
                List<String> parts = left.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".part")).toList();
                if (!parts.isEmpty()) {
                    violations.add("download " + n + ": left " + parts);
                }
            } catch (IOException e) {
                violations.add("download " + n + ": cannot list " + own + ": " + e);
            }
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                violations.add("cannot delete " + target.getFileName() + ": " + e);
            }
        }
    }
}
