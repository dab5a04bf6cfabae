package dev.clssdk.cls.runtime;

/**
 * {@code RequestLimitExceeded}: the service throttled the call; the SDK retries these with backoff before giving up.
 */
public class RequestLimitExceededException extends ClsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected RequestLimitExceededException(Details details) {
        super(details);
    }
}
