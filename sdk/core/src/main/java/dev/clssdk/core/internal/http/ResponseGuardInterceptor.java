package dev.clssdk.core.internal.http;

import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.client.CallContext;
import dev.clssdk.core.internal.retry.RetryRules;
import dev.clssdk.core.internal.retry.TimeSource;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads every answer completely, within a size bound, before anything else looks at it, and
 * parses it here, where the request (and so the credentials it was signed with) is known: an
 * error envelope or a malformed answer is thrown as a typed exception redacted with exactly the
 * call's credentials, and a success is left on the request's {@link CallContext} for the executor
 * (the caller then sees an empty body). Also remembers the server's {@code Date} for
 * clock skew recovery. Failures while reading the body are marked as after-send.
 */
public final class ResponseGuardInterceptor implements Interceptor {
    private static final int PREVIEW_BYTES = 200;

    private final EnvelopeParser parser;
    private final long maxResponseBytes;
    private final TimeSource time;
    private final ClockSkew skew;
    private final Redactor redactor;

    /**
     * @param parser reads error envelopes of non-200 answers
     * @param maxResponseBytes the largest body accepted
     * @param time the clock
     * @param skew where {@code Date} headers go
     * @param redactor removes secrets from previews
     */
    public ResponseGuardInterceptor(EnvelopeParser parser, long maxResponseBytes, TimeSource time, ClockSkew skew,
            Redactor redactor) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.maxResponseBytes = maxResponseBytes;
        this.time = Objects.requireNonNull(time, "time");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext context = JsonBody.context(chain);
        String action = context != null ? context.operation().action() : request.header("X-TC-Action");
        boolean idempotent = context != null && context.operation().isIdempotent();
        Response response = chain.proceed(request);
        // Signing ran inside chain.proceed: the context now holds the credentials this attempt used.
        Credentials credentials = context == null ? null : context.credentials();
        // An answer may echo the request: what the spec marks sensitive in it is masked like the credentials.
        List<String> requestSecrets = redactor.sensitiveValues(request.body() instanceof JsonBody
                ? ((JsonBody) request.body()).bytes() : null);
        skew.observe(response.header("Date"), time.epochSeconds());

        ResponseBody body = response.body();
        MediaType mediaType = body.contentType();
        String contentType = mediaType == null ? null : mediaType.toString();
        byte[] bytes;
        try {
            if (body.contentLength() > maxResponseBytes) {
                throw new FailureIOException(new ProtocolException(ProtocolException.Kind.BODY_TOO_LARGE,
                        String.valueOf(action), response.code(), contentType, null, "Content-Length "
                        + body.contentLength() + ", over " + maxResponseBytes + " bytes", false, null));
            }
            bytes = BoundedBody.read(body, maxResponseBytes);
            if (bytes == null) {
                throw new FailureIOException(new ProtocolException(ProtocolException.Kind.BODY_TOO_LARGE,
                        String.valueOf(action), response.code(), contentType,
                        redactor.preview(BoundedBody.head(body, PREVIEW_BYTES), PREVIEW_BYTES, credentials, requestSecrets),
                        "over " + maxResponseBytes + " bytes", false, null));
            }
        } catch (FailureIOException e) {
            throw e;
        } catch (IOException e) {
            // Close the socket before the body. Closing a body whose read failed makes OkHttp drain the
            // rest of it (to keep the connection), a second blocking read whose Okio timeout OkHttp has
            // already detached after the failure: when the first read had been ended by the socket's
            // own SO_TIMEOUT (the JDK's "Read timed out") rather than by Okio's watchdog (which closes
            // the socket, "timeout"), the drain waited a whole read timeout more on the open socket.
            if (context != null) {
                context.abortConnection();
            }
            throw new RequestSentIOException(e);
        } finally {
            body.close();
        }
        if (context != null && response.code() == 200) {
            try {
                context.answered(parser.parse(action, idempotent, context.responseType(), 200, contentType,
                        bytes, credentials, requestSecrets));
            } catch (SdkException e) {
                throw new FailureIOException(e);
            }
            return response.newBuilder().body(ResponseBody.create(new byte[0], mediaType)).build();
        }
        if (response.code() != 200) {
            try {
                parser.parse(String.valueOf(action), idempotent, Object.class, response.code(), contentType, bytes,
                        credentials, requestSecrets);
            } catch (SdkException e) {
                throw new FailureIOException(e);
            }
            // parse never returns for a status other than 200; this line keeps the compiler content.
            throw new FailureIOException(new ProtocolException(ProtocolException.Kind.HTTP_STATUS,
                    String.valueOf(action), response.code(), contentType, redactor.preview(bytes, PREVIEW_BYTES, credentials, requestSecrets),
                    null, RetryRules.isRetryableStatus(response.code(), idempotent), null));
        }
        return response.newBuilder().body(ResponseBody.create(bytes, mediaType)).build();
    }
}
