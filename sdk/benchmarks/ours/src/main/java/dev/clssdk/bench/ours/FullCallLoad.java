package dev.clssdk.bench.ours;

import dev.clssdk.bench.loopback.LoadHarness;
import dev.clssdk.bench.loopback.LoopbackServer;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.ClsClient;

/**
 * Figure 3: blocking CreateExport calls against the in-JVM loopback server, keep-alive, rate
 * limiting off. Each call builds (and so validates) its request, as an application would.
 *
 * <p>Arguments: {@code threads... [--warmup S] [--seconds S] [--rounds N]}; default 1 and 16
 * threads, 5 s warm-up, 3 rounds of 5 s.
 */
public final class FullCallLoad {
    private FullCallLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try (LoopbackServer server = LoopbackServer.start(); ClsClient client = Fixtures.client(server.url())) {
            for (int threads : options.threads) {
                LoadHarness.run("ours", threads, options.warmup, options.seconds, options.rounds, () -> {
                    CreateExportRequest request = Fixtures.createExport();
                    CreateExportResponse response = client.createExport(request);
                    if (response.exportId() == null) {
                        throw new IllegalStateException("no ExportId");
                    }
                });
            }
            System.out.println("server answered " + server.requests() + " requests on " + server.acceptedConnections()
                    + " connections; open at end: " + server.openConnections());
        }
    }

    /** Command-line options shared by the load mains. */
    static final class Options {
        int[] threads = {1, 16};
        double warmup = 5;
        double seconds = 5;
        int rounds = 3;

        static Options parse(String[] args) {
            Options options = new Options();
            java.util.List<Integer> threads = new java.util.ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--warmup" -> options.warmup = Double.parseDouble(args[++i]);
                    case "--seconds" -> options.seconds = Double.parseDouble(args[++i]);
                    case "--rounds" -> options.rounds = Integer.parseInt(args[++i]);
                    default -> threads.add(Integer.parseInt(args[i]));
                }
            }
            if (!threads.isEmpty()) {
                options.threads = threads.stream().mapToInt(Integer::intValue).toArray();
            }
            return options;
        }
    }
}
