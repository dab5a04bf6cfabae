package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The service answered an error code of the {@code InternalError} family:
 * <ul>
 * <li>{@code InternalError}: Internal error.</li>
 * </ul>
 * <p>A code of the family that this SDK version does not know arrives as this class too.
 */
@Generated("dev.clssdk.codegen")
public class InternalErrorException extends FixServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected InternalErrorException(ServiceException.Details details) {
        super(details);
    }
}
