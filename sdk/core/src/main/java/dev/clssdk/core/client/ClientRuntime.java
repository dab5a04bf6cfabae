package dev.clssdk.core.client;

import dev.clssdk.core.GeneratedCodeApi;
import dev.clssdk.core.Operation;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.Sleeper;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.HttpTransportFactory;
import dev.clssdk.core.http.HttpTransportSettings;
import dev.clssdk.core.internal.Settings;
import dev.clssdk.core.internal.exec.CallExecutor;
import dev.clssdk.core.internal.exec.WaiterEngine;
import dev.clssdk.core.internal.http.ActionCalls;
import dev.clssdk.core.internal.http.ResponseReader;
import dev.clssdk.core.internal.http.ClockSkew;
import dev.clssdk.core.internal.http.EnvelopeParser;
import dev.clssdk.core.internal.http.Redactor;
import dev.clssdk.core.internal.http.RequestSigner;
import dev.clssdk.core.internal.retry.ActionRateLimiters;
import dev.clssdk.core.internal.retry.TimeSource;
import dev.clssdk.core.signing.Tc3Signer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The engine behind one generated client: signing, the envelope, typed errors, retries, rate
 * limits, waiters and paginators, for whichever service its {@link ServiceMetadata} describes.
 * Generated clients hold one and delegate every call to it; application code does not need it.
 *
 * <p>Thread-safe. {@link #close()} releases the connections and threads it created (not those of
 * an HTTP client the application gave it).
 */
@GeneratedCodeApi
public final class ClientRuntime implements AutoCloseable {
    /**
     * Asynchronous calls in flight at once, by default: at a real service's latency, 32 held 64 callers'
     * async calls to half the throughput of 64 blocking threads (benchmarks, issue 27).
     */
    static final int MAX_CONCURRENT_REQUESTS = 64;

    private final ServiceMetadata service;
    private final HttpTransport transport;
    private final CallExecutor executor;
    private final WaiterEngine waiters;
    private final TimeSource time;
    private final URI endpoint;
    private final String region;

    ClientRuntime(ServiceMetadata service, SdkClientBuilder<?, ?> builder) {
        this.service = service;
        this.time = builder.clock == null && builder.sleeper == null ? TimeSource.system()
                : TimeSource.of(builder.clock == null ? Clock.systemUTC() : builder.clock,
                        builder.sleeper == null ? Sleeper.SYSTEM : builder.sleeper);
        this.endpoint = endpointUri(service, builder);
        this.region = builder.region;
        ClockSkew skew = new ClockSkew();
        Redactor redactor = new Redactor(service.sensitiveFields(), TransportChoice.proxySecrets(builder));
        EnvelopeParser parser = new EnvelopeParser(redactor, service);
        CredentialsProvider credentials =
                builder.credentials == null ? CredentialsProvider.defaultChain() : builder.credentials;
        RequestSigner signer = new RequestSigner(endpoint, service.apiVersion(), credentials,
                new Tc3Signer(service.serviceName()), region, builder.hostHeader, builder.language, time, skew,
                userAgent(service), builder.readTimeout, builder.callTimeout, builder.maxResponseBytes);
        this.transport = TransportChoice.create(builder, settings(builder, endpoint));
        this.executor = new CallExecutor(service, transport, new ActionCalls(), signer,
                new ResponseReader(parser, redactor, time, skew),
                builder.retryPolicy == null ? RetryPolicy.defaults() : builder.retryPolicy,
                new ActionRateLimiters(builder.rateLimiting), time, skew, List.copyOf(builder.hooks));
        this.waiters = new WaiterEngine(time, builder.waiterInitialDelay, builder.waiterMaxDelay);
    }

    private static HttpTransportSettings settings(SdkClientBuilder<?, ?> builder, URI endpoint) {
        return HttpTransportSettings.builder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .callTimeout(builder.callTimeout)
                .proxy(builder.proxyHost, builder.proxyPort, builder.proxyUsername, builder.proxyPassword)
                .tls(builder.sslSocketFactory, builder.trustManager)
                .sslContext(builder.sslContext)
                .hostnameVerifier(builder.hostnameVerifier)
                .maxConcurrentRequests(builder.maxConcurrentRequests)
                .cleartextOnly("http".equals(endpoint.getScheme()) && builder.sslSocketFactory == null
                        && builder.sslContext == null)
                .build();
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

    private static String userAgent(ServiceMetadata service) {
        return "tencentcloud-sdk-generated-java (" + service.serviceName() + " " + service.apiVersion() + ")";
    }

    private static URI endpointUri(ServiceMetadata service, SdkClientBuilder<?, ?> builder) {
        String url = builder.endpointUrl != null ? builder.endpointUrl
                : "https://" + (builder.endpoint != null ? builder.endpoint
                        : builder.regionalEndpoint ? TransportChoice.regionalHost(service, builder.region)
                        : service.defaultHost());
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (uri.getHost() == null || uri.getScheme() == null
                    || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("endpoint is not a valid host name");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint is not a valid host name");
        }
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
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Calls an action, blocking, with the rate limiter, retries and clock-skew recovery.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action
     * @param request the request, built (and so validated) by its builder
     * @param options per-call settings
     * @param responseType the class of the response (the content of the {@code Response} envelope)
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
     * @param responseType the class of the response
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
        ActionCalls.checkTypes(operation, request, responseType);
    }

    /**
     * What a client interface's method does when an implementation does not provide it: a fake of the
     * client in a test implements only the methods its code calls.
     *
     * @param method the method's name
     * @param client the implementation
     * @return the exception to throw
     */
    public static UnsupportedOperationException notImplemented(String method, Object client) {
        return new UnsupportedOperationException(method + " is not implemented by " + client.getClass().getName());
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
     * A member of a response that a composite call needs, or a protocol error naming it.
     *
     * @param <V> the member's type
     * @param value the member's value
     * @param operation the action that answered
     * @param member the member's wire name
     * @param requestId the response's {@code RequestId}
     * @return the value
     * @throws ProtocolException if the value is {@code null} or an empty string
     */
    public <V> V requireMember(V value, Operation<?, ?> operation, String member, String requestId) {
        if (value == null || (value instanceof String && ((String) value).isEmpty())) {
            throw ProtocolException.missingField(operation.action(), member, requestId);
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
     * the connections and threads this runtime created are released (not those of an HTTP client
     * the application gave it). Idempotent.
     */
    @Override
    public void close() {
        executor.close();
        transport.close();
    }

    @Override
    public String toString() {
        return "ClientRuntime[service=" + service.serviceName() + ", endpoint=" + endpoint + ", region=" + region
                + ", transport=" + transport + "]";
    }
}
