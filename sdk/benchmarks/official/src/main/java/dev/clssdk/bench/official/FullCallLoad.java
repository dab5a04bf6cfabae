package dev.clssdk.bench.official;

import com.tencentcloudapi.cls.v20201016.models.CreateExportResponse;
import dev.clssdk.bench.loopback.LoadHarness;
import dev.clssdk.bench.loopback.LoadOptions;
import dev.clssdk.bench.loopback.LoopbackServer;

/**
 * Figure 3 for the official SDK: blocking {@code ClsClient.CreateExport} calls against the same
 * in-JVM loopback server, reached as the client's HTTP proxy over plain HTTP (its endpoint, and so
 * its signed service name, stay {@code cls.tencentcloudapi.com}). Same arguments as ours (see
 * {@link LoadOptions}) except {@code --async} and {@code --max-concurrent}: the official SDK has no
 * asynchronous calls, so it is the blocking peer of our async figures at the same concurrency.
 */
public final class FullCallLoad {
    private FullCallLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        if (options.async() || options.maxConcurrent() > 0) {
            System.err.println("the official SDK has no asynchronous calls: run it without --async and --max-concurrent");
            System.exit(2);
        }
        try (LoopbackServer server = LoopbackServer.startWithLatency(options.latencyMillis())) {
            Official.Exposed client = Official.client(server.port());
            for (int threads : options.threads()) {
                LoadHarness.run(options.label("official"), threads, options.warmup(), options.seconds(),
                        options.rounds(), () -> {
                            CreateExportResponse response = client.CreateExport(Official.createExport());
                            if (response.getExportId() == null) {
                                throw new IllegalStateException("no ExportId");
                            }
                        });
            }
            System.out.println("server answered " + server.requests() + " requests on " + server.acceptedConnections()
                    + " connections; open at end: " + server.openConnections());
        }
    }
}
