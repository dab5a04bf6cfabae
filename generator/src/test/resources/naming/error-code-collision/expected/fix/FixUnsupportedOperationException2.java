package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The service answered an error code of the {@code FixUnsupportedOperation} family:
 * <ul>
 * <li>{@code FixUnsupportedOperation.Import}: Import is not supported.</li>
 * </ul>
 * <p>A code of the family that this SDK version does not know arrives as this class too.
 * <p>Not named {@code FixUnsupportedOperationException}: that is not a legal Java class name, or another family's class
 * or the service's base exception has it (ignoring case).
 */
@Generated("dev.clssdk.codegen")
public class FixUnsupportedOperationException2 extends FixServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected FixUnsupportedOperationException2(ServiceException.Details details) {
        super(details);
    }
}
