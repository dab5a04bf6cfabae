package dev.clssdk.bench.ours;

import dev.clssdk.bench.loopback.LoadHarness;
import dev.clssdk.bench.loopback.LoopbackServer;
import dev.clssdk.cls.ClsClient;
import java.util.Locale;

/**
 * Figure 7: async against blocking throughput when the server takes 50 ms per answer. Blocking:
 * {@code N} threads in a closed loop ({@link LoadHarness}). Async: one thread keeps {@code N}
 * {@code createExportAsync} calls outstanding. With OkHttp's default dispatcher (5 per host) async
 * was capped at 5 concurrent calls; the client's own dispatcher now allows its pool's 32.
 *
 * <p>Arguments: {@code [threads, default 64] [--latency MS, default 50] [--seconds S, default 5]
 * [--max-concurrent N, default the client's 32; 5 plays OkHttp's default, as before the fix]}.
 */
public final class AsyncLatencyLoad {
    private AsyncLatencyLoad() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 64;
        long latency = 50;
        double seconds = 5;
        int maxConcurrent = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--latency" -> latency = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--max-concurrent" -> maxConcurrent = Integer.parseInt(args[++i]);
                default -> threads = Integer.parseInt(args[i]);
            }
        }
        try (LoopbackServer server = LoopbackServer.startWithLatency(latency); ClsClient client = maxConcurrent > 0
                ? Fixtures.builder(server.url()).maxConcurrentRequests(maxConcurrent).build() : Fixtures.client(server.url())) {
            LoadHarness.round(threads, 1, () -> client.createExport(Fixtures.createExport())); // warm-up
            LoadHarness.Round blocking = LoadHarness.round(threads, seconds,
                    () -> client.createExport(Fixtures.createExport()));
            asyncRate(client, threads, 1); // warm-up
            double async = asyncRate(client, threads, seconds);
            System.out.println(String.format(Locale.ROOT, "RESULT latency=%dms outstanding=%d max-concurrent=%s blocking calls/s=%.0f"
                    + " async calls/s=%.0f async/blocking=%.2f (errors %d)", latency, threads,
                    maxConcurrent > 0 ? Integer.toString(maxConcurrent) : "default", blocking.callsPerSecond(),
                    async, async / blocking.callsPerSecond(), blocking.errors()));
        }
    }

    /** Completed async calls per second with {@code outstanding} calls kept in flight. */
    private static double asyncRate(ClsClient client, int outstanding, double seconds) throws InterruptedException {
        return LoadHarness.asyncRound(outstanding, seconds, () -> client.createExportAsync(Fixtures.createExport()))
                .callsPerSecond();
    }
}
