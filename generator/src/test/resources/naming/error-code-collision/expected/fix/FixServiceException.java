package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The FIX service answered with {@code Response.Error}. Each family of error codes (the part of
 * the code before its first {@code .}) has its own subclass, for example
 * {@link ActionOfflineException} for every {@code ActionOffline.*} code; a family this SDK version does not know
 * arrives as this class itself. {@link #rawCode()} always keeps the code as received.
 */
@Generated("dev.clssdk.codegen")
public class FixServiceException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected FixServiceException(ServiceException.Details details) {
        super(details);
    }

    /**
     * The error code as a constant.
     *
     * @return the code, or {@link FixErrorCode#UNKNOWN_TO_SDK_VERSION} for a code this SDK version does not know
     */
    public FixErrorCode errorCode() {
        return FixErrorCode.fromValue(rawCode());
    }

    /**
     * The exception for an error response: the subclass of the code's family, or this class for
     * a family this SDK version does not know.
     *
     * @param details what the service answered
     * @return the exception, not thrown
     */
    public static FixServiceException of(ServiceException.Details details) {
        String code = details.rawCode() == null ? "" : details.rawCode();
        int dot = code.indexOf('.');
        String family = dot < 0 ? code : code.substring(0, dot);
        return switch (family) {
            case "ActionOffline" -> new ActionOfflineException(details);
            case "AuthFailure" -> new AuthFailureException(details);
            case "FixService" -> new FixServiceException2(details);
            case "FixUnsupportedOperation" -> new FixUnsupportedOperationException2(details);
            case "InternalError" -> new InternalErrorException(details);
            case "InvalidAction" -> new InvalidActionException(details);
            case "InvalidParameter" -> new InvalidParameterException(details);
            case "InvalidParameterValue" -> new InvalidParameterValueException(details);
            case "Invalidparam" -> new InvalidparamException(details);
            case "IpInBlacklist" -> new IpInBlacklistException(details);
            case "IpNotInWhitelist" -> new IpNotInWhitelistException(details);
            case "LimitExceeded" -> new LimitExceededException(details);
            case "MissingParameter" -> new MissingParameterException(details);
            case "RequestLimitExceeded" -> new RequestLimitExceededException(details);
            case "ResourceNotFound" -> new ResourceNotFoundException(details);
            case "UnauthorizedOperation" -> new UnauthorizedOperationException(details);
            case "UnsupportedOperation" -> new FixUnsupportedOperationException(details);
            case "invalid-param" -> new InvalidParamException2(details);
            default -> new FixServiceException(details);
        };
    }
}
