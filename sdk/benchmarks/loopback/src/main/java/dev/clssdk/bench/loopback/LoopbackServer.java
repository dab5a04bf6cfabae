package dev.clssdk.bench.loopback;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers every request at once with the same
 * pre-encoded {@code 200} envelope, keeping connections alive. One blocking thread per
 * connection, no parsing beyond the request head and {@code Content-Length}: it is built not to
 * be the bottleneck of a client benchmark (the JDK's {@code HttpServer} allocates per exchange
 * and dispatches through an executor). Accepts origin-form ({@code POST /}) and absolute-form
 * ({@code POST http://host/}, what a client sends to an HTTP proxy) request lines alike, so the
 * official SDK can reach it as its proxy without changing its endpoint.
 */
public final class LoopbackServer implements Closeable {
    /** A CreateExport success envelope, what the server answers by default. */
    public static final String SUCCESS_BODY = "{\"Response\":{\"ExportId\":\"e5f6a1b2-0c3d-4e5f-8a9b-0c1d2e3f4a5b\","
            + "\"RequestId\":\"6ef60bec-0242-43af-bb20-270359fb54a7\"}}";

    /** A CreateExport error envelope (throttled export), for the parsing benchmarks. */
    public static final String ERROR_BODY = "{\"Response\":{\"Error\":{\"Code\":\"LimitExceeded.Export\","
            + "\"Message\":\"export task count exceeds the limit\"},"
            + "\"RequestId\":\"6ef60bec-0242-43af-bb20-270359fb54a7\"}}";

    private final ServerSocket socket;
    private final byte[] answer;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final LongAdder requests = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private volatile boolean closed;
    /** Server latency added before each answer (think time of a real API), 0 for none. */
    private final long latencyMillis;

    private LoopbackServer(int port, String body, long latencyMillis) throws IOException {
        this.latencyMillis = latencyMillis;
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bodyBytes.length
                + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        answer = new byte[head.length + bodyBytes.length];
        System.arraycopy(head, 0, answer, 0, head.length);
        System.arraycopy(bodyBytes, 0, answer, head.length, bodyBytes.length);
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        acceptor = new Thread(this::acceptLoop, "loopback-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a server on a free port answering {@link #SUCCESS_BODY}.
     *
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static LoopbackServer start() throws IOException {
        return start(0, SUCCESS_BODY);
    }

    /**
     * Starts a server.
     *
     * @param port the port, 0 for any free one
     * @param body the JSON body of every answer
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static LoopbackServer start(int port, String body) throws IOException {
        return new LoopbackServer(port, body, 0);
    }

    /**
     * Starts a server answering {@link #SUCCESS_BODY} after a fixed latency per request.
     *
     * @param latencyMillis how long each request waits before its answer
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static LoopbackServer startWithLatency(long latencyMillis) throws IOException {
        return new LoopbackServer(0, SUCCESS_BODY, latencyMillis);
    }

    /** @return the bound port */
    public int port() {
        return socket.getLocalPort();
    }

    /** @return {@code http://127.0.0.1:PORT} */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** @return how many requests were answered */
    public long requests() {
        return requests.sum();
    }

    /** @return how many connections were accepted in all (many more than client threads means churn) */
    public long acceptedConnections() {
        return accepted.sum();
    }

    /** @return how many connections are open now */
    public int openConnections() {
        return open.size();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                open.add(client);
                accepted.increment();
                Thread worker = new Thread(() -> serve(client), "loopback-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("loopback accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket client) {
        byte[] buffer = new byte[16 * 1024];
        int start = 0;
        int end = 0;
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            while (true) {
                int headEnd;
                while ((headEnd = headEnd(buffer, start, end)) < 0) {
                    if (end == buffer.length) {
                        if (start == 0) {
                            throw new IOException("request head over " + buffer.length + " bytes");
                        }
                        System.arraycopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    int read = in.read(buffer, end, buffer.length - end);
                    if (read < 0) {
                        return;
                    }
                    end += read;
                }
                long remaining = contentLength(buffer, start, headEnd);
                start = headEnd;
                long buffered = Math.min(remaining, end - start);
                start += (int) buffered;
                remaining -= buffered;
                while (remaining > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                    if (read < 0) {
                        return;
                    }
                    remaining -= read;
                    start = end = 0;
                }
                if (start == end) {
                    start = end = 0;
                }
                if (latencyMillis > 0) {
                    Thread.sleep(latencyMillis);
                }
                out.write(answer);
                out.flush();
                requests.increment();
            }
        } catch (SocketException e) {
            // the client closed the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            if (!closed) {
                System.err.println("loopback connection failed: " + e);
            }
        } finally {
            open.remove(client);
        }
    }

    /** The index just past {@code \r\n\r\n}, or -1. */
    private static int headEnd(byte[] b, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    /** The value of the {@code Content-Length} header in the head, 0 without one. */
    private static long contentLength(byte[] b, int from, int to) {
        byte[] name = "content-length:".getBytes(StandardCharsets.US_ASCII);
        for (int line = from; line < to; ) {
            int next = line;
            while (next < to && b[next] != '\n') {
                next++;
            }
            if (next - line > name.length && regionMatchesIgnoreCase(b, line, name)) {
                long value = 0;
                for (int i = line + name.length; i < next; i++) {
                    if (b[i] >= '0' && b[i] <= '9') {
                        value = value * 10 + (b[i] - '0');
                    }
                }
                return value;
            }
            line = next + 1;
        }
        return 0;
    }

    private static boolean regionMatchesIgnoreCase(byte[] b, int at, byte[] lowerName) {
        for (int i = 0; i < lowerName.length; i++) {
            int c = b[at + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerName[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        for (Socket client : open) {
            client.close();
        }
    }

    /**
     * Runs a server until killed, printing its port: for measuring a client in another process.
     *
     * @param args {@code [port]}
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        LoopbackServer server = start(port, SUCCESS_BODY);
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
