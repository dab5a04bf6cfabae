package dev.clssdk.core.internal.http;

import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportFailure;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.internal.retry.RetryRules;
import dev.clssdk.core.internal.retry.TimeSource;
import java.util.Objects;

/**
 * The stage after the exchange: an HTTP response becomes the response object or a typed exception,
 * redacted with exactly the credentials the attempt was signed with and the request's sensitive
 * values; a transport failure becomes a {@link TransportException} or {@link ProtocolException}
 * that says whether the request may have reached the server, and so whether it may be retried.
 * Also remembers the server's {@code Date} for clock-skew recovery.
 */
public final class ResponseReader {
    private static final int PREVIEW_BYTES = 200;

    private final EnvelopeParser parser;
    private final Redactor redactor;
    private final TimeSource time;
    private final ClockSkew skew;

    /**
     * @param parser reads the envelope
     * @param redactor removes secrets from previews and messages
     * @param time the clock
     * @param skew where {@code Date} headers go
     */
    public ResponseReader(EnvelopeParser parser, Redactor redactor, TimeSource time, ClockSkew skew) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.time = Objects.requireNonNull(time, "time");
        this.skew = Objects.requireNonNull(skew, "skew");
    }

    /**
     * The response of an attempt, or its typed failure.
     *
     * @param <O> the response type
     * @param attempt the attempt
     * @param outcome what the transport returned
     * @param responseType the class of the response
     * @return the response
     * @throws SdkException the typed failure: a service error, a malformed response, a transport failure
     */
    public <O> O read(Attempt attempt, TransportOutcome outcome, Class<O> responseType) {
        if (outcome instanceof TransportFailure failure) {
            throw failed(attempt, failure);
        }
        TransportResponse httpResponse = (TransportResponse) outcome;
        skew.observe(httpResponse.header("Date"), time.epochSeconds());
        String contentType = httpResponse.header("Content-Type");
        boolean idempotent = attempt.operation().isIdempotent();
        O response = parser.parse(attempt.action(), idempotent, responseType, httpResponse.status(), contentType,
                httpResponse.body(), attempt.credentials(), attempt.request().body());
        if (httpResponse.status() != 200) {
            // parse never returns for a status other than 200; this keeps the rule visible here too.
            throw ProtocolException.builder(ProtocolException.Kind.HTTP_STATUS, attempt.action())
                    .httpStatus(httpResponse.status()).contentType(contentType)
                    .bodyPreview(redactor.preview(httpResponse.body(), PREVIEW_BYTES, attempt.credentials(),
                            redactor.sensitiveValues(attempt.request().body())))
                    .retryable(RetryRules.isRetryableStatus(httpResponse.status(), idempotent)).build();
        }
        return response;
    }

    /**
     * The typed exception of a failed exchange (one the core did not abort itself).
     *
     * @param attempt the attempt
     * @param failure what the transport reported
     * @return the exception
     */
    public SdkException failed(Attempt attempt, TransportFailure failure) {
        String action = attempt.action();
        boolean sent = failure.requestMayHaveBeenSent();
        switch (failure.kind()) {
            case BODY_TOO_LARGE:
                // No preview when nothing was read (refused by its Content-Length): not "body empty".
                String preview = failure.head().length == 0 ? null : redactor.preview(failure.head(), PREVIEW_BYTES,
                        attempt.credentials(), redactor.sensitiveValues(attempt.request().body()));
                return ProtocolException.builder(ProtocolException.Kind.BODY_TOO_LARGE, action)
                        .httpStatus(failure.status()).contentType(failure.contentType()).bodyPreview(preview)
                        .detail(failure.description()).build();
            case CLIENT:
                return TransportException.builder(action, failure.description()).mayHaveReachedServer(sent).build();
            case ABORTED:
                return TransportException.builder(action, "the exchange was aborted").mayHaveReachedServer(sent).build();
            default:
                String what = (sent ? "I/O failure after the request may have been sent: "
                        : "I/O failure before the request was sent: ") + failure.description();
                return TransportException.builder(action, what).mayHaveReachedServer(sent).timeout(failure.isTimeout())
                        .retryable(RetryRules.isRetryableTransport(sent, attempt.operation().isIdempotent()))
                        .cause(failure.cause()).build();
        }
    }
}
