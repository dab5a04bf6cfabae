package dev.clssdk.core.internal.jdk;

import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.HttpTransportSettings;
import dev.clssdk.core.http.TransportFailure;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import dev.clssdk.core.internal.exec.TickingWatchList;
import java.io.IOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;

/**
 * The core's exchanges on the JDK's own {@link HttpClient}: no third-party jar. What the JDK client
 * does not do by itself is done here:
 * <ul>
 *   <li>it has no read timeout once the headers have arrived: a body that stalls is ended here when
 *       no byte came for the read timeout ({@link ExchangeTimer});</li>
 *   <li>it tries HTTP/2 first (an {@code Upgrade: h2c} on plain HTTP): this transport speaks
 *       HTTP/1.1, as the API's endpoints and the proxies in front of them are tested with;</li>
 *   <li>its {@code timeout} covers only the wait for the headers: the call timeout is applied here
 *       to the whole exchange;</li>
 *   <li>it reads a body whole without a bound: the body is collected here up to the request's
 *       bound and the exchange cancelled beyond it.</li>
 * </ul>
 * Traps it leaves to the application, named in sdk/core/RUNTIME.md: Basic authentication for an
 * HTTPS proxy tunnel is refused by the JDK unless {@code jdk.http.auth.tunneling.disabledSchemes}
 * allows it (this transport says so when it is built), a {@code Host} other than the URL's needs
 * {@code jdk.httpclient.allowRestrictedHeaders=host}, and the connection pool is sized by the
 * {@code jdk.httpclient.*} system properties.
 */
public final class JdkHttpTransport implements HttpTransport {
    private static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_READ = Duration.ofSeconds(30);
    private static final Duration DEFAULT_CALL = Duration.ofSeconds(60);
    private static final String TUNNELING_DISABLED = "jdk.http.auth.tunneling.disabledSchemes";
    private static final String RESTRICTED_HEADERS = "jdk.httpclient.allowRestrictedHeaders";

    /**
     * The JDK's client, built on a thread of its own: building it (its selector thread, its classes) takes
     * about a sixth of a cold first call, and overlaps that way with the client builder's own work and the
     * first request's validation, writing and signing.
     */
    private final CompletableFuture<HttpClient> client;
    private final ExecutorService executor;
    private final ExchangeTimer timer;
    private final AsyncSlots asyncSlots;
    private final Duration readTimeout;
    private final Duration callTimeout;

