package dev.clssdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server that reads each request's head, then sends its answer's headers one byte
 * every {@code interval} ms and never finishes: a peer that keeps every per-read timeout happy and
 * still holds its client for ever. Closes every connection when closed.
 */
public final class TricklingServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final long intervalMillis;

    public TricklingServer(long intervalMillis) throws IOException {
        this.intervalMillis = intervalMillis;
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        Thread acceptor = new Thread(this::accept, "trickling-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread serving = new Thread(() -> serve(client), "trickling-server-conn");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                head.append((char) b);
            }
            byte[] start = "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; !client.isClosed(); i++) {
                out.write(i < start.length ? start[i] : 'a');
                out.flush();
                Thread.sleep(intervalMillis);
            }
        } catch (IOException e) {
            // the client gave up and closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(client);
        }
    }

    /** @return connections still open */
    public int openConnections() {
        return open.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : open) {
            client.close();
        }
    }
}
