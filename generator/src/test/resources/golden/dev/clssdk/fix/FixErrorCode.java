package dev.clssdk.fix;

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
    AUTH_FAILURE_MFA_FAILURE("AuthFailure.MFAFailure", "MFA failed.", true, false),

    /**
     * {@code InvalidParameter}: Incorrect parameter.
     */
    INVALID_PARAMETER("InvalidParameter", "Incorrect parameter.", true, false),

    /**
     * {@code LimitExceeded.Widget}: Too many widgets.
     */
    LIMIT_EXCEEDED_WIDGET("LimitExceeded.Widget", "Too many widgets.", false, false),

    /**
     * {@code MissingParameter}: Missing parameter.
     */
    MISSING_PARAMETER("MissingParameter", "Missing parameter.", true, false),

    /**
     * {@code RequestLimitExceeded}: Too many requests.
     */
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", "Too many requests.", true, true),

    /**
     * An error code this version of the SDK does not know.
     */
    UNKNOWN_TO_SDK_VERSION(null, "An error code this version of the SDK does not know.", false, false);

    private static final Map<String, FixErrorCode> BY_VALUE = index();

    private final String description;

    private final boolean common;

    private final boolean retryable;

    private final String value;

    FixErrorCode(String value, String description, boolean common, boolean retryable) {
        this.value = value;
        this.description = description;
        this.common = common;
        this.retryable = retryable;
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
}
