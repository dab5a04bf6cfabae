package dev.clssdk.core;


/**
 * The calling thread was interrupted while the SDK waited (for the rate limiter, a backoff, a
 * poll or the network). The thread's interrupt flag is set again before this is thrown.
 */
public class SdkInterruptedException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was interrupted
     * @param cause the interruption, may be {@code null}
     */
    public SdkInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
