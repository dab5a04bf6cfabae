package dev.clssdk.core;

import java.util.Objects;

/**
 * The service answered with {@code Response.Error}: the call reached the service and was refused.
 *
 * <p>Each generated service has its own subclass, named after the service, with a typed
 * {@code errorCode()}, and one subclass per family of codes (the part of the code before the
 * first {@code .}), so callers can {@code catch}
 * what they act on. {@link #rawCode()} always keeps the code as received.
 */
public class ServiceException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * What the service answered, and what the SDK knows about the call.
     *
     * @param action the {@code X-TC-Action} of the call
     * @param rawCode {@code Response.Error.Code} as received
     * @param message {@code Response.Error.Message} as received, may be {@code null}
     * @param requestId {@code Response.RequestId}, may be {@code null} if the server left it out
     * @param httpStatus the HTTP status of the response (200 for the API's own errors)
     * @param retryable whether the SDK considers this call safe and useful to repeat
     * @param note an extra sentence the SDK adds (for example about a clock-skew retry), or {@code null}
     */
    public record Details(String action, String rawCode, String message, String requestId, int httpStatus,
            boolean retryable, String note) {
        /**
         * The same details with a note added.
         *
         * @param extra the sentence to add
         * @return the new details
         */
        public Details withNote(String extra) {
            return new Details(action, rawCode, message, requestId, httpStatus, retryable,
                    note == null ? extra : note + " " + extra);
        }
    }

    // Held as plain fields rather than the Details record, so the exception stays serializable.
    /** {@code Response.Error.Code} as received. */
    private final String rawCode;
    /** {@code Response.Error.Message} as received. */
    private final String errorMessage;
    /** {@code Response.RequestId}. */
    private final String requestId;
    /** The HTTP status of the response. */
    private final int httpStatus;
    /** The SDK's extra sentence, or null. */
    private final String note;

    /**
     * @param details what the service answered
     */
    @GeneratedCodeApi
    protected ServiceException(Details details) {
        super(Objects.requireNonNull(details, "details").action(), message(details), details.retryable(), null);
        this.rawCode = details.rawCode();
        this.errorMessage = details.message();
        this.requestId = details.requestId();
        this.httpStatus = details.httpStatus();
        this.note = details.note();
    }

    /**
     * A plain exception for a response, for a service without a subclass of its own.
     *
     * @param details what the service answered
     * @return the exception, not thrown
     */
    @GeneratedCodeApi
    public static ServiceException of(Details details) {
        return new ServiceException(details);
    }

    /** The longest server text {@link #getMessage()} quotes; {@link #errorMessage()} keeps all of it. */
    static final int MAX_QUOTED_MESSAGE = 500;

    private static String message(Details d) {
        StringBuilder text = new StringBuilder();
        text.append(d.action()).append(" failed: ").append(d.rawCode());
        String message = d.message();
        if (message != null && !message.isEmpty()) {
            if (message.length() <= MAX_QUOTED_MESSAGE) {
                text.append(": ").append(message);
            } else {
                int cut = Character.isHighSurrogate(message.charAt(MAX_QUOTED_MESSAGE - 1))
                        ? MAX_QUOTED_MESSAGE - 1 : MAX_QUOTED_MESSAGE;
                text.append(": ").append(message, 0, cut).append("... (").append(message.length())
                        .append(" characters; errorMessage() has all)");
            }
        }
        text.append(" (RequestId ").append(d.requestId() == null ? "none" : d.requestId())
                .append(", HTTP ").append(d.httpStatus()).append(')');
        if (d.note() != null) {
            text.append(". ").append(d.note());
        }
        return text.toString();
    }

    /**
     * {@code Response.Error.Code} as received.
     *
     * @return the raw code
     */
    public String rawCode() {
        return rawCode;
    }

    /**
     * {@code Response.Error.Message} as received (redacted), whole; {@link #getMessage()} quotes at most
     * its first 500 characters. The text may change, so test the code.
     *
     * @return the message, may be {@code null}
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * {@code Response.RequestId}; quote it when asking Tencent Cloud support.
     *
     * @return the request id, may be {@code null}
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The HTTP status of the response.
     *
     * @return the status
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Everything the exception carries.
     *
     * @return the details
     */
    public Details details() {
        return new Details(action(), rawCode, errorMessage, requestId, httpStatus, isRetryable(), note);
    }
}
