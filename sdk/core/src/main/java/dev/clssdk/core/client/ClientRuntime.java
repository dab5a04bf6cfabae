package dev.clssdk.core.client;

import dev.clssdk.core.Operation;
import dev.clssdk.core.Paginator;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.Sleeper;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.internal.Settings;
import dev.clssdk.core.internal.exec.CallExecutor;
import dev.clssdk.core.internal.exec.WaiterEngine;
import dev.clssdk.core.internal.http.ActionCalls;
import dev.clssdk.core.internal.http.ClockSkew;
import dev.clssdk.core.internal.http.EnvelopeParser;
import dev.clssdk.core.internal.http.LoggingInterceptor;
import dev.clssdk.core.internal.http.Redactor;
import dev.clssdk.core.internal.http.RequestOptionsInterceptor;
import dev.clssdk.core.internal.http.RequestSentInterceptor;
import dev.clssdk.core.internal.http.ResponseGuardInterceptor;
import dev.clssdk.core.internal.http.SigningInterceptor;
import dev.clssdk.core.internal.http.UncheckedFailureInterceptor;
import dev.clssdk.core.internal.retry.ActionRateLimiters;
import dev.clssdk.core.internal.retry.TimeSource;
import dev.clssdk.core.signing.Tc3Signer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The engine behind one generated client: signing, the envelope, typed errors, retries, rate
 * limits, waiters and paginators, for whichever service its {@link ServiceMetadata} describes.
 * Generated clients hold one and delegate every call to it; application code does not need it.
 *
 * <p>Thread-safe. {@link #close()} releases the connections and threads it created (not those of
 * a caller-supplied {@link OkHttpClient}).
 */
public final class ClientRuntime implements AutoCloseable {
    /** Idle keep-alive connections kept by a client's own connection pool. */
    static final int MAX_IDLE_CONNECTIONS = 32;

    private final ServiceMetadata service;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final CallExecutor executor;
    private final WaiterEngine waiters;
    private final TimeSource time;
    private final HttpUrl endpoint;
    private final String region;