    /**
     * @param settings the client builder's settings
     * @throws IllegalArgumentException for a setting the JDK's client cannot honour, naming it and the way out
     */
    public JdkHttpTransport(HttpTransportSettings settings) {
        if (settings.hostnameVerifier() != null) {
            throw new IllegalArgumentException("hostnameVerifier: the JDK's HTTP client verifies host names itself"
                    + " and takes no HostnameVerifier; put dev.clssdk:sdk-okhttp on the class path to use one");
        }
        if (settings.proxyUsername() != null && !settings.cleartextOnly() && basicTunnelingDisabled()) {
            throw new IllegalArgumentException("proxy(host, port, username, password): the JDK's HTTP client refuses"
                    + " Basic authentication for HTTPS proxy tunnels unless the JVM runs with -D" + TUNNELING_DISABLED
                    + "= (empty); set it, or put dev.clssdk:sdk-okhttp on the class path");
        }
        this.readTimeout = settings.readTimeout() == null ? DEFAULT_READ : settings.readTimeout();
        this.callTimeout = settings.callTimeout() == null ? DEFAULT_CALL : settings.callTimeout();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "sdk-core HttpClient " + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.timer = new ExchangeTimer();
        this.asyncSlots = new AsyncSlots(settings.maxConcurrentRequests());
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout() == null ? DEFAULT_CONNECT : settings.connectTimeout())
                // The client's internal stages run where they are (its selector thread): none of them blocks, and
                // a hop to another thread for each cost a third of a small call's time on loopback.
                .executor(Runnable::run);
        if (settings.proxyHost() != null) {
            http.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(settings.proxyHost(), settings.proxyPort())));
            if (settings.proxyUsername() != null) {
                http.authenticator(new ProxyAuthenticator(settings.proxyUsername(), settings.proxyPassword()));
            }
        }
        SSLContext tls = sslContext(settings);
        if (tls != null) {
            http.sslContext(tls);
        }
        this.client = new CompletableFuture<>();
        Thread building = new Thread(() -> {
            try {
                client.complete(http.build());
            } catch (RuntimeException | Error e) {
                client.completeExceptionally(e);
            }
        }, "sdk-core HttpClient build");
        building.setDaemon(true);
        building.start();
    }

    private static boolean basicTunnelingDisabled() {
        String disabled = System.getProperty(TUNNELING_DISABLED);
        if (disabled == null) {
            return true; // the JDK's net.properties disable Basic for tunnels
        }
        for (String scheme : disabled.split(",")) {
            if (scheme.trim().equalsIgnoreCase("Basic")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the JVM lets this client send a {@code Host} other than the URL's.
     *
     * @return {@code true} if {@code jdk.httpclient.allowRestrictedHeaders} names {@code host}
     */
    public static boolean allowsHostHeader() {
        String allowed = System.getProperty(RESTRICTED_HEADERS);
        if (allowed == null) {
            return false;
        }
        for (String name : allowed.split(",")) {
            if (name.trim().equalsIgnoreCase("host")) {
                return true;
            }
        }
        return false;
    }

    private static SSLContext sslContext(HttpTransportSettings settings) {
        if (settings.sslContext() != null) {
            return settings.sslContext();
        }
        if (settings.cleartextOnly() && settings.trustManager() == null) {
            return new NoTlsContext();
        }
        if (settings.trustManager() == null) {
            return null;
        }
        // The JDK takes an SSLContext, not a socket factory: the trust manager is what tls(factory, trustManager) chose.
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {settings.trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls: cannot make a TLS context with the trust manager ("
                    + e.getClass().getName() + ")", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Through the client's own {@code send}: its {@code sendAsync} hands every response to the common
     * fork-join pool before anyone sees it, which on a machine of one or two processors starts a thread
     * per exchange (half a millisecond per call on loopback). A timeout or an abort interrupts the
     * caller blocked in {@code send}, the way the client itself cancels an exchange.
     */
    @Override
    public TransportOutcome execute(TransportRequest request, ExchangeControl control) {
        HttpRequest http;
        try {
            http = request(request);
        } catch (IllegalArgumentException e) {
            return TransportFailure.clientFailed(false, e);
        }
        Duration read = request.readTimeout() == null ? readTimeout : request.readTimeout();
        Duration call = request.callTimeout() == null ? callTimeout : request.callTimeout();
        HttpClient jdk;
        try {
            jdk = client();
        } catch (RuntimeException e) {
            return TransportFailure.clientFailed(false, e); // the client could not be built: nothing was sent
        }
        BoundedBody body = new BoundedBody(request.maxResponseBytes());
        BlockedCaller caller = new BlockedCaller(Thread.currentThread(), body);
        ExchangeTimer.Watch watch = timer.watch(body, read, call, () -> caller.stop(timedOut(read, call)));
        control.onAbort(() -> caller.stop(TransportFailure.aborted(true)));
        try {
            if (!caller.enter()) {
                return caller.leave();
            }
            HttpResponse<BoundedBody.Read> response = jdk.send(http, body);
            TransportOutcome stopped = caller.leave();
            return stopped != null ? stopped : BoundedBody.outcome(response);
        } catch (InterruptedException e) {
            TransportOutcome stopped = caller.leave();
            if (stopped != null) {
                return stopped; // interrupted by the timeout or the abort, not by the caller's own code
            }
            Thread.currentThread().interrupt();
            return TransportFailure.aborted(true);
        } catch (IOException | RuntimeException e) {
            TransportOutcome stopped = caller.leave();
            return stopped != null ? stopped : failure(e);
        } finally {
            watch.stop();
        }
    }

    private static TransportFailure timedOut(Duration read, Duration call) {
        return TransportFailure.afterSend(true, "java.net.http.HttpTimeoutException: no response within the read"
                + " timeout (" + read.toMillis() + " ms) or the call timeout (" + call.toMillis() + " ms)", null);
    }

    /** {@inheritDoc} The calling thread waits in the client's {@code send}, which an interrupt ends. */
    @Override
    public boolean interruptible() {
        return true;
    }

    /**
     * {@inheritDoc}
     *
     * <p>An exchange waits for one of the {@code maxConcurrentRequests} slots, then runs as a blocking
     * one on a thread of the transport's pool (kept for reuse): the client's {@code sendAsync} would hand
     * every response to the common fork-join pool, a new thread per exchange on a machine of one or two
     * processors. Like OkHttp's dispatcher, so, a thread per exchange in flight; the caller's stages run
     * on it, not on the client's selector thread.
     */
    @Override
    public CompletableFuture<TransportOutcome> executeAsync(TransportRequest request, ExchangeControl control) {
        CompletableFuture<TransportOutcome> result = new CompletableFuture<>();
        control.onAbort(() -> result.complete(TransportFailure.aborted(true))); // also while it waits for a slot
        asyncSlots.run(() -> {
            if (result.isDone()) {
                return; // aborted while it waited for a slot
            }
            try {
                executor.execute(() -> result.complete(execute(request, control)));
            } catch (RejectedExecutionException e) {
                result.complete(TransportFailure.aborted(false)); // closed before it started
            }
        }, result);
        return result;
    }

    private static HttpRequest request(TransportRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri())
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        String authority = request.uri().getRawAuthority();
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("host") && header.getValue().equalsIgnoreCase(authority)) {
                continue; // the client sends the URL's Host itself and refuses it as a header
            }
            // Another Host needs jdk.httpclient.allowRestrictedHeaders=host, which the client was built
            // knowing (TransportChoice refuses it otherwise); without it the client's own refusal is a client failure.
            http.header(header.getKey(), header.getValue());
        }
        return http.build();
    }

    private static TransportOutcome failure(Throwable cause) {
        if (cause instanceof CancellationException) {
            return TransportFailure.aborted(true);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return TransportFailure.beforeSend(true, cause.toString(), cause);
        }
        if (isConnectFailure(cause)) {
            return TransportFailure.beforeSend(false, cause.toString(), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return TransportFailure.afterSend(true, cause.toString(), cause);
        }
        if (cause instanceof IOException && String.valueOf(cause.getMessage()).startsWith("too many authentication attempts")) {
            // The JDK's client answers a proxy's 407 with the credentials up to 3 times, then says only this.
            return TransportFailure.afterSend(false, "HTTP 407: the proxy refused the credentials (" + cause + ")", cause);
        }
        if (cause instanceof IOException) {
            return TransportFailure.afterSend(false, cause.toString(), cause);
        }
        return TransportFailure.clientFailed(true, cause);
    }

    /** A failure before any byte of the request left: the connection or the TLS handshake failed. */
    private static boolean isConnectFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException || t instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's client, once built; a failure to build it is thrown to the first caller. */
    private HttpClient client() {
        try {
            return client.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Override
    public void close() {
        timer.close();
        executor.shutdownNow();
        HttpClient client;
        try {
            client = client();
        } catch (RuntimeException e) {
            return; // never built: nothing to close
        }
        if ((Object) client instanceof AutoCloseable closeable) { // Java 21 and later
            try {
                closeable.close();
            } catch (Exception e) {
                // closing is best effort
            }
        } else {
            stopSelectorThread(client);
        }
    }

    /**
     * Before Java 21 the JDK's client cannot be closed: its selector thread, and every connection it
     * keeps alive, lives on until the client is collected (and then up to 3 s more). Interrupting that
     * thread is how the client itself shuts down (it closes its connections and ends). A JVM that exits
     * while the thread waits in the kernel also waits 300 ms more for it, which a command line tool's
     * every run would pay. The thread is found by the name the JDK gives it, from the id in the client's
     * {@code toString}; if either is not as expected nothing is done.
     */
    private static void stopSelectorThread(HttpClient client) {
        String description = client.toString(); // "jdk.internal.net.http.HttpClientImpl@1b2c3d(7)"
        int open = description.lastIndexOf('(');
        if (open < 0 || !description.endsWith(")")) {
            return;
        }
        String name = "HttpClient-" + description.substring(open + 1, description.length() - 1) + "-SelectorManager";
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (name.equals(threads[i].getName())) {
                threads[i].interrupt();
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[HTTP/1.1]";
    }

    /**
     * The thread blocked in the client's {@code send}. A timeout or an abort records why and
     * interrupts it while it is in {@code send} (never before or after); the interrupt it causes is
     * cleared when the thread leaves, so the caller's own thread is not left interrupted by the SDK.
     */
    static final class BlockedCaller {
        private final Thread thread;
        private final BoundedBody body;
        private boolean sending;
        private boolean left;
        private TransportOutcome stopped;

        BlockedCaller(Thread thread, BoundedBody body) {
            this.thread = thread;
            this.body = body;
        }

        /** @return {@code false} if stopped already, before anything was sent */
        synchronized boolean enter() {
            sending = stopped == null;
            return sending;
        }

        void stop(TransportOutcome why) {
            synchronized (this) {
                if (stopped != null || left) {
                    return;
                }
                stopped = why;
                if (sending) {
                    thread.interrupt();
                }
            }
            body.cancel();
        }

        /** @return why the exchange was stopped, or {@code null} if it was not */
        synchronized TransportOutcome leave() {
            if (sending && stopped != null) {
                Thread.interrupted(); // ours, if send returned before it noticed
            }
            sending = false;
            left = true;
            return stopped;
        }
    }

    /** At most so many asynchronous exchanges in flight; the others wait in order. */
    static final class AsyncSlots {
        private final int max;
        private final java.util.ArrayDeque<Runnable> waiting = new java.util.ArrayDeque<>();
        private int running;

        AsyncSlots(int max) {
            this.max = max;
        }

        /** Runs {@code start} now or when a slot frees; the slot is held until {@code done} completes. */
        void run(Runnable start, CompletableFuture<?> done) {
            // The slot is released when the exchange it started completes; one aborted while it waited
            // takes its slot when its turn comes and hands it on at once.
            Runnable holdingASlot = () -> {
                done.whenComplete((value, error) -> release());
                start.run();
            };
            synchronized (this) {
                if (running >= max) {
                    waiting.add(holdingASlot);
                    return;
                }
                running++;
            }
            holdingASlot.run();
        }

        private void release() {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running--;
                    return;
                }
            }
            next.run();
        }
    }

    /** Answers a proxy's request for credentials, and nobody else's. */
    private static final class ProxyAuthenticator extends Authenticator {
        private final String username;
        private final char[] password;

        ProxyAuthenticator(String username, String password) {
            this.username = username;
            this.password = password.toCharArray();
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication(username, password) : null;
        }
    }

    /**
     * Ends the exchanges that took too long: the call timeout from the start, and the read timeout
     * between the body's bytes. One ticking thread per transport looks at the exchanges in flight
     * ({@link TickingWatchList}); a timeout fires up to one tick late.
     */
    static final class ExchangeTimer {
        private static final Duration TICK = Duration.ofMillis(10);

        private final TickingWatchList<Watch> inFlight =
                new TickingWatchList<>("sdk-core HttpClient timeouts", TICK, Watch::check);

        /** A watch on one exchange. */
        final class Watch {
            private final BoundedBody body;
            private final long readNanos;
            private final long deadline;
            private final Runnable onTimeout;
            private volatile boolean stopped;

            Watch(BoundedBody body, Duration read, Duration call, Runnable onTimeout) {
                this.body = body;
                this.readNanos = saturated(read);
                this.deadline = System.nanoTime() + saturated(call);
                this.onTimeout = onTimeout;
            }

            private void check() {
                if (stopped) {
                    return;
                }
                long now = System.nanoTime();
                if (now - deadline >= 0 || now - (body.lastActivityNanos() + readNanos) >= 0) {
                    stop();
                    onTimeout.run();
                }
            }

            void stop() {
                stopped = true;
                inFlight.remove(this);
            }
        }

        Watch watch(BoundedBody body, Duration read, Duration call, Runnable onTimeout) {
            Watch watch = new Watch(body, read, call, onTimeout);
            inFlight.add(watch);
            return watch;
        }

        void close() {
            inFlight.stop();
        }

        private static long saturated(Duration duration) {
            try {
                return duration.toNanos();
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE / 2;
            }
        }
    }
}
