package dev.clssdk.bench.official;

import com.tencentcloudapi.cls.v20201016.models.CreateExportResponse;
import dev.clssdk.bench.loopback.LoadHarness;
import dev.clssdk.bench.loopback.LoopbackServer;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 3 for the official SDK: blocking {@code ClsClient.CreateExport} calls against the same
 * in-JVM loopback server, reached as the client's HTTP proxy over plain HTTP (its endpoint, and so
 * its signed service name, stay {@code cls.tencentcloudapi.com}). Same arguments as ours:
 * {@code threads... [--warmup S] [--seconds S] [--rounds N]}.
 */
public final class FullCallLoad {
    private FullCallLoad() {
    }

    public static void main(String[] args) throws Exception {
        int[] threadCounts = {1, 16};
        double warmup = 5;
        double seconds = 5;
        int rounds = 3;
        List<Integer> threads = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> threads.add(Integer.parseInt(args[i]));
            }
        }
        if (!threads.isEmpty()) {
            threadCounts = threads.stream().mapToInt(Integer::intValue).toArray();
        }
        try (LoopbackServer server = LoopbackServer.start()) {
            Official.Exposed client = Official.client(server.port());
            for (int count : threadCounts) {
                LoadHarness.run("official", count, warmup, seconds, rounds, () -> {
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
