package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The service answered an error code of the {@code FailedOperation} family:
 * <ul>
 * <li>{@code FailedOperation.Busy}: Busy; try again.</li>
 * </ul>
 * <p>A code of the family that this SDK version does not know arrives as this class too.
 */
@Generated("dev.clssdk.codegen")
public class FailedOperationException extends FixServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected FailedOperationException(ServiceException.Details details) {
        super(details);
    }
}
