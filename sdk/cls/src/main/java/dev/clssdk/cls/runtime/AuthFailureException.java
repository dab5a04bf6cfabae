package dev.clssdk.cls.runtime;

/**
 * Any {@code AuthFailure} or {@code AuthFailure.*} code: the credentials, the signature or the clock are wrong.
 */
public class AuthFailureException extends ClsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected AuthFailureException(Details details) {
        super(details);
    }
}
