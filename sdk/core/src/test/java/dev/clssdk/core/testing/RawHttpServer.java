package dev.clssdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback server on raw sockets, for peers that misbehave as no HTTP server library lets one:
 * each connection gets a daemon thread, its request head is read, and {@link Exchange#answer} does the
 * rest (answer, stall, trickle, drop). Closing closes the listening socket and every open connection.
 */
public final class RawHttpServer implements AutoCloseable {
    /** What the server does with one request once its head is read. */
    @FunctionalInterface
    public interface Exchange {
        /**
         * @param client the connection
         * @param head the request head, up to and including the blank line
         * @param in the rest of the request
         * @param out the answer
         * @throws IOException when the client goes away
         * @throws InterruptedException when the server is closed while it waits
         */
        void answer(Socket client, String head, InputStream in, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket = new ServerSocket();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Exchange exchange;

    public RawHttpServer(String name, Exchange exchange) throws IOException {
        this.exchange = exchange;
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        Thread acceptor = new Thread(this::accept, name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** @return connections still open */
    public int openConnections() {
        return open.size();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread serving = new Thread(() -> serve(client), Thread.currentThread().getName() + "-conn");
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
            exchange.answer(client, head.toString(), in, out);
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(client);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : open) {
            client.close();
        }
    }
}
