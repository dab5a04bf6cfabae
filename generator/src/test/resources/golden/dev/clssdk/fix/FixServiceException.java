package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The FIX service answered with {@code Response.Error}. Each family of error codes (the part of
 * the code before its first {@code .}) has its own subclass, for example
 * {@link AuthFailureException} for every {@code AuthFailure.*} code; a family this SDK version does not know
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
            case "AuthFailure" -> new AuthFailureException(details);
            case "FailedOperation" -> new FailedOperationException(details);
            case "InternalError" -> new InternalErrorException(details);
            case "InvalidParameter" -> new InvalidParameterException(details);
            case "LimitExceeded" -> new LimitExceededException(details);
            case "MissingParameter" -> new MissingParameterException(details);
            case "RequestLimitExceeded" -> new RequestLimitExceededException(details);
            case "UnsupportedOperation" -> new FixUnsupportedOperationException(details);
            default -> new FixServiceException(details);
        };
    }
}
