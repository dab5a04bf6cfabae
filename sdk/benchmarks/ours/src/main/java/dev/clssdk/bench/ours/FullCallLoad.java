package dev.clssdk.bench.ours;

import dev.clssdk.bench.loopback.LoadHarness;
import dev.clssdk.bench.loopback.LoadOptions;
import dev.clssdk.bench.loopback.LoopbackServer;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.CreateExportResponse;

/**
 * Figure 3: CreateExport calls against the in-JVM loopback server, keep-alive, rate limiting off.
 * Each call builds (and so validates) its request, as an application would. Blocking calls from N
 * threads, or ({@code --async}) one thread keeping N {@code createExportAsync} calls in flight.
 *
 * <p>Arguments: see {@link LoadOptions}; default 1 and 16 blocking threads, 5 s warm-up, 3 rounds of 5 s,
 * no server latency.
 */
public final class FullCallLoad {
    private FullCallLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        try (LoopbackServer server = LoopbackServer.startWithLatency(options.latencyMillis());
                ClsClient client = client(server.url(), options)) {
            for (int threads : options.threads()) {
                if (options.async()) {
                    LoadHarness.runAsync(options.label("ours"), threads, options.warmup(), options.seconds(),
                            options.rounds(), () -> client.createExportAsync(Fixtures.createExport()).thenApply(
                                    FullCallLoad::check));
                } else {
                    LoadHarness.run(options.label("ours"), threads, options.warmup(), options.seconds(),
                            options.rounds(), () -> check(client.createExport(Fixtures.createExport())));
                }
            }
            System.out.println("server answered " + server.requests() + " requests on " + server.acceptedConnections()
                    + " connections; open at end: " + server.openConnections());
        }
    }

    private static ClsClient client(String url, LoadOptions options) {
        ClsClient.Builder builder = Fixtures.builder(url);
        return options.maxConcurrent() > 0 ? builder.maxConcurrentRequests(options.maxConcurrent()).build() : builder.build();
    }

    private static CreateExportResponse check(CreateExportResponse response) {
        if (response.exportId() == null) {
            throw new IllegalStateException("no ExportId");
        }
        return response;
    }
}
