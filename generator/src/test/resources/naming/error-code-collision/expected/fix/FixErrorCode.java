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
     * {@code ActionOffline}: The action has been taken offline.
     */
    ACTION_OFFLINE("ActionOffline", "The action has been taken offline.", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.InvalidAuthorization}: The Authorization header is malformed.
     */
    AUTH_FAILURE_INVALID_AUTHORIZATION("AuthFailure.InvalidAuthorization", "The Authorization header is malformed.", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.InvalidSecretId}: Invalid key (not a TencentCloud API key type).
     */
    AUTH_FAILURE_INVALID_SECRET_ID("AuthFailure.InvalidSecretId", "Invalid key (not a TencentCloud API key type).", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.MFAFailure}: MFA verification failed.
     */
    AUTH_FAILURE_MFA_FAILURE("AuthFailure.MFAFailure", "MFA verification failed.", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.SecretIdNotFound}: The key does not exist.
     */
    AUTH_FAILURE_SECRET_ID_NOT_FOUND("AuthFailure.SecretIdNotFound", "The key does not exist.", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.SignatureExpire}: The signature has expired; the request timestamp is more than 5 minutes off the server
     * time.
     */
    AUTH_FAILURE_SIGNATURE_EXPIRE("AuthFailure.SignatureExpire", "The signature has expired; the request timestamp is more than 5 minutes off the server time.", true, false, ErrorKind.CLOCK_SKEW),

    /**
     * {@code AuthFailure.SignatureFailure}: The signature is invalid.
     */
    AUTH_FAILURE_SIGNATURE_FAILURE("AuthFailure.SignatureFailure", "The signature is invalid.", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.TokenFailure}: The token is invalid.
     */
    AUTH_FAILURE_TOKEN_FAILURE("AuthFailure.TokenFailure", "The token is invalid.", true, false, ErrorKind.OTHER),

    /**
     * {@code AuthFailure.UnauthorizedOperation}: The request is not authorized.
     */
    AUTH_FAILURE_UNAUTHORIZED_OPERATION("AuthFailure.UnauthorizedOperation", "The request is not authorized.", true, false, ErrorKind.OTHER),

    /**
     * {@code FixService.Down}: The service is down.
     */
    FIX_SERVICE_DOWN("FixService.Down", "The service is down.", false, false, ErrorKind.OTHER),

    /**
     * {@code FixUnsupportedOperation.Import}: Import is not supported.
     */
    FIX_UNSUPPORTED_OPERATION_IMPORT("FixUnsupportedOperation.Import", "Import is not supported.", false, false, ErrorKind.OTHER),

    /**
     * {@code InternalError}: Internal error.
     */
    INTERNAL_ERROR("InternalError", "Internal error.", true, false, ErrorKind.TRANSIENT),

    /**
     * {@code InvalidAction}: The action does not exist.
     */
    INVALID_ACTION("InvalidAction", "The action does not exist.", true, false, ErrorKind.OTHER),

    /**
     * {@code InvalidParameter}: Incorrect parameter.
     */
    INVALID_PARAMETER("InvalidParameter", "Incorrect parameter.", true, false, ErrorKind.OTHER),

    /**
     * {@code InvalidParameter.ValueTooLarge}: A parameter is too large.
     */
    INVALID_PARAMETER__VALUE_TOO_LARGE("InvalidParameter.ValueTooLarge", "A parameter is too large.", false, false, ErrorKind.OTHER),

    /**
     * {@code InvalidParameterValue}: Incorrect parameter value.
     */
    INVALID_PARAMETER_VALUE("InvalidParameterValue", "Incorrect parameter value.", true, false, ErrorKind.OTHER),

    /**
     * {@code InvalidParameterValue.TooLarge}: A parameter value is too large.
     */
    INVALID_PARAMETER_VALUE__TOO_LARGE("InvalidParameterValue.TooLarge", "A parameter value is too large.", false, false, ErrorKind.OTHER),

    /**
     * {@code Invalidparam.Name}: The name is not valid.
     */
    INVALIDPARAM_NAME("Invalidparam.Name", "The name is not valid.", false, false, ErrorKind.OTHER),

    /**
     * {@code IpInBlacklist}: The IP is in the blacklist.
     */
    IP_IN_BLACKLIST("IpInBlacklist", "The IP is in the blacklist.", true, false, ErrorKind.OTHER),

    /**
     * {@code IpNotInWhitelist}: The IP is not in the whitelist.
     */
    IP_NOT_IN_WHITELIST("IpNotInWhitelist", "The IP is not in the whitelist.", true, false, ErrorKind.OTHER),

    /**
     * {@code LimitExceeded}: A quota limit is exceeded.
     */
    LIMIT_EXCEEDED("LimitExceeded", "A quota limit is exceeded.", true, false, ErrorKind.OTHER),

    /**
     * {@code MissingParameter}: Missing parameter.
     */
    MISSING_PARAMETER("MissingParameter", "Missing parameter.", true, false, ErrorKind.OTHER),

    /**
     * {@code RequestLimitExceeded}: The number of requests exceeds the frequency limit.
     */
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", "The number of requests exceeds the frequency limit.", true, true, ErrorKind.THROTTLING),

    /**
     * {@code ResourceNotFound}: The resource does not exist.
     */
    RESOURCE_NOT_FOUND("ResourceNotFound", "The resource does not exist.", true, false, ErrorKind.OTHER),

    /**
     * {@code UnauthorizedOperation}: Unauthorized operation.
     */
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", "Unauthorized operation.", true, false, ErrorKind.OTHER),

    /**
     * {@code UnsupportedOperation}: Unsupported operation.
     */
    UNSUPPORTED_OPERATION("UnsupportedOperation", "Unsupported operation.", true, false, ErrorKind.OTHER),

    /**
     * {@code UnsupportedOperation.Export}: Export is not supported.
     */
    UNSUPPORTED_OPERATION_EXPORT("UnsupportedOperation.Export", "Export is not supported.", false, false, ErrorKind.OTHER),

    /**
     * {@code invalid-param.Name}: The name is not valid, spelled another way.
     */
    INVALID_PARAM_NAME("invalid-param.Name", "The name is not valid, spelled another way.", false, false, ErrorKind.OTHER),

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
