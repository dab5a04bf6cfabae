package dev.clssdk.stub;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A minimal HTTP/1.1 server (on the loopback interface unless told otherwise): persistent connections, Content-Length
 * and chunked request bodies, Content-Length answers, and request targets in origin form
 * ({@code POST /}) or absolute form ({@code POST http://cls.tencentcloudapi.com/}, what a client
 * sends to an HTTP proxy), so that a client whose endpoint cannot be changed can reach the stub
 * by using it as its proxy. {@code CONNECT} (HTTPS through a proxy) opens a tunnel that ends here,
 * in TLS, when the server has a tunnel context; without one it is refused with {@code 501} and the
 * connection closed, as a proxy that does not tunnel answers. HTTPS listeners take a TLS context. Written by hand rather than taken from a
 * test-server library so that every fault (a connection dropped before or after the request is
 * read, a truncated answer) happens exactly where the stub says it does.
 */
final class LoopbackHttpServer implements Closeable {

    /** The API's limit on a request body, plus one byte to tell "at the limit" from "over it". */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int IDLE_TIMEOUT_MILLIS = 30_000;
    private static final byte[] CONNECT_REFUSED = ("This contract stub does not tunnel (CONNECT): use it as a plain-HTTP"
            + " proxy (http:// requests in absolute form) or call it directly as the endpoint.\n")
            .getBytes(StandardCharsets.UTF_8);

    /** What the server does with the requests it reads. */
    interface Handler {

        /** Answers a request the server read; it is processed (unless a fault that does not process it was taken). */
        StubAnswer answer(StubRequest request);

        /**
         * The fault for a request that has been read, when none was armed on the listener: one
         * armed on the service the request is for. {@code null} for none.
         */
        default Fault faultFor(StubRequest request) {
            return null;
        }

        /** A request a fault answered without processing it: recorded, not answered. */
        void unprocessed(StubRequest request);
    }

    private final Handler handler;
    private final Supplier<Fault> faults;
    private final ServerSocket serverSocket;
    private final SSLContext tunnel;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private volatile boolean closed;

    /** A plain-HTTP server on 127.0.0.1, on an ephemeral port, serving at once. */
    LoopbackHttpServer(Handler handler, Supplier<Fault> faults) throws IOException {
        this(InetAddress.getLoopbackAddress(), 0, null, null, handler, faults);
        start();
    }

    /**
     * A server bound to {@code address:port} (0: an ephemeral port), serving once {@link #start()} is called.
     *
     * @param tls    serves HTTPS with this context, or plain HTTP if {@code null}
     * @param tunnel answers {@code CONNECT} by opening a tunnel that ends here, in TLS with this
     *               context (the client's TLS session is with the stub, which then serves the
     *               requests that arrive through it); {@code null} refuses {@code CONNECT}
     */
    LoopbackHttpServer(InetAddress address, int port, SSLContext tls, SSLContext tunnel,
            Handler handler, Supplier<Fault> faults) throws IOException {
        this.handler = handler;
        this.faults = faults;
        this.tunnel = tunnel;
        this.serverSocket = tls == null ? new ServerSocket(port, 50, address)
                : tls.getServerSocketFactory().createServerSocket(port, 50, address);
        AtomicInteger threadNumber = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "contract-stub-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts accepting connections. */
    void start() {
        workers.execute(this::acceptLoop);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    String hostAddress() {
        return serverSocket.getInetAddress().getHostAddress();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                openSockets.add(socket);
                workers.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!closed) {
                    // A failed accept is not fatal; the next one may succeed.
                    continue;
                }
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (!closed && serveOne(socket, in, out)) {
                // keep the connection for the next request
            }
        } catch (IOException | RuntimeException e) {
            // The peer went away, timed out or sent garbage: nothing to answer.
        } finally {
            openSockets.remove(socket);
        }
    }

    /** Serves one request; returns whether the connection stays open. */
    private boolean serveOne(Socket socket, InputStream in, OutputStream out) throws IOException {
        in.mark(1);
        if (in.read() < 0) {
            return false;
        }
        in.reset();
        Fault fault = isAdminRequest(in) ? null : faults.get();
        if (fault instanceof Fault.DropConnection drop && !drop.afterRequestRead()) {
            abort(socket);
            return false;
        }
        StubRequest request = readRequest(in);
        if (request == null) {
            writeAnswer(out, new StubAnswer(400, "text/plain", "bad request".getBytes(StandardCharsets.US_ASCII)), true);
            return false;
        }
        if (request.method().equals("CONNECT") && tunnel != null && !(socket instanceof SSLSocket)) {
            String head = "HTTP/1.1 200 Connection established\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String authority = request.target();
            int colon = authority.lastIndexOf(':');
            SSLSocket tls = (SSLSocket) tunnel.getSocketFactory().createSocket(socket,
                    colon < 0 ? authority : authority.substring(0, colon), socket.getPort(), true);
            tls.setUseClientMode(false);
            openSockets.add(tls);
            try {
                tls.startHandshake();
                InputStream tlsIn = new BufferedInputStream(tls.getInputStream());
                OutputStream tlsOut = tls.getOutputStream();
                while (!closed && serveOne(tls, tlsIn, tlsOut)) {
                    // keep the tunnel for the next request
                }
            } finally {
                openSockets.remove(tls);
                tls.close();
            }
            return false;
        }
        if (request.method().equals("CONNECT")) {
            // A client using the stub as its HTTPS proxy: without a tunnel to offer, refuse the way a
            // proxy does (a non-2xx status to the CONNECT), which the client reports as a failed tunnel.
            writeAnswer(out, new StubAnswer(501, "text/plain; charset=utf-8", CONNECT_REFUSED), true);
            return false;
        }
        boolean closeAfter = request.header("Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false);
        if (fault == null && !isAdminTarget(request.target())) {
            fault = handler.faultFor(request);
        }
        if (fault instanceof Fault.DropConnection drop && !drop.afterRequestRead()) {
            // Armed on a service, so taken once the request was read and its service known: closed
            // before the request is processed, which is what the client can tell apart.
            handler.unprocessed(request);
            abort(socket);
            return false;
        }
        if (fault instanceof Fault.RawAnswer raw) {
            handler.unprocessed(request);
            writeAnswer(out, new StubAnswer(raw.status(), raw.contentType(), raw.body()), closeAfter);
            return !closeAfter;
        }
        StubAnswer answer = handler.answer(request);
        if (fault instanceof Fault.DropConnection) {
            abort(socket);
            return false;
        }
        if (fault instanceof Fault.SlowResponse slow) {
            try {
                Thread.sleep(slow.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stub closed while delaying an answer");
            }
        }
        if (fault instanceof Fault.TruncatedJson) {
            byte[] body = answer.body();
            answer = new StubAnswer(answer.status(), answer.contentType(), Arrays.copyOf(body, body.length / 2));
        }
        writeAnswer(out, answer, closeAfter);
        return !closeAfter;
    }

    /** Whether the request about to be read is for the admin API ({@link StubAdmin#PREFIX}), read ahead and put back. */
    private static boolean isAdminRequest(InputStream in) throws IOException {
        int limit = 8192;
        in.mark(limit);
        StringBuilder line = new StringBuilder();
        try {
            for (int i = 0; i < limit; i++) {
                int b = in.read();
                if (b < 0 || b == '\n') {
                    break;
                }
                line.append((char) b);
            }
        } finally {
            in.reset();
        }
        String[] parts = line.toString().split(" ");
        if (parts.length < 2) {
            return false;
        }
        return isAdminTarget(parts[1]);
    }

    /** Whether a request target (origin or absolute form) is on the admin API's path. */
    private static boolean isAdminTarget(String target) {
        if (isAbsoluteForm(target)) {
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        return target.startsWith(StubAdmin.PREFIX);
    }

    private static void abort(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    /** Reads a request, or returns {@code null} if it is not well-formed HTTP/1.1. */
    private static StubRequest readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int headerBytes = 0;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            headerBytes += line.length();
            int colon = line.indexOf(':');
            if (colon <= 0 || headerBytes > MAX_HEADER_BYTES) {
                return null;
            }
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        String target = parts[1];
        if (isAbsoluteForm(target)) {
            // A client that talks to the stub as its HTTP proxy sends "POST http://host/ HTTP/1.1". RFC 9112
            // (3.2.2) has a server accept this form and take the host from the target, not from Host.
            URI uri;
            try {
                uri = new URI(target);
            } catch (URISyntaxException e) {
                return null;
            }
            if (uri.getRawAuthority() == null) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            headers.put("host", List.of(uri.getRawAuthority()));
        }
        byte[] body;
        List<String> transferEncoding = headers.getOrDefault("transfer-encoding", List.of());
        if (transferEncoding.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
            body = readChunked(in);
        } else {
            List<String> lengths = headers.getOrDefault("content-length", List.of("0"));
            long length;
            try {
                length = Long.parseLong(lengths.get(0));
            } catch (NumberFormatException e) {
                return null;
            }
            if (length < 0 || length > MAX_BODY_BYTES + 1L) {
                return null;
            }
            body = in.readNBytes((int) length);
            if (body.length != length) {
                throw new EOFException("request body ended early");
            }
        }
        return new StubRequest(parts[0], target, headers, body);
    }

    private static boolean isAbsoluteForm(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // skip trailers
                }
                return body.toByteArray();
            }
            if (body.size() + (long) size > MAX_BODY_BYTES + 1L) {
                throw new IOException("chunked body too large");
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("chunk ended early");
            }
            body.write(chunk);
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed mid-request");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("line too long");
            }
            line.append((char) b);
        }
    }

    private static void writeAnswer(OutputStream out, StubAnswer answer, boolean close) throws IOException {
        byte[] body = answer.body();
        String head = "HTTP/1.1 " + answer.status() + " " + reason(answer.status()) + "\r\n"
                + "Content-Type: " + answer.contentType() + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (close ? "Connection: close\r\n" : "")
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }

    /** Connections currently open. */
    int openConnections() {
        return openSockets.size();
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : openSockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
