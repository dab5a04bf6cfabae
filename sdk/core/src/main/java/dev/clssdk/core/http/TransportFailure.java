package dev.clssdk.core.http;

import java.util.Objects;

/**
 * An exchange that brought no usable response, and what the core needs to decide about it: whether
 * the request may have reached the server, whether a timeout ended it, and, for a body over the
 * size bound, the status and the first bytes that arrived.
 */
public final class TransportFailure implements TransportOutcome {
    /** What ended the exchange. */
    public enum Kind {
        /** No connection was made (refused, unknown host, connect timeout, TLS handshake): nothing was sent. */
        CONNECT,
        /** An I/O failure or timeout once connected: the request may have reached the server. */
        EXCHANGE,
        /** The response's body is longer than the request's bound; the server has answered. */
        BODY_TOO_LARGE,
        /** The core aborted the exchange (close, interrupt, cancel). */
        ABORTED,
        /** The HTTP client failed in a way of its own (a bug, a refused header value). */
        CLIENT
    }

    private final Kind kind;
    private final boolean requestMayHaveBeenSent;
    private final boolean timeout;
    private final String description;
    private final Throwable cause;
    private final int status;
    private final String contentType;
    private final byte[] head;

    private TransportFailure(Kind kind, boolean requestMayHaveBeenSent, boolean timeout, String description,
            Throwable cause, int status, String contentType, byte[] head) {
        this.kind = kind;
        this.requestMayHaveBeenSent = requestMayHaveBeenSent;
        this.timeout = timeout;
        this.description = Objects.requireNonNull(description, "description");
        this.cause = cause;
        this.status = status;
        this.contentType = contentType;
        this.head = head;
    }

    /**
     * No connection was made, so nothing was sent.
     *
     * @param timeout whether the connect timed out
     * @param description what failed, without header values
     * @param cause the HTTP client's exception, or {@code null}
     * @return the failure
     */
    public static TransportFailure beforeSend(boolean timeout, String description, Throwable cause) {
        return new TransportFailure(Kind.CONNECT, false, timeout, description, cause, 0, null, null);
    }

    /**
     * Failed once connected: the request may have been sent.
     *
     * @param timeout whether a read, write or call timeout ended it
     * @param description what failed, without header values
     * @param cause the HTTP client's exception, or {@code null}
     * @return the failure
     */
    public static TransportFailure afterSend(boolean timeout, String description, Throwable cause) {
        return new TransportFailure(Kind.EXCHANGE, true, timeout, description, cause, 0, null, null);
    }

    /**
     * The body was longer than the bound.
     *
     * @param status the response's status
     * @param contentType its {@code Content-Type}, or {@code null}
     * @param head the first bytes of the body (for a redacted preview), possibly empty
     * @param description what was seen ({@code Content-Length}, or how much was read)
     * @return the failure
     */
    public static TransportFailure bodyTooLarge(int status, String contentType, byte[] head, String description) {
        return new TransportFailure(Kind.BODY_TOO_LARGE, true, false, description, null, status, contentType,
                head == null ? new byte[0] : head);
    }

    /**
     * The core aborted the exchange.
     *
     * @param requestMayHaveBeenSent whether it had already reached a connection
     * @return the failure
     */
    public static TransportFailure aborted(boolean requestMayHaveBeenSent) {
        return new TransportFailure(Kind.ABORTED, requestMayHaveBeenSent, false, "aborted", null, 0, null, null);
    }

    /**
     * The HTTP client failed on its own: its exception's message is not kept (such messages can quote
     * header values).
     *
     * @param requestMayHaveBeenSent whether it had already reached a connection
     * @param thrown what the client threw
     * @return the failure
     */
    public static TransportFailure clientFailed(boolean requestMayHaveBeenSent, Throwable thrown) {
        return new TransportFailure(Kind.CLIENT, requestMayHaveBeenSent, false, "the HTTP client failed with "
                + thrown.getClass().getName() + (requestMayHaveBeenSent ? " after the request may have been sent"
                : " before the request was sent") + " (message withheld: it may quote header values)",
                null, 0, null, null);
    }

    /**
     * What ended the exchange.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether the request may have reached the server.
     *
     * @return {@code false} only when it certainly did not
     */
    public boolean requestMayHaveBeenSent() {
        return requestMayHaveBeenSent;
    }

    /**
     * Whether a timeout ended the exchange.
     *
     * @return {@code true} for a connect, read, write or call timeout
     */
    public boolean isTimeout() {
        return timeout;
    }

    /**
     * What failed, for messages: never a header value or body.
     *
     * @return the text
     */
    public String description() {
        return description;
    }

    /**
     * The HTTP client's exception.
     *
     * @return the cause, or {@code null}
     */
    public Throwable cause() {
        return cause;
    }

    /**
     * For {@link Kind#BODY_TOO_LARGE}: the response's status.
     *
     * @return the status, or 0
     */
    public int status() {
        return status;
    }

    /**
     * For {@link Kind#BODY_TOO_LARGE}: the response's {@code Content-Type}.
     *
     * @return the value, or {@code null}
     */
    public String contentType() {
        return contentType;
    }

    /**
     * For {@link Kind#BODY_TOO_LARGE}: the first bytes of the body.
     *
     * @return the bytes, empty when none are known
     */
    public byte[] head() {
        return head == null ? new byte[0] : head;
    }

    @Override
    public String toString() {
        return "TransportFailure[" + kind + (requestMayHaveBeenSent ? ", may have been sent" : ", not sent")
                + (timeout ? ", timeout" : "") + ": " + description + "]";
    }
}
