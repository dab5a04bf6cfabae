package dev.clssdk.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A loopback HTTP server that reads each request's head, then sends its answer's headers one byte
 * every {@code interval} ms and never finishes: a peer that keeps every per-read timeout happy and
 * still holds its client for ever. Closes every connection when closed.
 */
public final class TricklingServer implements AutoCloseable {
    private static final byte[] START = "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);

    private final RawHttpServer server;

    public TricklingServer(long intervalMillis) throws IOException {
        server = new RawHttpServer("trickling-server", (client, head, in, out) -> {
            for (int i = 0; !client.isClosed(); i++) {
                out.write(i < START.length ? START[i] : 'a');
                out.flush();
                Thread.sleep(intervalMillis);
            }
        });
    }

    public String url() {
        return server.url();
    }

    /** @return connections still open */
    public int openConnections() {
        return server.openConnections();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
