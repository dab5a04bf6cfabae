package dev.clssdk.core.internal.http;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.Operation;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.auth.AnonymousCredentialsProvider;
import dev.clssdk.core.auth.CallLimits;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.StaticCredentialsProvider;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.TransportRequest;
import dev.clssdk.core.internal.auth.CallScope;
import dev.clssdk.core.internal.retry.TimeSource;
import dev.clssdk.core.signing.Tc3Signer;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first stage of an attempt: the request of an action as Tencent Cloud API 3.0 wants it, signed
 * with TC3-HMAC-SHA256 over the exact body bytes sent. Headers: {@code X-TC-Action},
 * {@code X-TC-Version}, the call's extra headers (sent, not signed: TC3 signs only
 * {@code content-type} and {@code host}), then {@code Host}, {@code Content-Type},
 * {@code X-TC-Timestamp}, {@code Authorization}, {@code X-TC-Region} (left out without a region),
 * {@code X-TC-Token} (temporary credentials only), {@code User-Agent} and {@code X-TC-Language}.
 * Credentials are resolved within the attempt's limits ({@link CallLimits}): a provider that
 * fetches them stops by the attempt's timeout and when the attempt is aborted.
 */
public final class RequestSigner {
    private final URI endpoint;
    private final String apiVersion;
    private final CredentialsProvider credentials;
    private final Tc3Signer signer;
    private final String region;
    private final String host;
    private final String language;
    private final TimeSource time;
    private final ClockSkew skew;
    private final String userAgent;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final long maxResponseBytes;

    /**
     * @param endpoint where every action is posted
     * @param apiVersion the {@code X-TC-Version} value
     * @param credentials the client's provider (a call's options may give another)
     * @param signer the signer; its service comes from the spec
     * @param region the {@code X-TC-Region} value, or {@code null} to leave the header out
     * @param hostOverride the {@code Host} to send and sign, or {@code null} for the endpoint's
     * @param language the {@code X-TC-Language} value, or {@code null}
     * @param time the clock
     * @param skew the correction for the server's clock
     * @param userAgent the {@code User-Agent} value
     * @param readTimeout the client's read timeout, or {@code null} for the transport's
     * @param callTimeout the client's timeout of one attempt, or {@code null} for the transport's
     * @param maxResponseBytes the largest response body read
     */
    public RequestSigner(URI endpoint, String apiVersion, CredentialsProvider credentials, Tc3Signer signer,
            String region, String hostOverride, String language, TimeSource time, ClockSkew skew, String userAgent,
            Duration readTimeout, Duration callTimeout, long maxResponseBytes) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.region = region;
        this.host = hostOverride != null ? hostOverride : hostHeader(endpoint);
        this.language = language;
        this.time = Objects.requireNonNull(time, "time");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.userAgent = userAgent;
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Whether signing may wait (a provider that fetches credentials): such attempts of an
     * asynchronous call are signed off the caller's thread.
     *
     * @param options the call's options
     * @return {@code false} for held credentials and unsigned actions
     */
    public boolean mayBlock(RequestOptions options) {
        CredentialsProvider provider = options.credentials().orElse(credentials);
        return !(provider instanceof StaticCredentialsProvider || provider instanceof AnonymousCredentialsProvider);
    }

    /**
     * Signs one attempt.
     *
     * @param operation the action
     * @param options the call's options
     * @param body the request's JSON
     * @param control the attempt's exchange; credentials are not waited for once it is aborted
     * @param startNanos when the attempt started, on the runtime's clock
     * @return the attempt, ready to send
     * @throws CredentialsException if no credentials could be resolved
     * @throws SdkException another typed failure of the provider
     */
    public Attempt sign(Operation<?, ?> operation, RequestOptions options, byte[] body, ExchangeControl control,
            long startNanos) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-TC-Action", operation.action());
        headers.put("X-TC-Version", apiVersion);
        headers.putAll(options.headers());
        headers.put("Host", host);
        headers.put("Content-Type", Tc3Signer.CONTENT_TYPE);
        long timestamp = time.epochSeconds() + skew.offsetSeconds();
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        Duration attemptTimeout = options.callTimeout().orElse(callTimeout);
        CredentialsProvider provider = options.credentials().orElse(credentials);
        Credentials resolved = null;
        if (provider instanceof AnonymousCredentialsProvider) {
            headers.put("Authorization", "SKIP"); // Tencent's form for actions that authenticate by their input
        } else {
            resolved = resolve(provider, attemptTimeout, control);
            headers.put("Authorization", signer.sign(resolved.secretId(), resolved.secretKey(), host, timestamp, body)
                    .authorization());
        }
        if (region != null) {
            headers.put("X-TC-Region", region);
        }
        if (resolved != null && resolved.token() != null) {
            headers.put("X-TC-Token", resolved.token());
        }
        if (userAgent != null) {
            headers.put("User-Agent", userAgent);
        }
        if (language != null) {
            headers.put("X-TC-Language", language);
        }
        Duration left = attemptTimeout == null ? null : remaining(attemptTimeout, startNanos);
        TransportRequest request = new TransportRequest(endpoint, headers, body,
                options.readTimeout().orElse(readTimeout), left, maxResponseBytes);
        return new Attempt(operation, options, control, request, resolved, startNanos);
    }

    /** What is left of the attempt's timeout after signing; at least a millisecond, so that it still fails as a timeout. */
    private Duration remaining(Duration timeout, long startNanos) {
        Duration left = timeout.minusNanos(time.nanoTime() - startNanos);
        return left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
    }

    private static Credentials resolve(CredentialsProvider provider, Duration timeout, ExchangeControl control) {
        try {
            Credentials resolved = provider instanceof StaticCredentialsProvider
                    ? provider.resolve() // holds its credentials: it never waits, so there are no limits to set
                    : CallScope.apply(CallScope.limits(timeout, control::isAborted), provider::resolve);
            if (resolved == null) {
                throw new CredentialsException(List.of(provider + ": returned no credentials"));
            }
            return resolved;
        } catch (SdkException e) {
            throw e;
        } catch (Credentials.InvalidCredentialsException e) {
            // Credentials' own checks name the setting and never its value.
            throw new CredentialsException(List.of(provider + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // Not the message: a provider's own exception may quote what it read.
            throw new CredentialsException(List.of(provider + ": failed with " + e.getClass().getName()));
        }
    }

    /**
     * The {@code Host} header for a URI, as HTTP clients send it: the port only when not the default.
     *
     * @param uri the URI
     * @return the header value
     */
    public static String hostHeader(URI uri) {
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) ? port == 443 : port == 80);
        return defaultPort ? host : host + ":" + port;
    }
}
