package dev.clssdk.stub;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A failure the stub plays instead of (or on top of) its normal answer, armed per test with
 * {@link ContractStub#injectFault(Fault)}. Each armed fault is used by exactly one request, in
 * the order the requests arrive.
 *
 * <p>Whether the stub acted on the request matters for non-idempotent actions, so each kind says
 * so: {@link #html502()}, {@link #empty200()}, {@link #rawAnswer} and
 * {@link #dropBeforeRequestRead()} never reach the API; {@link #truncatedJson()},
 * {@link #slowResponse} and {@link #dropAfterRequestRead()} do (an export may have been created).
 */
public sealed interface Fault {

    /** A gateway error page: HTTP 502 with an HTML body, as a load balancer answers. */
    static Fault html502() {
        return new RawAnswer(502, "text/html; charset=utf-8",
                ("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                        + "</center><hr><center>stgw</center></body></html>").getBytes(StandardCharsets.UTF_8),
                "html502");
    }

    /** HTTP 200 with {@code Content-Type: application/json} and an empty body. */
    static Fault empty200() {
        return new RawAnswer(200, "application/json", new byte[0], "empty200");
    }

    /**
     * Any status, content type and body bytes, for example an envelope with wrong types. The
     * request is not processed.
     */
    static Fault rawAnswer(int status, String contentType, byte[] body) {
        return new RawAnswer(status, contentType, body.clone(), "raw " + status);
    }

    /**
     * The request is processed, and HTTP 200 carries the first half of the real JSON answer
     * (a complete HTTP message whose JSON document is cut off).
     */
    static Fault truncatedJson() {
        return new TruncatedJson();
    }

    /** The request is processed, and the real answer is sent after {@code delay}. */
    static Fault slowResponse(Duration delay) {
        return new SlowResponse(delay);
    }

    /**
     * The connection is closed as soon as the request starts to arrive, without reading it; the
     * request is not processed.
     */
    static Fault dropBeforeRequestRead() {
        return new DropConnection(false);
    }

    /**
     * The request is read and processed, then the connection is closed without an answer.
     */
    static Fault dropAfterRequestRead() {
        return new DropConnection(true);
    }

    /** Whether the stub acts on the request (creates the export, counts it for throttling). */
    boolean processesRequest();

    /** An answer the stub sends without looking at the request. */
    record RawAnswer(int status, String contentType, byte[] body, String label) implements Fault {
        public RawAnswer {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public boolean processesRequest() {
            return false;
        }

        @Override
        public String toString() {
            return "Fault[" + label + "]";
        }
    }

    /** The real answer, cut in half. */
    record TruncatedJson() implements Fault {
        @Override
        public boolean processesRequest() {
            return true;
        }
    }

    /** The real answer, late. */
    record SlowResponse(Duration delay) implements Fault {
        public SlowResponse {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }

        @Override
        public boolean processesRequest() {
            return true;
        }
    }

    /** No answer at all: the connection is closed before or after the request is read. */
    record DropConnection(boolean afterRequestRead) implements Fault {
        @Override
        public boolean processesRequest() {
            return afterRequestRead;
        }
    }
}
