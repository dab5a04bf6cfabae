package dev.clssdk.fix;

import dev.clssdk.core.ServiceException;
import javax.annotation.processing.Generated;

/**
 * The service answered an error code of the {@code AuthFailure} family:
 * <ul>
 * <li>{@code AuthFailure.MFAFailure}: MFA failed.</li>
 * <li>{@code AuthFailure.SignatureExpire}: The signature expired.</li>
 * </ul>
 * <p>A code of the family that this SDK version does not know arrives as this class too.
 */
@Generated("dev.clssdk.codegen")
public class AuthFailureException extends FixServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected AuthFailureException(ServiceException.Details details) {
        super(details);
    }
}
