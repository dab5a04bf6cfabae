package dev.clssdk.core.internal.http;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.auth.AnonymousCredentialsProvider;
import dev.clssdk.core.auth.CallLimits;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.StaticCredentialsProvider;
import dev.clssdk.core.client.CallContext;
import dev.clssdk.core.internal.retry.TimeSource;
import dev.clssdk.core.signing.Tc3Signer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Signs each attempt with TC3-HMAC-SHA256 over the exact body bytes it sends, and adds the
 * headers Tencent Cloud API 3.0 needs: {@code Host}, {@code Content-Type}, {@code X-TC-Timestamp},
 * {@code X-TC-Region} (left out without a region), {@code X-TC-Token} (temporary credentials
 * only) and {@code Authorization}. {@code X-TC-Action} and {@code X-TC-Version} are already on the
 * request ({@link ActionCalls}). Credentials are resolved within the call's limits ({@link CallLimits}):
 * a provider that fetches them stops by the call's timeout and when the call is cancelled.
 */
public final class SigningInterceptor implements Interceptor {
    private final CredentialsProvider credentials;
    private final Tc3Signer signer;
    private final String region;
    private final String hostOverride;
    private final TimeSource time;
    private final ClockSkew skew;
    private final String userAgent;

    /**
     * @param credentials resolved for every attempt
     * @param signer the signer; its service comes from the spec
     * @param region the {@code X-TC-Region} value, or {@code null} to leave the header out
     * @param hostOverride the {@code Host} to send and sign, or {@code null} for the URL's host
     * @param time the clock
     * @param skew the correction for the server's clock
     * @param userAgent the {@code User-Agent} value
     */
    public SigningInterceptor(CredentialsProvider credentials, Tc3Signer signer, String region, String hostOverride,
            TimeSource time, ClockSkew skew, String userAgent) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.region = region;
        this.hostOverride = hostOverride;
        this.time = Objects.requireNonNull(time, "time");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext context = JsonBody.context(chain);
        CredentialsProvider provider = context == null ? credentials : context.options().credentials().orElse(credentials);
        if (provider instanceof AnonymousCredentialsProvider) {
            return chain.proceed(unsigned(request));
        }
        Credentials resolved = resolveCredentials(provider, chain.call());
        if (context != null) {
            context.signedWith(resolved);
        }

        RequestBody body = request.body();
        byte[] bytes = body instanceof JsonBody ? ((JsonBody) body).bytes() : bytesOf(body);
        String host = hostOverride != null ? hostOverride : hostHeader(request.url());
        long timestamp = time.epochSeconds() + skew.offsetSeconds();
        String authorization = signer.sign(resolved.secretId(), resolved.secretKey(), host, timestamp, bytes)
                .authorization();

        Request.Builder signed = request.newBuilder()
                .header("Host", host)
                .header("Content-Type", Tc3Signer.CONTENT_TYPE)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("Authorization", authorization)
                .removeHeader("X-TC-Region")
                .removeHeader("X-TC-Token");
        if (region != null) {
            signed.header("X-TC-Region", region);
        }
        if (resolved.token() != null) {
            signed.header("X-TC-Token", resolved.token());
        }
        if (userAgent != null) {
            signed.header("User-Agent", userAgent);
        }
        if (!(body instanceof JsonBody)) {
            signed.method(request.method(), new JsonBody(bytes));
        }
        return chain.proceed(signed.build());
    }

    /** Tencent's documented form for actions that authenticate by their input: {@code Authorization: SKIP}. */
    private Request unsigned(Request request) throws IOException {
        RequestBody body = request.body();
        byte[] bytes = body instanceof JsonBody ? ((JsonBody) body).bytes() : bytesOf(body);
        Request.Builder unsigned = request.newBuilder()
                .header("Host", hostOverride != null ? hostOverride : hostHeader(request.url()))
                .header("Content-Type", Tc3Signer.CONTENT_TYPE)
                .header("X-TC-Timestamp", Long.toString(time.epochSeconds() + skew.offsetSeconds()))
                .header("Authorization", "SKIP")
                .removeHeader("X-TC-Region")
                .removeHeader("X-TC-Token");
        if (region != null) {
            unsigned.header("X-TC-Region", region);
        }
        if (userAgent != null) {
            unsigned.header("User-Agent", userAgent);
        }
        if (!(body instanceof JsonBody)) {
            unsigned.method(request.method(), new JsonBody(bytes));
        }
        return unsigned.build();
    }

    private static Credentials resolveCredentials(CredentialsProvider credentials, Call call) throws IOException {
        try {
            Credentials resolved = credentials instanceof StaticCredentialsProvider
                    ? credentials.resolve() // holds its credentials: it never waits, so there are no limits to set
                    : limitsOf(call).apply(credentials::resolve);
            if (resolved == null) {
                throw new CredentialsException(List.of(credentials + ": returned no credentials"));
            }
            return resolved;
        } catch (SdkException e) {
            throw new FailureIOException(e);
        } catch (IllegalArgumentException e) {
            // Credentials' own checks name the setting and never its value; other messages are not shown.
            boolean ours = e.getStackTrace().length > 0 && Credentials.class.getName().equals(e.getStackTrace()[0].getClassName());
            throw new FailureIOException(new CredentialsException(List.of(credentials + ": "
                    + (ours ? e.getMessage() : "failed with " + e.getClass().getName()))));
        } catch (RuntimeException e) {
            throw new FailureIOException(new CredentialsException(
                    List.of(credentials + ": failed with " + e.getClass().getName())));
        }
    }

    /** The attempt's deadline (its call timeout, from now) and whether it was cancelled. */
    private static CallLimits limitsOf(Call call) {
        long timeoutNanos = call.timeout().timeoutNanos();
        return CallLimits.of(timeoutNanos == 0 ? null : Duration.ofNanos(timeoutNanos), call::isCanceled);
    }

    private static byte[] bytesOf(RequestBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }

    /**
     * The {@code Host} header for a URL, as OkHttp would send it: the port only when not the default.
     *
     * @param url the URL
     * @return the header value
     */
    public static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }
}
