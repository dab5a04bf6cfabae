package dev.clssdk.stub.cls;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Plays COS for the stub's export tasks, on 127.0.0.1: a completed task's {@code CosPath} points
 * here ({@code GET /cos/<topic>/<file>?q-signature=<token>}) and gets the task's file, a real
 * {@code .tar.gz} of its format (or the file an {@link ExportFile.Source} chose, streamed as it is
 * read, so of any size), with {@code Range} requests answered 206. A wrong or missing token
 * is 403, an unknown task 404, as COS does. {@link #refuseNext} arms answers for the next requests
 * (for example 403, an expired address). Started by {@link ExportWorkflow#serveDownloads()}, stopped
 * with the stub.
 */
public final class ExportDownloadServer implements AutoCloseable {

    private static final Pattern PATH = Pattern.compile("/cos/[^/]+/([^/?]+)");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");
    private static final int COPY_BUFFER = 64 * 1024;

    /** Looks a file up by task and token: the file, or empty for a task that does not exist; null for a bad token. */
    private final BiFunction<String, String, Optional<ExportFile>> files;
    private final HttpServer server;
    private final String scheme;
    private final ExecutorService executor;
    private final Deque<Integer> refusals = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> requestsByExport = new ConcurrentHashMap<>();

    ExportDownloadServer(BiFunction<String, String, Optional<ExportFile>> files) throws IOException {
        this(files, null);
    }

    /** A server on HTTPS with this context's certificate, or on plain HTTP if {@code tls} is {@code null}. */
    ExportDownloadServer(BiFunction<String, String, Optional<ExportFile>> files, SSLContext tls) throws IOException {
        this.files = files;
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            this.server = HttpServer.create(address, 16);
        } else {
            HttpsServer secure = HttpsServer.create(address, 16);
            secure.setHttpsConfigurator(new HttpsConfigurator(tls));
            this.server = secure;
        }
        this.scheme = tls == null ? "http" : "https";
        // A range job downloads up to 20 slices at once; a download waiting for a thread would time out.
        this.executor = Executors.newFixedThreadPool(20, r -> {
            Thread t = new Thread(r, "stub-cos");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/cos/", this::serve);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>/}, or {@code https://} when it serves HTTPS. */
    public String url() {
        return scheme + "://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    /** Answers the next {@code times} downloads with {@code status} (and no file). */
    public ExportDownloadServer refuseNext(int status, int times) {
        synchronized (refusals) {
            for (int i = 0; i < times; i++) {
                refusals.addLast(status);
            }
        }
        return this;
    }

    /** Download requests served so far. */
    public int requestCount() {
        return requests.get();
    }

    /** Download requests so far for one task's file (refused ones included), by the {@code ExportId} in its path. */
    public int requestCount(String exportId) {
        AtomicInteger n = requestsByExport.get(exportId);
        return n == null ? 0 : n.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            Matcher named = PATH.matcher(exchange.getRequestURI().getRawPath());
            if (named.matches()) {
                requestsByExport.computeIfAbsent(named.group(1).replaceFirst("\\..*$", ""), k -> new AtomicInteger()).incrementAndGet();
            }
            Integer refusal;
            synchronized (refusals) {
                refusal = refusals.pollFirst();
            }
            if (refusal != null) {
                exchange.sendResponseHeaders(refusal, -1);
                return;
            }
            Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
            String query = exchange.getRequestURI().getRawQuery();
            String token = query != null && query.startsWith("q-signature=") ? query.substring("q-signature=".length()) : "";
            if (!exchange.getRequestMethod().equals("GET") || !path.matches()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String exportId = path.group(1).replaceFirst("\\..*$", "");
            Optional<ExportFile> file = files.apply(exportId, token);
            if (file == null) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            if (file.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            ExportFile served = file.get();
            long size = served.size();
            long from = 0;
            Matcher range = RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
            exchange.getResponseHeaders().set("Content-Type", "application/gzip");
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            if (range.matches()) {
                from = parseOffset(range.group(1));
                if (from >= size) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
                exchange.sendResponseHeaders(206, size - from);
            } else {
                // -1: no body; the server reads 0 as "chunked".
                exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            }
            // Copied as read: a file of any size is served in this buffer's memory.
            byte[] buffer = new byte[COPY_BUFFER];
            try (InputStream in = served.open(from); OutputStream out = exchange.getResponseBody()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            }
        }
    }

    /** A Range offset; one beyond any file's size (or beyond a long) is past its end. */
    private static long parseOffset(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
