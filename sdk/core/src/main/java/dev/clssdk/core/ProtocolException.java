package dev.clssdk.core;

import java.util.Objects;

/**
 * The response was not a well-formed API 3.0 envelope: a gateway's HTML page, an empty or truncated
 * body, JSON without {@code Response} or {@code RequestId}, a field of the wrong type, a body over
 * the size bound. The message says what arrived (status, content type, the first bytes with
 * credentials and signatures redacted).
 */
public class ProtocolException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** What was wrong with the response. */
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
        /** A field the SDK needs (one a composite call reads from the response) is absent. */
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

    /** What was wrong with the response. */
    private final Kind kind;
    /** The HTTP status of the response. */
    private final int httpStatus;
    /** The Content-Type of the response. */
    private final String contentType;
    /** The first bytes of the body, redacted. */
    private final String bodyPreview;

    private ProtocolException(Builder b) {
        super(b.action, message(b), b.retryable, b.cause);
        this.kind = b.kind;
        this.httpStatus = b.httpStatus;
        this.contentType = b.contentType;
        this.bodyPreview = b.bodyPreview;
    }

    /**
     * The exception as the reader of a response makes it; prefer {@link #builder(Kind, String)}, whose
     * call sites name each value.
     *
     * @param kind what was wrong
     * @param action the action of the call
     * @param httpStatus the HTTP status
     * @param contentType the {@code Content-Type} received, may be {@code null}
     * @param bodyPreview the first bytes of the body, already redacted; {@code null} if the body was not read
     * @param detail an extra explanation, may be {@code null}
     * @param retryable whether repeating the call is safe and may help
     * @param cause the parser's failure, may be {@code null}
     * @deprecated use {@link #builder(Kind, String)}
     */
    @Deprecated(since = "0.3.0", forRemoval = true)
    public ProtocolException(Kind kind, String action, int httpStatus, String contentType, String bodyPreview,
            String detail, boolean retryable, Throwable cause) {
        this(builder(kind, action).httpStatus(httpStatus).contentType(contentType).bodyPreview(bodyPreview)
                .detail(detail).retryable(retryable).cause(cause));
    }

    /**
     * Starts an exception about a response received for {@code action}: HTTP 200, no
     * {@code Content-Type}, body not read, not retryable, until set otherwise.
     *
     * @param kind what was wrong with the response
     * @param action the {@code X-TC-Action} of the call
     * @return the builder
     */
    public static Builder builder(Kind kind, String action) {
        return new Builder(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(action, "action"));
    }

    /**
     * A field the SDK needs from a successful response (one a composite call reads, such as the id of
     * what it created) is absent or empty. Not retryable: the service answered and may have acted.
     *
     * @param action the action that answered
     * @param member the member's wire name
     * @param requestId the response's {@code RequestId}
     * @return the exception, not thrown
     */
    public static ProtocolException missingField(String action, String member, String requestId) {
        return builder(Kind.MISSING_FIELD, action).detail("no " + member + " (RequestId " + requestId + ")")
                .bodyPreview("").build();
    }

    private static String message(Builder b) {
        return b.action + " failed: " + b.kind.description() + (b.detail == null ? "" : " (" + b.detail + ")")
                + "; received HTTP " + b.httpStatus + ", Content-Type " + (b.contentType == null ? "none" : b.contentType)
                + ", body " + (b.bodyPreview == null ? "not read" : b.bodyPreview.isEmpty() ? "empty"
                        : "starts " + b.bodyPreview);
    }

    /** Builds a {@link ProtocolException}; each setter names what it sets. */
    public static final class Builder {
        private final Kind kind;
        private final String action;
        private int httpStatus = 200;
        private String contentType;
        private String bodyPreview;
        private String detail;
        private boolean retryable;
        private Throwable cause;

        private Builder(Kind kind, String action) {
            this.kind = kind;
            this.action = action;
        }

        /**
         * @param status the HTTP status received (default 200)
         * @return this builder
         */
        public Builder httpStatus(int status) {
            this.httpStatus = status;
            return this;
        }

        /**
         * @param type the {@code Content-Type} received, may be {@code null} (the default)
         * @return this builder
         */
        public Builder contentType(String type) {
            this.contentType = type;
            return this;
        }

        /**
         * @param preview the first bytes of the body, already redacted and quoted; empty for an empty body,
         *     {@code null} (the default) if the body was not read
         * @return this builder
         */
        public Builder bodyPreview(String preview) {
            this.bodyPreview = preview;
            return this;
        }

        /**
         * @param text an extra explanation for the message, already redacted, may be {@code null} (the default)
         * @return this builder
         */
        public Builder detail(String text) {
            this.detail = text;
            return this;
        }

        /**
         * @param value whether repeating the call is safe and may help (default {@code false})
         * @return this builder
         */
        public Builder retryable(boolean value) {
            this.retryable = value;
            return this;
        }

        /**
         * @param failure the parser's failure, may be {@code null} (the default)
         * @return this builder
         */
        public Builder cause(Throwable failure) {
            this.cause = failure;
            return this;
        }

        /**
         * The exception, not thrown.
         *
         * @return the exception
         */
        public ProtocolException build() {
            return new ProtocolException(this);
        }
    }

    /**
     * What was wrong with the response.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
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
}
