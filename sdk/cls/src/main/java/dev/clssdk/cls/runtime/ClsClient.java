package dev.clssdk.cls.runtime;

import dev.clssdk.cls.ClsOperation;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.api.ClsApi;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.DeleteExportRequest;
import dev.clssdk.cls.model.DeleteExportResponse;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.runtime.auth.CredentialsProvider;
import dev.clssdk.cls.runtime.http.ClockSkew;
import dev.clssdk.cls.runtime.http.ClsConverterFactory;
import dev.clssdk.cls.runtime.http.EnvelopeParser;
import dev.clssdk.cls.runtime.http.LoggingInterceptor;
import dev.clssdk.cls.runtime.http.Redactor;
import dev.clssdk.cls.runtime.http.RequestSentInterceptor;
import dev.clssdk.cls.runtime.http.ResponseGuardInterceptor;
import dev.clssdk.cls.runtime.http.SigningInterceptor;
import dev.clssdk.cls.runtime.retry.ActionRateLimiters;
import dev.clssdk.cls.runtime.retry.RetryPolicy;
import dev.clssdk.cls.runtime.retry.TimeSource;
import dev.clssdk.cls.runtime.signing.Tc3Signer;
import dev.clssdk.cls.runtime.waiter.ExportFailedException;
import dev.clssdk.cls.runtime.waiter.ExportWaitTimeoutException;
import dev.clssdk.cls.runtime.waiter.ExportWaiter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The CLS client: one method per action, blocking and asynchronous, plus the export waiter.
 *
 * <p>Every call is signed with TC3-HMAC-SHA256, spaced by a per-action rate limiter, retried
 * when that is safe (see {@link dev.clssdk.cls.runtime.retry.RetryRules}), and ends with the
 * response or a typed {@link dev.clssdk.cls.ClsException}: {@link ClsServiceException} (the API
 * refused), {@link ClsProtocolException} (a malformed answer), {@link ClsTransportException}
 * (the network), {@link ClsCredentialsException}, {@link ClsInterruptedException}. Requests are
 * validated by their builders, so an invalid request never reaches the network.
 *
 * <p>Thread-safe: share one instance. {@link #close()} releases the connections and threads the
 * client created (not those of a caller-supplied {@link OkHttpClient}). Futures of the
 * {@code *Async} methods complete on OkHttp's threads; use the {@code *Async} stages of
 * {@link CompletableFuture} for slow follow-up work.
 */
public final class ClsClient implements AutoCloseable {
    /** Idle keep-alive connections kept by a client's own connection pool. */
    static final int MAX_IDLE_CONNECTIONS = 32;

    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final CallExecutor executor;
    private final ExportWaiter waiter;
    private final TimeSource time;
    private final HttpUrl endpoint;
    private final String region;
    private volatile boolean closed;

    private ClsClient(Builder builder) {
        this.time = builder.clock == null && builder.sleeper == null ? TimeSource.system()
                : TimeSource.of(builder.clock == null ? Clock.systemUTC() : builder.clock,
                        builder.sleeper == null ? Sleeper.SYSTEM : builder.sleeper);
        this.endpoint = endpointUrl(builder);
        this.region = builder.region == null || builder.region.isBlank() ? null : builder.region.trim();
        ClockSkew skew = new ClockSkew();
        Redactor redactor = new Redactor();
        EnvelopeParser parser = new EnvelopeParser(EnvelopeParser.newMapper(), redactor);
        CredentialsProvider credentials =
                builder.credentials == null ? CredentialsProvider.defaultChain() : builder.credentials;

        this.ownsHttp = builder.okHttpClient == null;
        OkHttpClient.Builder http = (ownsHttp ? new OkHttpClient() : builder.okHttpClient).newBuilder();
        if (ownsHttp) {
            // OkHttp's default pool keeps 5 idle connections and evicts the rest as soon as they are
            // released, so more than 5 concurrent callers reconnect continually (seen in the benchmarks:
            // 2,196 connections for 16 threads in 45 s). Keeping up to 32 idle removes that churn.
            http.connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES));
        }
        http
                .retryOnConnectionFailure(false) // retries are decided here, knowing which actions are idempotent
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new ResponseGuardInterceptor(parser, builder.maxResponseBytes, time, skew, redactor))
                .addInterceptor(new SigningInterceptor(credentials, Tc3Signer.forCls(), region, builder.hostHeader,
                        time, skew, redactor, "cls-sdk-java (" + ClsService.NAME + " " + ClsService.API_VERSION + ")"))
                .addNetworkInterceptor(new RequestSentInterceptor())
                .addNetworkInterceptor(new LoggingInterceptor());
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
        this.http = http.build();

        ClsApi api = new Retrofit.Builder()
                .baseUrl(endpoint)
                .client(this.http)
                .addConverterFactory(new ClsConverterFactory(parser, builder.maxResponseBytes))
                .validateEagerly(true)
                .build()
                .create(ClsApi.class);
        this.executor = new CallExecutor(api,
                builder.retryPolicy == null ? RetryPolicy.defaults() : builder.retryPolicy,
                new ActionRateLimiters(builder.rateLimiting), time, skew, () -> closed);
        this.waiter = new ExportWaiter(this::describeExports, time, builder.waiterInitialDelay,
                builder.waiterMaxDelay);
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }

    private static HttpUrl endpointUrl(Builder builder) {
        String url = builder.endpointUrl != null ? builder.endpointUrl
                : "https://" + (builder.endpoint == null ? ClsService.DEFAULT_HOST : builder.endpoint);
        HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return parsed;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Calls any action: the generic path the typed methods use. A new action in the spec works
     * here with no runtime change.
     *
     * @param <R> the response type
     * @param operation the action
     * @param request a request of the action's {@link ClsOperation#requestType()}, built (and so validated) by its builder
     * @param responseType the action's {@link ClsOperation#responseType()}
     * @return the response
     */
    public <R> R call(ClsOperation operation, Object request, Class<R> responseType) {
        check(operation, request, responseType);
        return executor.execute(operation, request, responseType);
    }

    /**
     * Calls any action asynchronously; the future fails with the same typed exceptions.
     *
     * @param <R> the response type
     * @param operation the action
     * @param request a request of the action's request type
     * @param responseType the action's response type
     * @return the future response
     */
    public <R> CompletableFuture<R> callAsync(ClsOperation operation, Object request, Class<R> responseType) {
        check(operation, request, responseType);
        return executor.executeAsync(operation, request, responseType);
    }

    private static void check(ClsOperation operation, Object request, Class<?> responseType) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(request, "request");
        if (!operation.requestType().isInstance(request) || responseType != operation.responseType()) {
            throw new IllegalArgumentException(operation.action() + " takes " + operation.requestType().getSimpleName()
                    + " and returns " + operation.responseType().getSimpleName());
        }
    }

    /**
     * CreateExport: creates a log download task. Never retried once the server may have received it.
     *
     * @param request the request
     * @return the response, with {@code ExportId}
     */
    public CreateExportResponse createExport(CreateExportRequest request) {
        return call(ClsOperation.CREATE_EXPORT, request, CreateExportResponse.class);
    }

    /**
     * CreateExport, asynchronously.
     *
     * @param request the request
     * @return the future response
     */
    public CompletableFuture<CreateExportResponse> createExportAsync(CreateExportRequest request) {
        return callAsync(ClsOperation.CREATE_EXPORT, request, CreateExportResponse.class);
    }

    /**
     * DescribeExports: one page of a topic's log download tasks.
     *
     * @param request the request
     * @return the response
     */
    public DescribeExportsResponse describeExports(DescribeExportsRequest request) {
        return call(ClsOperation.DESCRIBE_EXPORTS, request, DescribeExportsResponse.class);
    }

    /**
     * DescribeExports, asynchronously.
     *
     * @param request the request
     * @return the future response
     */
    public CompletableFuture<DescribeExportsResponse> describeExportsAsync(DescribeExportsRequest request) {
        return callAsync(ClsOperation.DESCRIBE_EXPORTS, request, DescribeExportsResponse.class);
    }

    /**
     * DeleteExport: removes a log download task.
     *
     * @param request the request
     * @return the response
     */
    public DeleteExportResponse deleteExport(DeleteExportRequest request) {
        return call(ClsOperation.DELETE_EXPORT, request, DeleteExportResponse.class);
    }

    /**
     * DeleteExport, asynchronously.
     *
     * @param request the request
     * @return the future response
     */
    public CompletableFuture<DeleteExportResponse> deleteExportAsync(DeleteExportRequest request) {
        return callAsync(ClsOperation.DELETE_EXPORT, request, DeleteExportResponse.class);
    }

    /**
     * Every log download task of a topic, following DescribeExports' pages.
     *
     * @param topicId the topic
     * @return the tasks
     */
    public List<ExportInfo> listAllExports(String topicId) {
        return waiter.listAll(topicId);
    }

    /**
     * Polls DescribeExports until the task is {@code Completed}.
     *
     * @param topicId the task's topic
     * @param exportId the task
     * @param timeout how long to wait at most
     * @return the completed task; {@link ExportInfo#cosPath()} is the download address (valid for an hour)
     * @throws ExportFailedException if the task ends {@code Failed} or {@code Expired}
     * @throws ExportWaitTimeoutException if the timeout passes first
     * @throws ClsInterruptedException if the thread is interrupted
     */
    public ExportInfo waitUntilExportCompleted(String topicId, String exportId, Duration timeout) {
        return waiter.waitUntilCompleted(topicId, exportId, timeout);
    }

    /**
     * CreateExport, then {@link #waitUntilExportCompleted} for the rest of the timeout.
     *
     * @param request the request
     * @param timeout how long to wait at most, creation included
     * @return the completed task
     */
    public ExportInfo createExportAndWait(CreateExportRequest request, Duration timeout) {
        long start = time.nanoTime();
        CreateExportResponse created = createExport(request);
        if (created.exportId() == null || created.exportId().isEmpty()) {
            throw new ClsProtocolException(ClsProtocolException.Kind.MISSING_FIELD, "CreateExport", 200, null, "",
                    "no ExportId (RequestId " + created.requestId() + ")", false, null);
        }
        Duration remaining = timeout.minusNanos(time.nanoTime() - start);
        return waitUntilExportCompleted(request.topicId(), created.exportId(),
                remaining.isNegative() ? Duration.ZERO : remaining);
    }

    /**
     * Stops accepting calls and releases the connections and threads this client created.
     */
    @Override
    public void close() {
        closed = true;
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "ClsClient[endpoint=" + endpoint + ", region=" + region + "]";
    }

    /**
     * Configures a {@link ClsClient}. Not thread-safe.
     */
    public static final class Builder {
        private CredentialsProvider credentials;
        private String region;
        private String endpoint;
        private String endpointUrl;
        private String hostHeader;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private OkHttpClient okHttpClient;
        private RetryPolicy retryPolicy;
        private boolean rateLimiting = true;
        private Clock clock;
        private Sleeper sleeper;
        private long maxResponseBytes = 10L * 1024 * 1024;
        private Duration waiterInitialDelay = Duration.ofSeconds(1);
        private Duration waiterMaxDelay = Duration.ofSeconds(10);

        private Builder() {
        }

        /**
         * Where credentials come from; default {@link CredentialsProvider#defaultChain()}.
         *
         * @param credentials the provider
         * @return this builder
         */
        public Builder credentials(CredentialsProvider credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * The {@code X-TC-Region} value, for example {@code ap-guangzhou}; {@code null} (the
         * default) leaves the header out.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * The endpoint host, called over HTTPS; default {@value ClsService#DEFAULT_HOST}.
         *
         * @param host for example {@code cls.ap-guangzhou.tencentcloudapi.com}
         * @return this builder
         */
        public Builder endpoint(String host) {
            this.endpoint = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * A full endpoint URL, for tests and proxies, for example {@code http://127.0.0.1:8080}.
         * Wins over {@link #endpoint}. The signing service stays {@value ClsService#NAME}.
         *
         * @param url the URL
         * @return this builder
         */
        public Builder endpointUrl(String url) {
            this.endpointUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * The {@code Host} header to send and sign instead of the endpoint's.
         *
         * @param host the header value
         * @return this builder
         */
        public Builder hostHeader(String host) {
            this.hostHeader = host;
            return this;
        }

        /**
         * Connect timeout per attempt; default 10 s.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Read (and write) timeout per attempt; default 30 s.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Whole-attempt timeout; default 60 s. The retry policy bounds all attempts together.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * An OkHttp client to derive from (sharing its connection pool and threads, which
         * {@link ClsClient#close()} then leaves alone). Its timeouts are kept unless set here.
         *
         * @param client the client
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Attempts, backoff and total time; default {@link RetryPolicy#defaults()}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Whether calls are spaced at each action's documented rate; default {@code true}.
         *
         * @param enabled the switch
         * @return this builder
         */
        public Builder rateLimiting(boolean enabled) {
            this.rateLimiting = enabled;
            return this;
        }

        /**
         * The clock for signatures and elapsed time; for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How the client waits (rate limiter, backoff, waiter polls); for tests.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The largest answer accepted; default 10 MiB.
         *
         * @param bytes the bound
         * @return this builder
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be >= 1");
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * The waiter's wait after its first poll and the longest wait between polls; default 1 s and 10 s.
         *
         * @param initial the first wait
         * @param max the longest wait
         * @return this builder
         */
        public Builder waiterPollInterval(Duration initial, Duration max) {
            this.waiterInitialDelay = Objects.requireNonNull(initial, "initial");
            this.waiterMaxDelay = Objects.requireNonNull(max, "max");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         */
        public ClsClient build() {
            return new ClsClient(this);
        }
    }
}