    ClientRuntime(ServiceMetadata service, SdkClientBuilder<?, ?> builder) {
        this.service = service;
        this.time = builder.clock == null && builder.sleeper == null ? TimeSource.system()
                : TimeSource.of(builder.clock == null ? Clock.systemUTC() : builder.clock,
                        builder.sleeper == null ? Sleeper.SYSTEM : builder.sleeper);
        this.endpoint = endpointUrl(service, builder);
        this.region = builder.region;
        ClockSkew skew = new ClockSkew();
        Redactor redactor = new Redactor(service.sensitiveFields(), Transport.secrets(builder));
        EnvelopeParser parser = new EnvelopeParser(redactor, service); // its mapper only if a type needs it
        CredentialsProvider credentials =
                builder.credentials == null ? CredentialsProvider.defaultChain() : builder.credentials;

        this.ownsHttp = builder.okHttpClient == null;
        // A builder, not new OkHttpClient().newBuilder(): that client would be built (and its TLS set up) for nothing.
        OkHttpClient.Builder http = ownsHttp ? new OkHttpClient.Builder() : builder.okHttpClient.newBuilder();
        if (ownsHttp) {
            // OkHttp's default pool keeps 5 idle connections and evicts the rest as soon as they are
            // released, so more than 5 concurrent callers reconnect continually (seen in the benchmarks:
            // 2,196 connections for 16 threads in 45 s). Keeping up to 32 idle removes that churn.
            http.connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES));
            http.dispatcher(dispatcher(builder.maxConcurrentRequests));
        }
        http
                .retryOnConnectionFailure(false) // retries are decided here, knowing which actions are idempotent
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new RequestOptionsInterceptor())
                .addInterceptor(new ResponseGuardInterceptor(parser, builder.maxResponseBytes, time, skew, redactor))
                .addInterceptor(new SigningInterceptor(credentials, new Tc3Signer(service.serviceName()), region,
                        builder.hostHeader, time, skew, userAgent(service)))
                .addNetworkInterceptor(new RequestSentInterceptor(Transport.proxyAuthenticates(builder)))
                .addNetworkInterceptor(new LoggingInterceptor());
        // First of all, so that it also covers the interceptors of a supplied client.
        http.interceptors().add(0, new UncheckedFailureInterceptor());
        if (ownsHttp || builder.connectTimeout != null) {
            http.connectTimeout(orDefault(builder.connectTimeout, Duration.ofSeconds(10)));
        }
        if (ownsHttp || builder.readTimeout != null) {
            http.readTimeout(orDefault(builder.readTimeout, Duration.ofSeconds(30)));
            http.writeTimeout(orDefault(builder.readTimeout, Duration.ofSeconds(30)));
        }
        if (ownsHttp || builder.callTimeout != null) {
            http.callTimeout(orDefault(builder.callTimeout, Duration.ofSeconds(60)));
        }
        Transport.apply(builder, http);
        if (ownsHttp && !endpoint.isHttps() && builder.sslSocketFactory == null) {
            // A plain-http endpoint (a test server, a local proxy) never speaks TLS: redirects are not
            // followed and the base URL is fixed. Without a TLS connection spec OkHttp does not load the
            // platform's trust store and SSL context when the client is built (a quarter of a cold start).
            http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.http = http.build();
        this.executor = new CallExecutor(service, this.http,
                new ActionCalls(endpoint, service.apiVersion(), parser, builder.maxResponseBytes),
                builder.retryPolicy == null ? RetryPolicy.defaults() : builder.retryPolicy,
                new ActionRateLimiters(builder.rateLimiting), time, skew, List.copyOf(builder.hooks));
        this.waiters = new WaiterEngine(time, builder.waiterInitialDelay, builder.waiterMaxDelay);
    }

    /**
     * A runtime with a client builder's settings, for code that calls a service other than through
     * its generated client: the Retrofit route ({@code dev.clssdk:sdk-retrofit}) makes its calls
     * here, so that they are signed, retried, rate-limited and read exactly as the client's.
     *
     * @param service the service's generated metadata
     * @param settings the settings, as for the service's client ({@code ClsClient.builder()...})
     * @return a runtime that owns its connections and threads until closed
     */
    public static ClientRuntime create(ServiceMetadata service, SdkClientBuilder<?, ?> settings) {
        return new ClientRuntime(Objects.requireNonNull(service, "service"), Objects.requireNonNull(settings, "settings"));
    }

    /**
     * OkHttp's dispatcher as OkHttp builds it, but with daemon threads (OkHttp's are not: a program
     * that made one async call and never closed its client exited only when the idle thread timed
     * out, 60 s later) and the concurrency limit of the builder (OkHttp's is 5 per host).
     */
    private static Dispatcher dispatcher(int maxConcurrentRequests) {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "sdk-core OkHttp Dispatcher " + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), factory));
        dispatcher.setMaxRequests(maxConcurrentRequests);
        dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
        return dispatcher;
    }

    private static String userAgent(ServiceMetadata service) {
        return "tencentcloud-sdk-generated-java (" + service.serviceName() + " " + service.apiVersion() + ")";
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }

    private static HttpUrl endpointUrl(ServiceMetadata service, SdkClientBuilder<?, ?> builder) {
        String url = builder.endpointUrl != null ? builder.endpointUrl
                : "https://" + (builder.endpoint != null ? builder.endpoint
                        : builder.regionalEndpoint ? Transport.regionalHost(service, builder.region) : service.defaultHost());
        HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
        if (parsed == null) {
            throw new IllegalArgumentException("endpoint is not a valid host name");
        }
        return parsed;
    }

    /**
     * The service this runtime calls.
     *
     * @return the metadata
     */
    public ServiceMetadata service() {
        return service;
    }

    /**
     * The URL every call is posted to.
     *
     * @return the endpoint, with the root path
     */
    public java.net.URI endpoint() {
        return endpoint.uri();
    }

    /**
     * Calls an action, blocking, with the rate limiter, retries and clock-skew recovery.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action
     * @param request the request, built (and so validated) by its builder
     * @param options per-call settings
     * @param responseType the class of the answer (the content of the {@code Response} envelope)
     * @return the response
     * @throws dev.clssdk.core.SdkException the typed failure
     */
    public <I, O> O execute(Operation<I, O> operation, I request, RequestOptions options, Class<O> responseType) {
        check(operation, request, options, responseType);
        return executor.execute(operation, request, options, responseType);
    }

    /**
     * Calls an action asynchronously; the future fails with the same typed exceptions.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action
     * @param request the request
     * @param options per-call settings
     * @param responseType the class of the answer
     * @return the future response
     */
    public <I, O> CompletableFuture<O> executeAsync(Operation<I, O> operation, I request, RequestOptions options,
            Class<O> responseType) {
        check(operation, request, options, responseType);
        return executor.executeAsync(operation, request, options, responseType);
    }

    private static void check(Operation<?, ?> operation, Object request, RequestOptions options, Class<?> responseType) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(responseType, "responseType");
        if (request == null) {
            throw new IllegalArgumentException(operation.action() + ": request must not be null");
        }
        if (options == null) {
            throw new IllegalArgumentException(operation.action() + ": options must not be null (use RequestOptions.none())");
        }
    }

    /**
     * A lazy paginator over an Offset/Limit action.
     *
     * @param <I> the request type
     * @param <O> the page type
     * @param <T> the item type
     * @param definition how the action pages
     * @param request the first request
     * @param fetch calls the action (the generated blocking method)
     * @param fetchAsync calls the action asynchronously
     * @return the paginator
     */
    public <I, O, T> Paginator<O, T> paginate(PaginatorDefinition<I, O, T> definition, I request,
            Function<I, O> fetch, Function<I, CompletableFuture<O>> fetchAsync) {
        if (request == null) {
            throw new IllegalArgumentException(definition.action() + ": request must not be null");
        }
        return Paginator.of(definition, request, fetch, fetchAsync);
    }

    /**
     * Polls until the waiter's acceptors say success or failure, or the timeout passes.
     *
     * @param <T> the target type
     * @param waiter the waiter
     * @param target what is waited for, for messages, as {@code <member>=<value>}
     * @param timeout how long to wait at most
     * @param poll one poll: the target as the service describes it now, or {@code null} if not listed
     * @return the target in its success state
     * @throws dev.clssdk.core.WaiterFailedException if an acceptor says failure
     * @throws dev.clssdk.core.WaiterTimeoutException if the timeout passes first
     * @throws dev.clssdk.core.SdkInterruptedException if the thread is interrupted
     */
    public <T> T await(WaiterDefinition<T> waiter, String target, Duration timeout, Supplier<T> poll) {
        return waiters.await(waiter, target, timeout, poll);
    }

    /**
     * The monotonic clock of this runtime (the test clock when one is configured).
     *
     * @return nanoseconds
     */
    public long nanoTime() {
        return time.nanoTime();
    }

    /**
     * What is left of a timeout that started at {@code startNanos}.
     *
     * @param timeout the timeout
     * @param startNanos a {@link #nanoTime()} reading
     * @return the rest, never negative
     */
    public Duration remaining(Duration timeout, long startNanos) {
        if (timeout == null) {
            throw new IllegalArgumentException("timeout must not be null");
        }
        long elapsed = time.nanoTime() - startNanos;
        Duration rest = elapsed >= Settings.saturatedNanos(timeout) ? Duration.ZERO : timeout.minusNanos(elapsed);
        return rest.isNegative() ? Duration.ZERO : rest;
    }

    /**
     * A member of an answer that a composite call needs, or a protocol error naming it.
     *
     * @param <V> the member's type
     * @param value the member's value
     * @param operation the action that answered
     * @param member the member's wire name
     * @param requestId the answer's {@code RequestId}
     * @return the value
     * @throws ProtocolException if the value is {@code null} or an empty string
     */
    public <V> V requireMember(V value, Operation<?, ?> operation, String member, String requestId) {
        if (value == null || (value instanceof String && ((String) value).isEmpty())) {
            throw new ProtocolException(ProtocolException.Kind.MISSING_FIELD, operation.action(), 200, null, "",
                    "no " + member + " (RequestId " + requestId + ")", false, null);
        }
        return value;
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return executor.isClosed();
    }

    /**
     * Closes the client. Once this returns, no new request leaves it: calls not started yet and
     * calls waiting in the rate limiter or a retry backoff end with
     * {@link dev.clssdk.core.ClientClosedException}, and calls in flight are cancelled (they end
     * with the same exception, which says whether the request may have reached the server). Then
     * the connections and threads this runtime created are released (not those of a supplied
     * {@link OkHttpClient}). Idempotent.
     */
    @Override
    public void close() {
        executor.close();
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "ClientRuntime[service=" + service.serviceName() + ", endpoint=" + endpoint + ", region=" + region + "]";
    }
}
