package dev.clssdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback HTTP/1.1 server that reads each request, answers 200 with the headers and the first
 * bytes of a body whose Content-Length promises more, then sends nothing: a stalled body.
 */
public final class StallingServer implements AutoCloseable {
    private final RawHttpServer server;

    public StallingServer() throws IOException {
        server = new RawHttpServer("stalling-server", StallingServer::stall);
    }

    public String url() {
        return server.url();
    }

    private static void stall(Socket client, String head, InputStream in, OutputStream out) throws IOException {
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf("content-length:");
        int length = at < 0 ? 0 : Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).trim());
        in.readNBytes(length);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Response\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        while (in.read() >= 0) {
            // stall until the client gives up and closes
        }
    }

    /** @return connections the server still holds open */
    public int openConnections() {
        return server.openConnections();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
