package dev.clssdk.cls.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays COS on 127.0.0.1 over raw sockets, so each fault happens exactly where the test says: a file
 * served with Range support, and scripted answers for the next requests (drop the connection after
 * N body bytes, ignore the range, a status, a body longer or shorter than the file, a slow body, any
 * raw answer). It counts the connections still open, so a test can tell that the client closed
 * every response it was given (a leaked response keeps its connection open).
 */
final class FakeCos implements AutoCloseable {

    /** What to do with one request. */
    sealed interface Reply {}

    /** Serve the file honestly (with Range) but close the connection after {@code bytes} body bytes. */
    record DropAfter(int bytes) implements Reply {}

    /** Answer 200 with the whole file, whatever the Range. */
    record IgnoreRange() implements Reply {}

    /** Answer this status with an empty body. */
    record Status(int code) implements Reply {}

    /** Answer 200 with these bytes instead of the file (Content-Length theirs). */
    record Body(byte[] bytes) implements Reply {}

    /** Serve the file honestly (with Range), {@code chunkBytes} at a time with a pause between chunks. */
    record Slow(int chunkBytes, long pauseMillis) implements Reply {}

    /**
     * Answer exactly this status line, these header lines and these body bytes, then keep the
     * connection open until the client closes it: only a client that closes the response frees it.
     */
    record Raw(String statusLine, List<String> headers, byte[] body) implements Reply {
        Raw(String statusLine, String... headers) {
            this(statusLine, List.of(headers), new byte[0]);
        }

        @Override
        public String toString() {
            return statusLine + " " + headers + " (" + body.length + " body bytes)";
        }
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final ServerSocket server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-cos");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger openConnections = new AtomicInteger();
    private volatile byte[] file = new byte[0];
    private volatile Reply otherwise;
    private volatile boolean closed;

    FakeCos() throws IOException {
        server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        executor.execute(this::accept);
    }

    FakeCos file(byte[] bytes) {
        this.file = bytes;
        return this;
    }

    /** How to answer once the script is used up (default: the file, honestly). */
    FakeCos otherwise(Reply reply) {
        this.otherwise = reply;
        return this;
    }

    FakeCos then(Reply reply) {
        synchronized (script) {
            script.addLast(reply);
        }
        return this;
    }

    /** The file's address, with a pre-signed-looking query string the SDK must never show. */
    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/logset/topic/export.tar.gz?q-sign-algorithm=sha1&q-signature=SECRETSIGNATURE";
    }

    /** Whether every connection accepted has been closed (by either side) within {@code timeout}. */
    boolean awaitNoOpenConnections(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (openConnections.get() > 0) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Each request's request line and Range header. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                openConnections.incrementAndGet();
                executor.execute(() -> {
                    try {
                        serve(socket);
                    } finally {
                        openConnections.decrementAndGet();
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            if (requestLine == null) {
                return;
            }
            String range = null;
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                if (line.regionMatches(true, 0, "Range:", 0, 6)) {
                    range = line.substring(6).trim();
                }
            }
            requests.add(requestLine + (range == null ? "" : " Range: " + range));
            Reply reply;
            synchronized (script) {
                reply = script.pollFirst();
            }
            if (reply == null) {
                reply = otherwise;
            }
            OutputStream out = socket.getOutputStream();
            byte[] bytes = file;
            if (reply instanceof Status s) {
                write(out, s.code(), "", 0, new byte[0], 0, 0);
                return;
            }
            if (reply instanceof Body b) {
                write(out, 200, "", b.bytes().length, b.bytes(), 0, b.bytes().length);
                return;
            }
            if (reply instanceof Raw raw) {
                StringBuilder head = new StringBuilder(raw.statusLine()).append("\r\n");
                raw.headers().forEach(h -> head.append(h).append("\r\n"));
                out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(raw.body());
                out.flush();
                // Until the client closes: a response it leaks keeps this connection open (to the socket timeout).
                while (socket.getInputStream().read() >= 0) {
                    // whatever it sends, it is done with this answer
                }
                return;
            }
            int from = 0;
            Matcher m = RANGE.matcher(range == null ? "" : range);
            if (!(reply instanceof IgnoreRange) && m.matches()) {
                from = Integer.parseInt(m.group(1));
            }
            int status = from > 0 ? 206 : 200;
            String extra = from > 0 ? "Content-Range: bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length + "\r\n" : "";
            int length = bytes.length - from;
            int send = reply instanceof DropAfter d ? Math.min(d.bytes(), length) : length;
            if (reply instanceof Slow slow) {
                write(out, status, extra, length, bytes, from, 0);
                for (int at = from; at < bytes.length; at += slow.chunkBytes()) {
                    out.write(bytes, at, Math.min(slow.chunkBytes(), bytes.length - at));
                    out.flush();
                    sleep(slow.pauseMillis());
                }
                return;
            }
            write(out, status, extra, length, bytes, from, send);
            // returning closes the socket: with send < length, the client sees the body cut short
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void write(OutputStream out, int status, String extraHeaders, int contentLength, byte[] body, int off, int len)
            throws IOException {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Length: " + contentLength + "\r\nConnection: close\r\n"
                + "Accept-Ranges: bytes\r\n" + extraHeaders + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, off, len);
        out.flush();
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("FakeCos is closing");
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        executor.shutdownNow();
    }
}
