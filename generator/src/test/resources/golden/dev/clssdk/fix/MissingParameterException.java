package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The service answered an error code of the {@code MissingParameter} family:
 * <ul>
 * <li>{@code MissingParameter}: Missing parameter.</li>
 * </ul>
 * <p>A code of the family that this SDK version does not know arrives as this class too.
 */
@Generated("dev.clssdk.codegen")
public class MissingParameterException extends FixServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected MissingParameterException(ServiceException.Details details) {
        super(details);
    }
}
