package dev.clssdk.fix;

import dev.clssdk.core.client.ErrorKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The error codes of the FIX API, as the {@code Response.Error.Code} of a failed call.
 *
 * <p>A code this SDK version does not know maps to {@link #UNKNOWN_TO_SDK_VERSION}; the exception
 * that carries it keeps the raw code.
 */
@Generated("dev.clssdk.codegen")
public enum FixErrorCode {
    /**
     * {@code AuthFailure.MFAFailure}: MFA failed.
     */
    AUTH_FAILURE_MFA_FAILURE("AuthFailure.MFAFailure", "MFA failed.", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.SignatureExpire}: The signature expired.
     */
    AUTH_FAILURE_SIGNATURE_EXPIRE("AuthFailure.SignatureExpire", "The signature expired.", true, false, ErrorKind.CLOCK_SKEW),

    /**
     * {@code FailedOperation.Busy}: Busy; try again.
     */
    FAILED_OPERATION_BUSY("FailedOperation.Busy", "Busy; try again.", false, false, ErrorKind.TRANSIENT),

    /**
     * {@code InternalError}: Internal error.
     */
    INTERNAL_ERROR("InternalError", "Internal error.", true, false, ErrorKind.TRANSIENT),

    /**
     * {@code InvalidParameter}: Incorrect parameter.
     */
    INVALID_PARAMETER("InvalidParameter", "Incorrect parameter.", true, false, ErrorKind.OTHER),

    /**
     * {@code LimitExceeded.Widget}: Too many widgets.
     */
    LIMIT_EXCEEDED_WIDGET("LimitExceeded.Widget", "Too many widgets.", false, false, ErrorKind.OTHER),

    /**
     * {@code MissingParameter}: Missing parameter.
     */
    MISSING_PARAMETER("MissingParameter", "Missing parameter.", true, false, ErrorKind.OTHER),

    /**
     * {@code RequestLimitExceeded}: Too many requests.
     */
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", "Too many requests.", true, true, ErrorKind.THROTTLING),

    /**
     * {@code UnsupportedOperation}: Not supported; its family class must not shadow java.lang.UnsupportedOperationException.
     */
    UNSUPPORTED_OPERATION("UnsupportedOperation", "Not supported; its family class must not shadow java.lang.UnsupportedOperationException.", true, false, ErrorKind.OTHER),

    /**
     * An error code this version of the SDK does not know.
     */
    UNKNOWN_TO_SDK_VERSION(null, "An error code this version of the SDK does not know.", false, false, ErrorKind.OTHER);

    private static final Map<String, FixErrorCode> BY_VALUE = index();

    private final String description;

    private final boolean common;

    private final boolean retryable;

    private final ErrorKind kind;

    private final String value;

    FixErrorCode(String value, String description, boolean common, boolean retryable,
            ErrorKind kind) {
        this.value = value;
        this.description = description;
        this.common = common;
        this.retryable = retryable;
        this.kind = kind;
    }

    private static Map<String, FixErrorCode> index() {
        Map<String, FixErrorCode> byValue = new HashMap<>();
        for (FixErrorCode constant : values()) {
            if (constant.value != null) {
                byValue.put(constant.value, constant);
            }
        }
        return Collections.unmodifiableMap(byValue);
    }

    /**
     * The error code, or {@code null} for {@link #UNKNOWN_TO_SDK_VERSION}.
     *
     * @return the error code
     */
    public String value() {
        return value;
    }

    /**
     * The constant for a error code; never throws.
     *
     * @param value the error code, may be {@code null}
     * @return the matching constant, or {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value or {@code null}
     */
    public static FixErrorCode fromValue(String value) {
        if (value == null) {
            return UNKNOWN_TO_SDK_VERSION;
        }
        return BY_VALUE.getOrDefault(value, UNKNOWN_TO_SDK_VERSION);
    }

    /**
     * The error code, or the constant's name for {@link #UNKNOWN_TO_SDK_VERSION}.
     *
     * @return the error code
     */
    @Override
    public String toString() {
        return value == null ? name() : value;
    }

    /**
     * What the code means, from the API documentation.
     *
     * @return the text
     */
    public String description() {
        return description;
    }

    /**
     * Whether any action can answer this code.
     *
     * @return {@code true} if so
     */
    public boolean isCommon() {
        return common;
    }

    /**
     * Whether a call that failed with this code may be repeated whatever the action (throttling).
     *
     * @return {@code true} if so
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * What the code means for retries: from the spec's {@code x-tc-retryable} and
     * {@code x-tc-error-kind}, and Tencent Cloud API 3.0's common codes ({@code InternalError} is
     * transient, {@code AuthFailure.SignatureExpire} is clock skew).
     *
     * @return the kind; {@link ErrorKind#OTHER} for {@link #UNKNOWN_TO_SDK_VERSION}
     */
    public ErrorKind kind() {
        return kind;
    }
}
