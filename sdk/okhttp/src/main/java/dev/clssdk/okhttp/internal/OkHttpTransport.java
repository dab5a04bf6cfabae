package dev.clssdk.okhttp.internal;

import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.HttpTransportSettings;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportFailure;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The core's exchanges on OkHttp (4.12 or 5.x; only API present in both is used). Its own client
 * keeps up to {@value #MAX_IDLE_CONNECTIONS} idle connections and runs asynchronous calls on daemon
 * threads; a client given by the application is derived from (its interceptors, pool and
 * dispatcher kept) and left open on {@link #close()}.
 */
public final class OkHttpTransport implements HttpTransport {
    /** Idle keep-alive connections kept by the transport's own connection pool. */
    public static final int MAX_IDLE_CONNECTIONS = 64;
    private static final int PREVIEW_BYTES = 200;

    private final OkHttpClient http;
    private final boolean ownsHttp;

    /**
     * @param settings the client builder's settings
     * @param supplied the application's client to derive from, or {@code null} for one of the transport's own
     */
    public OkHttpTransport(HttpTransportSettings settings, OkHttpClient supplied) {
        this.ownsHttp = supplied == null;
        // A builder, not new OkHttpClient().newBuilder(): that client would be built (and its TLS set up) for nothing.
        OkHttpClient.Builder http = ownsHttp ? new OkHttpClient.Builder() : supplied.newBuilder();
        if (ownsHttp) {
            // OkHttp's default pool keeps 5 idle connections and evicts the rest as soon as they are
            // released, so more than 5 concurrent callers reconnect continually (seen in the benchmarks:
            // 2,196 connections for 16 threads in 45 s). Keeping as many idle as calls may be in flight (64) removes that churn.
            http.connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES));
            http.dispatcher(dispatcher(settings.maxConcurrentRequests()));
        }
        boolean proxyAuthenticates = settings.proxyUsername() != null
                || (supplied != null && supplied.proxyAuthenticator() != Authenticator.NONE);
        http.retryOnConnectionFailure(false) // retries are decided by the core, knowing which actions are idempotent
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new ExchangeTimeouts())
                .addNetworkInterceptor(new ConnectedInterceptor(proxyAuthenticates));
        // First of all, so that it also covers the interceptors of a supplied client.
        http.interceptors().add(0, new UncheckedFailureInterceptor());
        if (ownsHttp || settings.connectTimeout() != null) {
            http.connectTimeout(orDefault(settings.connectTimeout(), Duration.ofSeconds(10)));
        }
        if (ownsHttp || settings.readTimeout() != null) {
            http.readTimeout(orDefault(settings.readTimeout(), Duration.ofSeconds(30)));
            http.writeTimeout(orDefault(settings.readTimeout(), Duration.ofSeconds(30)));
        }
        if (ownsHttp || settings.callTimeout() != null) {
            http.callTimeout(orDefault(settings.callTimeout(), Duration.ofSeconds(60)));
        }
        if (settings.proxyHost() != null) {
            http.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(settings.proxyHost(),
                    settings.proxyPort())));
            if (settings.proxyUsername() != null) {
                http.proxyAuthenticator(basic(okhttp3.Credentials.basic(settings.proxyUsername(),
                        settings.proxyPassword())));
            }
        }
        if (settings.sslSocketFactory() != null) {
            http.sslSocketFactory(settings.sslSocketFactory(), settings.trustManager());
        }
        if (settings.hostnameVerifier() != null) {
            http.hostnameVerifier(settings.hostnameVerifier());
        }
        if (ownsHttp && settings.cleartextOnly()) {
            // A plain-http endpoint (a test server, a local proxy) never speaks TLS: redirects are not
            // followed and the base URL is fixed. Without a TLS connection spec OkHttp does not load the
            // platform's trust store and SSL context when the client is built (a quarter of a cold start).
            http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.http = http.build();
    }

    /**
     * OkHttp's dispatcher as OkHttp builds it, but with daemon threads (OkHttp's are not: a program
     * that made one async call and never closed its client exited only when the idle thread timed
     * out, 60 s later) and the concurrency limit of the builder (OkHttp's is 5 per host).
     */
    private static Dispatcher dispatcher(int maxConcurrentRequests) {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "sdk OkHttp Dispatcher " + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), factory));
        dispatcher.setMaxRequests(maxConcurrentRequests);
        dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
        return dispatcher;
    }

    /** Answers a proxy's 407 once with the credentials; a second 407 means they were refused. */
    private static Authenticator basic(String header) {
        return (route, response) -> {
            if (response.request().header("Proxy-Authorization") != null) {
                return null;
            }
            return response.request().newBuilder().header("Proxy-Authorization", header).build();
        };
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }

    /**
     * The OkHttp client the exchanges run on.
     *
     * @return the client
     */
    public OkHttpClient client() {
        return http;
    }

    @Override
    public TransportOutcome execute(TransportRequest request, ExchangeControl control) {
        Exchange exchange = new Exchange(request);
        Call call;
        try {
            call = newCall(request, exchange, control);
        } catch (RuntimeException e) {
            return TransportFailure.clientFailed(false, e);
        }
        try (Response response = call.execute()) {
            return read(response, exchange);
        } catch (Exception e) {
            // Exception, not IOException: OkHttp's connect phase rethrows an InterruptedException
            // undeclared (Kotlin), which would otherwise escape untyped.
            return failure(e, exchange, control);
        }
    }

    @Override
    public CompletableFuture<TransportOutcome> executeAsync(TransportRequest request, ExchangeControl control) {
        CompletableFuture<TransportOutcome> result = new CompletableFuture<>();
        Exchange exchange = new Exchange(request);
        Call call;
        try {
            call = newCall(request, exchange, control);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(TransportFailure.clientFailed(false, e));
        }
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) {
                TransportOutcome outcome;
                try (response) {
                    outcome = read(response, exchange);
                } catch (Exception e) {
                    outcome = failure(e, exchange, control);
                }
                result.complete(outcome);
            }

            @Override
            public void onFailure(Call call, IOException e) {
                result.complete(failure(e, exchange, control));
            }
        });
        return result;
    }

    private Call newCall(TransportRequest request, Exchange exchange, ExchangeControl control) {
        Request.Builder builder = new Request.Builder().url(HttpUrl.get(request.uri()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        Call call = http.newCall(builder.post(new ExchangeBody(request.body(), exchange)).build());
        if (request.callTimeout() != null) {
            call.timeout().timeout(request.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
        control.onAbort(() -> {
            call.cancel();
            exchange.abortConnection(); // cancelling does not reach a body being read outside OkHttp's chain
        });
        return call;
    }

    /**
     * Reads the whole body within the bound. A failed read closes the socket before the body:
     * closing a body whose read failed makes OkHttp drain the rest of it (to keep the connection), a
     * second blocking read whose timeout OkHttp has already detached after the failure.
     */
    private static TransportOutcome read(Response response, Exchange exchange) throws IOException {
        ResponseBody body = response.body();
        MediaType mediaType = body.contentType();
        String contentType = mediaType == null ? null : mediaType.toString();
        long max = exchange.request.maxResponseBytes();
        if (body.contentLength() > max) {
            exchange.abortConnection();
            return TransportFailure.bodyTooLarge(response.code(), contentType, new byte[0],
                    "Content-Length " + body.contentLength() + ", over " + max + " bytes");
        }
        BufferedSource source = body.source();
        try {
            if (source.request(max + 1)) {
                byte[] head = source.getBuffer().snapshot((int) Math.min(PREVIEW_BYTES, source.getBuffer().size()))
                        .toByteArray();
                exchange.abortConnection();
                return TransportFailure.bodyTooLarge(response.code(), contentType, head, "over " + max + " bytes");
            }
        } catch (IOException e) {
            exchange.abortConnection();
            throw new RequestSentIOException(e);
        }
        return new TransportResponse(response.code(), headers(response.headers()), source.getBuffer().readByteArray());
    }

    private static List<Map.Entry<String, String>> headers(Headers headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            list.add(Map.entry(headers.name(i), headers.value(i)));
        }
        return list;
    }

    private static TransportOutcome failure(Exception thrown, Exchange exchange, ExchangeControl control) {
        if (exchange.challenge != null && !control.isAborted()) {
            return exchange.challenge;
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UncheckedFailureInterceptor.UncheckedFailure unchecked) {
                return TransportFailure.clientFailed(unchecked.connected, unchecked.getCause());
            }
        }
        boolean sent = exchange.connected;
        boolean timeout = false;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            sent |= t instanceof RequestSentIOException;
            timeout |= t instanceof SocketTimeoutException
                    || (t instanceof InterruptedIOException && "timeout".equals(t.getMessage()));
        }
        if (control.isAborted() || thrown instanceof InterruptedException) {
            if (thrown instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return TransportFailure.aborted(sent);
        }
        if (!(thrown instanceof IOException)) {
            return TransportFailure.clientFailed(sent, thrown);
        }
        Throwable root = thrown instanceof RequestSentIOException && thrown.getCause() != null ? thrown.getCause() : thrown;
        return sent ? TransportFailure.afterSend(timeout, root.toString(), thrown)
                : TransportFailure.beforeSend(timeout, root.toString(), thrown);
    }

    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "OkHttpTransport[" + (ownsHttp ? "own client" : "derived from the application's client") + "]";
    }

    /** One exchange's state, shared by its interceptors through its request body. */
    static final class Exchange {
        final TransportRequest request;
        volatile boolean connected;
        /** A {@code 407} OkHttp would not return as a response, read for the core. */
        volatile TransportOutcome challenge;
        private volatile java.io.Closeable socket;

        Exchange(TransportRequest request) {
            this.request = request;
        }

        void connected(java.io.Closeable socket) {
            this.socket = socket;
            this.connected = true;
        }

        /** Keeps a {@code 407} response (its body within the bound) and closes it. */
        void unansweredChallenge(Response response) throws IOException {
            try (response) {
                challenge = read(response, this);
            }
        }

        void abortConnection() {
            java.io.Closeable open = socket;
            if (open != null) {
                try {
                    open.close();
                } catch (IOException | RuntimeException e) {
                    // closing is all that was wanted
                }
            }
        }
    }
}
