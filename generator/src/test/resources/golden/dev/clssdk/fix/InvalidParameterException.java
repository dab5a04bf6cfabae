package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The service answered an error code of the {@code InvalidParameter} family:
 * <ul>
 * <li>{@code InvalidParameter}: Incorrect parameter.</li>
 * </ul>
 * <p>A code of the family that this SDK version does not know arrives as this class too.
 */
@Generated("dev.clssdk.codegen")
public class InvalidParameterException extends FixServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected InvalidParameterException(ServiceException.Details details) {
        super(details);
    }
}
