package dev.clssdk.core;


/**
 * The answer was not a well-formed API 3.0 envelope: a gateway's HTML page, an empty or truncated
 * body, JSON without {@code Response} or {@code RequestId}, a field of the wrong type, a body over
 * the size bound. The message says what arrived (status, content type, the first bytes with
 * credentials and signatures redacted).
 */
public class ProtocolException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** What was wrong with the answer. */
    public enum Kind {
        /** A status other than 200 without an error envelope. */
        HTTP_STATUS("unexpected HTTP status"),
        /** No body at all. */
        EMPTY_BODY("empty body"),
        /** Bytes that are not JSON, or JSON that ends early. */
        MALFORMED_JSON("body is not complete JSON"),
        /** JSON without a {@code Response} object. */
        MISSING_RESPONSE("JSON has no \"Response\" object"),
        /** A {@code Response} object without a {@code RequestId} string. */
        MISSING_REQUEST_ID("\"Response\" has no \"RequestId\""),
        /** An {@code Error} object without a {@code Code} string. */
        MALFORMED_ERROR("\"Response.Error\" has no \"Code\""),
        /** A field the SDK needs (one a composite call reads from the answer) is absent. */
        MISSING_FIELD("a required field is missing"),
        /** A field whose JSON type does not match the API. */
        WRONG_FIELD_TYPE("a field has the wrong type"),
        /** A body longer than the client accepts. */
        BODY_TOO_LARGE("body exceeds the size limit");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /**
         * A short phrase for messages.
         *
         * @return the phrase
         */
        public String description() {
            return description;
        }
    }

    /** What was wrong with the answer. */
    private final Kind kind;
    /** The action of the call. */
    private final String action;
    /** The HTTP status of the answer. */
    private final int httpStatus;
    /** The Content-Type of the answer. */
    private final String contentType;
    /** The first bytes of the body, redacted. */
    private final String bodyPreview;
    /** Whether the SDK considers the call safe to repeat. */
    private final boolean retryable;

    /**
     * @param kind what was wrong
     * @param action the action of the call
     * @param httpStatus the HTTP status
     * @param contentType the {@code Content-Type} received, may be {@code null}
     * @param bodyPreview the first bytes of the body, already redacted; {@code null} if the body was not read
     * @param detail an extra explanation, may be {@code null}
     * @param retryable whether repeating the call is safe and may help
     * @param cause the parser's failure, may be {@code null}
     */
    public ProtocolException(Kind kind, String action, int httpStatus, String contentType, String bodyPreview,
            String detail, boolean retryable, Throwable cause) {
        super(action + " failed: " + kind.description() + (detail == null ? "" : " (" + detail + ")")
                + "; received HTTP " + httpStatus + ", Content-Type " + (contentType == null ? "none" : contentType)
                + ", body " + (bodyPreview == null ? "not read" : bodyPreview.isEmpty() ? "empty" : "starts " + bodyPreview),
                cause);
        this.kind = kind;
        this.action = action;
        this.httpStatus = httpStatus;
        this.contentType = contentType;
        this.bodyPreview = bodyPreview;
        this.retryable = retryable;
    }

    /**
     * What was wrong with the answer.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The action of the call.
     *
     * @return the action
     */
    public String action() {
        return action;
    }

    /**
     * The HTTP status received.
     *
     * @return the status
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The {@code Content-Type} received.
     *
     * @return the content type, may be {@code null}
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The first bytes of the body, redacted and quoted.
     *
     * @return the preview, may be empty; {@code null} if the body was not read (its Content-Length was over the bound)
     */
    public String bodyPreview() {
        return bodyPreview;
    }

    /**
     * Whether repeating the call is safe and may help (a 5xx for an idempotent action, a 429).
     *
     * @return {@code true} if so
     */
    public boolean isRetryable() {
        return retryable;
    }
}
