package dev.clssdk.codegen.importer;

import java.util.List;

/**
 * The errors every Tencent Cloud API 3.0 action can answer (Tencent's common error page). They are
 * not in the per-service model, so the importer supplies them; the validation codes need two of them.
 */
final class CommonErrors {

    record CommonError(String code, String description, boolean retryable) {}

    static final String MISSING_PARAMETER = "MissingParameter";
    static final String INVALID_PARAMETER = "InvalidParameter";

    static final List<CommonError> ALL = List.of(
            new CommonError("AuthFailure.SignatureFailure", "The signature is invalid.", false),
            new CommonError("AuthFailure.SignatureExpire", "The signature has expired; the request timestamp is more than 5 minutes off the server time.", false),
            new CommonError("AuthFailure.SecretIdNotFound", "The key does not exist.", false),
            new CommonError("AuthFailure.InvalidSecretId", "Invalid key (not a TencentCloud API key type).", false),
            new CommonError("AuthFailure.TokenFailure", "The token is invalid.", false),
            new CommonError("AuthFailure.UnauthorizedOperation", "The request is not authorized.", false),
            new CommonError("AuthFailure.MFAFailure", "MFA verification failed.", false),
            new CommonError("AuthFailure.InvalidAuthorization", "The Authorization header is malformed.", false),
            new CommonError("InternalError", "Internal error.", false),
            new CommonError(INVALID_PARAMETER, "Incorrect parameter.", false),
            new CommonError("InvalidParameterValue", "Incorrect parameter value.", false),
            new CommonError("LimitExceeded", "A quota limit is exceeded.", false),
            new CommonError(MISSING_PARAMETER, "Missing parameter.", false),
            new CommonError("RequestLimitExceeded", "The number of requests exceeds the frequency limit.", true),
            new CommonError("IpInBlacklist", "The IP is in the blacklist.", false),
            new CommonError("IpNotInWhitelist", "The IP is not in the whitelist.", false),
            new CommonError("ActionOffline", "The action has been taken offline.", false),
            new CommonError("InvalidAction", "The action does not exist.", false),
            new CommonError("UnsupportedOperation", "Unsupported operation.", false),
            new CommonError("UnauthorizedOperation", "Unauthorized operation.", false),
            new CommonError("ResourceNotFound", "The resource does not exist.", false));

    private CommonErrors() {}
}
