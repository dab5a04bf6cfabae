package dev.clssdk.bench.loopback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load test for what JMH does not fit well (blocking calls from many threads with a
 * latency distribution): N threads each call as fast as they can; after a warm-up every call's
 * latency is recorded, and a round reports calls/s and latency percentiles. Several rounds give
 * a spread (the median round is the figure, min–max the error).
 */
public final class LoadHarness {
    /** One blocking call of the client under test. */
    @FunctionalInterface
    public interface Call {
        /**
         * Makes one call.
         *
         * @throws Exception if the call fails (counted as an error)
         */
        void call() throws Exception;
    }

    /** One asynchronous call of the client under test: returns at once, its stage completes later. */
    @FunctionalInterface
    public interface AsyncCall {
        /**
         * Starts one call.
         *
         * @return completes when the call does (exceptionally: counted as an error)
         * @throws Exception if the call cannot be started (counted as an error)
         */
        CompletionStage<?> start() throws Exception;
    }

    /** The figures of one round. */
    public record Round(int threads, long calls, long errors, double seconds, long p50Nanos, long p99Nanos,
            long p999Nanos, long maxNanos) {
        /** @return completed calls per second */
        public double callsPerSecond() {
            return calls / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "threads=%d calls/s=%.0f p50=%.1fus p99=%.1fus p99.9=%.1fus max=%.1fus"
                    + " calls=%d errors=%d", threads, callsPerSecond(), p50Nanos / 1e3, p99Nanos / 1e3,
                    p999Nanos / 1e3, maxNanos / 1e3, calls, errors);
        }
    }

    private LoadHarness() {
    }

    /**
     * Runs warm-up then {@code rounds} measured rounds and prints one line per round and a summary.
     *
     * @param label printed first on every line
     * @param threads client threads
     * @param warmupSeconds warm-up before the first round
     * @param roundSeconds length of each round
     * @param rounds how many rounds
     * @param call the call
     * @return the rounds
     * @throws InterruptedException if interrupted
     */
    public static List<Round> run(String label, int threads, double warmupSeconds, double roundSeconds, int rounds,
            Call call) throws InterruptedException {
        round(threads, warmupSeconds, call);
        List<Round> results = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Round round = round(threads, roundSeconds, call);
            results.add(round);
            System.out.println(label + " round " + (i + 1) + ": " + round);
        }
        System.out.println(summary(label, results));
        return results;
    }

    /**
     * {@link #run} for an asynchronous client: one thread keeps {@code outstanding} calls in flight.
     *
     * @param label printed first on every line
     * @param outstanding calls kept in flight (reported as {@code threads})
     * @param warmupSeconds warm-up before the first round
     * @param roundSeconds length of each round
     * @param rounds how many rounds
     * @param call starts one call
     * @return the rounds
     * @throws InterruptedException if interrupted
     */
    public static List<Round> runAsync(String label, int outstanding, double warmupSeconds, double roundSeconds,
            int rounds, AsyncCall call) throws InterruptedException {
        asyncRound(outstanding, warmupSeconds, call);
        List<Round> results = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Round round = asyncRound(outstanding, roundSeconds, call);
            results.add(round);
            System.out.println(label + " round " + (i + 1) + ": " + round);
        }
        System.out.println(summary(label, results));
        return results;
    }

    /**
     * One thread starts calls for {@code seconds}, never more than {@code outstanding} in flight; the
     * round ends when the last call started has completed (as a closed loop's last calls do).
     *
     * @param outstanding calls kept in flight
     * @param seconds how long calls are started
     * @param call starts one call
     * @return the figures ({@code threads} = outstanding)
     * @throws InterruptedException if interrupted
     */
    public static Round asyncRound(int outstanding, double seconds, AsyncCall call) throws InterruptedException {
        Semaphore window = new Semaphore(outstanding);
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        Latencies latencies = new Latencies();
        long begin = System.nanoTime();
        long end = begin + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            if (!window.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                continue;
            }
            long start = System.nanoTime();
            CompletionStage<?> stage;
            try {
                stage = call.start();
            } catch (Exception | Error e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e);
                window.release();
                continue;
            }
            stage.whenComplete((result, error) -> {
                if (error == null) {
                    latencies.add(System.nanoTime() - start);
                } else {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, error);
                }
                window.release();
            });
        }
        window.acquire(outstanding);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        if (firstError.get() != null) {
            System.err.println("first error: " + firstError.get());
        }
        long[] all = latencies.sorted();
        return new Round(outstanding, all.length, errors.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99),
                percentile(all, 0.999), all.length == 0 ? 0 : all[all.length - 1]);
    }

    /** Latencies recorded from the threads that complete async calls. */
    private static final class Latencies {
        private long[] values = new long[1 << 16];
        private int count;

        synchronized void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = nanos;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, count);
            Arrays.sort(copy);
            return copy;
        }
    }

    /**
     * One line: the median round's calls/s with the min–max of all rounds, and its p99.
     *
     * @param label the label
     * @param rounds the rounds
     * @return the line
     */
    public static String summary(String label, List<Round> rounds) {
        double[] rates = rounds.stream().mapToDouble(Round::callsPerSecond).sorted().toArray();
        long[] p99 = rounds.stream().mapToLong(Round::p99Nanos).sorted().toArray();
        long errors = rounds.stream().mapToLong(Round::errors).sum();
        return String.format(Locale.ROOT, "RESULT %s threads=%d calls/s=%.0f (min %.0f, max %.0f) p99=%.1fus"
                + " (min %.1f, max %.1f) errors=%d", label, rounds.get(0).threads(), rates[rates.length / 2], rates[0],
                rates[rates.length - 1], p99[p99.length / 2] / 1e3, p99[0] / 1e3, p99[p99.length - 1] / 1e3, errors);
    }

    /**
     * Runs {@code threads} closed loops for {@code seconds}.
     *
     * @param threads client threads
     * @param seconds duration
     * @param call the call
     * @return the figures
     * @throws InterruptedException if interrupted
     */
    public static Round round(int threads, double seconds, Call call) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        long[] deadline = new long[1];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers[t] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = deadline[0];
                while (true) {
                    long start = System.nanoTime();
                    if (start >= end) {
                        break;
                    }
                    try {
                        call.call();
                    } catch (Exception | Error e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                        continue;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - start;
                }
                latencies[index] = mine;
                counts[index] = n;
            }, "load-" + t);
            workers[t].start();
        }
        ready.await();
        long begin = System.nanoTime();
        deadline[0] = begin + (long) (seconds * 1e9);
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        if (firstError.get() != null) {
            System.err.println("first error: " + firstError.get());
        }
        return new Round(threads, total, errors.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99),
                percentile(all, 0.999), all.length == 0 ? 0 : all[all.length - 1]);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
