package dev.clssdk.core.client;

import dev.clssdk.core.ExecutionHook;
import dev.clssdk.core.GeneratedCodeApi;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.Sleeper;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.http.HttpTransportFactory;
import dev.clssdk.core.internal.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The settings every generated client shares. A generated client's {@code Builder} extends this
 * class and adds only {@code build()}. Values are checked when set, so a bad setting fails at
 * configuration time with a message naming it (never echoing a secret). Not thread-safe.
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B, C>, C> {
    CredentialsProvider credentials;
    String region;
    String endpoint;
    String endpointUrl;
    String hostHeader;
    Duration connectTimeout;
    Duration readTimeout;
    Duration callTimeout;
    HttpTransportFactory transportFactory;
    RetryPolicy retryPolicy;
    boolean rateLimiting = true;
    Clock clock;
    Sleeper sleeper;
    long maxResponseBytes = 10L * 1024 * 1024;
    int maxConcurrentRequests = ClientRuntime.MAX_CONCURRENT_REQUESTS;
    Duration waiterInitialDelay;
    Duration waiterMaxDelay;
    final List<ExecutionHook> hooks = new ArrayList<>();
    // Transport options (issue 15): proxy, TLS, regional endpoint, language.
    String proxyHost;
    int proxyPort;
    String proxyUsername;
    String proxyPassword;
    SSLSocketFactory sslSocketFactory;
    SSLContext sslContext;
    X509TrustManager trustManager;
    HostnameVerifier hostnameVerifier;
    boolean regionalEndpoint;
    String language;

    /** For generated subclasses. */
    @GeneratedCodeApi
    protected SdkClientBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Where credentials come from; default {@link CredentialsProvider#defaultChain()}.
     *
     * @param credentials the provider
     * @return this builder
     */
    public B credentials(CredentialsProvider credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return self();
    }

    /**
     * The {@code X-TC-Region} value, for example {@code ap-guangzhou}; {@code null} (the default)
     * leaves the header out. Surrounding spaces are dropped; an empty or blank value is refused
     * rather than taken for "no region" (an unset setting read as {@code ""} should fail here, not
     * as calls that silently lack their region).
     *
     * @param region the region: letters, digits and {@code -} only, or {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the region is blank or has any other character
     */
    public B region(String region) {
        if (region != null && region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank (null leaves X-TC-Region out)");
        }
        String trimmed = region == null ? null : region.trim();
        if (trimmed != null && !allCharsAre(trimmed, c -> c == '-' || (c < 0x80 && Character.isLetterOrDigit(c)))) {
            throw new IllegalArgumentException("region must contain only ASCII letters, digits and '-'");
        }
        this.region = trimmed;
        return self();
    }

    /**
     * The endpoint host, called over HTTPS; default the service's host.
     *
     * @param host for example {@code <service>.ap-guangzhou.tencentcloudapi.com}
     * @return this builder
     * @throws IllegalArgumentException if the value is not a host name
     */
    public B endpoint(String host) {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty() || !allCharsAre(host, c -> c > 0x20 && c < 0x7f && c != '/' && c != '?' && c != '#')) {
            throw new IllegalArgumentException("endpoint must be a host name (visible ASCII, no '/', '?' or '#')");
        }
        this.endpoint = host;
        return self();
    }

    /**
     * A full endpoint URL, for tests and proxies, for example {@code http://127.0.0.1:8080}. Wins
     * over {@link #endpoint}. The signing service stays the service's own. Only the root path is
     * supported: Tencent Cloud API 3.0 always posts to {@code /}.
     *
     * @param url the URL
     * @return this builder
     * @throws IllegalArgumentException if it is not an http(s) URL with the root path
     */
    public B endpointUrl(String url) {
        Objects.requireNonNull(url, "url");
        java.net.URI parsed;
        try {
            parsed = new java.net.URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("endpointUrl is not an http(s) URL");
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null || parsed.getUserInfo() != null) {
            throw new IllegalArgumentException("endpointUrl is not an http(s) URL");
        }
        String path = parsed.getRawPath();
        if (!(path == null || path.isEmpty() || "/".equals(path)) || parsed.getRawQuery() != null
                || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException("endpointUrl must have no path or query: every call posts to /");
        }
        this.endpointUrl = url.trim();
        return self();
    }

    /**
     * The {@code Host} header to send and sign instead of the endpoint's.
     *
     * @param host the header value: visible ASCII
     * @return this builder
     * @throws IllegalArgumentException if the value has a control or non-ASCII character
     */
    public B hostHeader(String host) {
        if (host != null && (host.isEmpty() || !allCharsAre(host, c -> c > 0x20 && c < 0x7f))) {
            throw new IllegalArgumentException("hostHeader must be visible ASCII");
        }
        this.hostHeader = host;
        return self();
    }

    /**
     * Connect timeout per attempt; default 10 s.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = Settings.positive("connectTimeout", timeout);
        return self();
    }

    /**
     * Read (and write) timeout per attempt; default 30 s.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = Settings.positive("readTimeout", timeout);
        return self();
    }

    /**
     * Whole-attempt timeout; default 60 s. The retry policy bounds all attempts together.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = Settings.positive("callTimeout", timeout);
        return self();
    }

    /**
     * The HTTP client the calls go through, whatever the class path holds: for example
     * {@code OkHttpTransports.using(yourOkHttpClient)} from {@code dev.clssdk:sdk-okhttp}. By default
     * a transport found on the class path is used, else the JDK's {@code java.net.http} client (see
     * sdk/core/RUNTIME.md, "Transports").
     *
     * @param factory makes the transport from this builder's settings
     * @return this builder
     */
    public B httpTransport(HttpTransportFactory factory) {
        if (factory == null) {
            throw new IllegalArgumentException("httpTransport must not be null");
        }
        this.transportFactory = factory;
        return self();
    }

    /**
     * Attempts, backoff and total time; default {@link RetryPolicy#defaults()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return self();
    }

    /**
     * Whether calls are spaced at each action's documented rate; default {@code true}.
     *
     * @param enabled the switch
     * @return this builder
     */
    public B rateLimiting(boolean enabled) {
        this.rateLimiting = enabled;
        return self();
    }

    /**
     * The clock for signatures and elapsed time; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * How the client waits (rate limiter, backoff, waiter polls); for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * The largest response accepted; default 10 MiB.
     *
     * @param bytes the bound, at least 1
     * @return this builder
     */
    public B maxResponseBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be >= 1");
        }
        this.maxResponseBytes = bytes;
        return self();
    }

    /**
     * How many asynchronous calls may be in flight at once on OkHttp's transport (its dispatcher's
     * limit, in total and per host); more wait in the dispatcher's queue. Default 64, the connections
     * OkHttp's pool keeps (OkHttp's own default of 5 per host left async calls at a fraction of
     * blocking throughput under server latency: sdk/benchmarks/README.md, figure 8). Blocking calls
     * run on their callers' threads and are not limited by it;
     * the JDK's client has no such limit. An application's {@code OkHttpClient} keeps its own
     * dispatcher and limits.
     *
     * @param max at least 1
     * @return this builder
     */
    public B maxConcurrentRequests(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be >= 1, was " + max);
        }
        this.maxConcurrentRequests = max;
        return self();
    }

    /**
     * The waiters' wait after their first poll and the longest wait between polls; default what
     * the spec says for each waiter.
     *
     * @param initial the first wait, not negative
     * @param max the longest wait, at least {@code initial}
     * @return this builder
     */
    public B waiterPollInterval(Duration initial, Duration max) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("waiterPollInterval needs 0 <= initial <= max");
        }
        this.waiterInitialDelay = initial;
        this.waiterMaxDelay = max;
        return self();
    }

    /**
     * Adds a hook called around every call, in the order added.
     *
     * @param hook the hook
     * @return this builder
     */
    public B addHook(ExecutionHook hook) {
        hooks.add(Objects.requireNonNull(hook, "hook"));
        return self();
    }

    // ---- Transport options (issue 15) ----

    /**
     * Sends every call through an HTTP proxy; HTTPS endpoints are reached through {@code CONNECT}.
     *
     * @param host the proxy's host name or address
     * @param port the proxy's port, 1 to 65535
     * @return this builder
     * @throws IllegalArgumentException if the host is not a host name or the port is out of range
     */
    public B proxy(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty() || !allCharsAre(host, c -> c > 0x20 && c < 0x7f && c != '/' && c != '?' && c != '#' && c != '@')) {
            throw new IllegalArgumentException("proxy host must be a host name (visible ASCII, no '/', '?', '#' or '@')");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be between 1 and 65535, was " + port);
        }
        this.proxyHost = host;
        this.proxyPort = port;
        return self();
    }

    /**
     * Sends every call through an HTTP proxy that asks for Basic authentication (answered when the
     * proxy asks, with {@code 407}; on {@code CONNECT} for HTTPS endpoints). The password is never
     * logged or shown.
     *
     * @param host the proxy's host name or address
     * @param port the proxy's port, 1 to 65535
     * @param username the user name, without {@code ':'}
     * @param password the password
     * @return this builder
     * @throws IllegalArgumentException if a value is not usable (the message never shows the password)
     */
    public B proxy(String host, int port, String username, String password) {
        Objects.requireNonNull(username, "proxy username");
        Objects.requireNonNull(password, "proxy password");
        if (username.isEmpty() || username.indexOf(':') >= 0 || !allCharsAre(username, c -> c >= 0x20 && c != 0x7f)) {
            throw new IllegalArgumentException("proxy username must be non-empty, without ':' or control characters");
        }
        if (!allCharsAre(password, c -> c >= 0x20 && c != 0x7f)) {
            throw new IllegalArgumentException("proxy password must not contain control characters");
        }
        proxy(host, port);
        this.proxyUsername = username;
        this.proxyPassword = password;
        return self();
    }

    /**
     * Custom TLS: the socket factory and the trust manager behind it (for example trusting a private
     * CA in front of a private endpoint), as OkHttp takes them; the JDK's client takes a context made
     * from the trust manager (without a client certificate: give {@link #tls(SSLContext)} for one).
     *
     * @param socketFactory the socket factory
     * @param trustManager the trust manager the factory uses
     * @return this builder
     */
    public B tls(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
        this.sslSocketFactory = Objects.requireNonNull(socketFactory, "socketFactory");
        this.trustManager = Objects.requireNonNull(trustManager, "trustManager");
        return self();
    }

    /**
     * Custom TLS as an {@link SSLContext} (for example one whose trust managers trust a private CA):
     * what the JDK's HTTP client takes; OkHttp takes {@link #tls(SSLSocketFactory, X509TrustManager)}.
     *
     * @param context the context
     * @return this builder
     */
    public B tls(SSLContext context) {
        if (context == null) {
            throw new IllegalArgumentException("tls context must not be null");
        }
        this.sslContext = context;
        return self();
    }

    /**
     * How TLS host names are verified, on OkHttp's transport; default OkHttp's (the certificate must
     * name the host). The JDK's client verifies host names itself: with it, this setting fails when
     * the client is built.
     *
     * @param verifier the verifier
     * @return this builder
     */
    public B hostnameVerifier(HostnameVerifier verifier) {
        this.hostnameVerifier = Objects.requireNonNull(verifier, "verifier");
        return self();
    }

    /**
     * Whether to call the regional endpoint {@code <service>.<region>.tencentcloudapi.com} derived
     * from {@link #region(String)} instead of the service's default host; default {@code false}.
     * {@link #endpoint(String)} and {@link #endpointUrl(String)} win over it. The client fails to
     * build if this is on and no region is set.
     *
     * @param enabled the switch
     * @return this builder
     */
    public B regionalEndpoint(boolean enabled) {
        this.regionalEndpoint = enabled;
        return self();
    }

    /**
     * The {@code X-TC-Language} header, the language of error messages: {@code zh-CN} or
     * {@code en-US}; {@code null} (the default) leaves it out, and the server answers in Chinese.
     *
     * @param language {@code zh-CN}, {@code en-US} or {@code null}
     * @return this builder
     * @throws IllegalArgumentException for any other value
     */
    public B language(String language) {
        if (language != null && !language.equals("zh-CN") && !language.equals("en-US")) {
            throw new IllegalArgumentException("language must be zh-CN or en-US");
        }
        this.language = language;
        return self();
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public abstract C build();

    /**
     * The runtime for the generated client: one per client, owning its connections and threads.
     *
     * @param service the service's generated metadata
     * @return the runtime
     */
    @GeneratedCodeApi
    protected final ClientRuntime buildRuntime(ServiceMetadata service) {
        return new ClientRuntime(Objects.requireNonNull(service, "service"), this);
    }

    /** A plain loop rather than a stream: builders run on every client's start-up path. */
    private static boolean allCharsAre(String text, IntPredicate allowed) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed.test(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
