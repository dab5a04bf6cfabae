package dev.clssdk.bench.ours;

import dev.clssdk.bench.loopback.ColdStart;
import dev.clssdk.cls.ClsClient;

/**
 * Figure 6: a fresh JVM builds a client and completes one CreateExport call against a loopback
 * server already running in another process ({@code LoopbackServer} main), then exits.
 *
 * <p>Argument: the server's port.
 */
public final class ColdStartMain {
    private ColdStartMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:" + args[0];
        ColdStart.measure("ours", () -> {
            try (ClsClient client = Fixtures.client(url)) {
                client.createExport(Fixtures.createExport());
            }
        });
    }
}
