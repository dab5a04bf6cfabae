package dev.clssdk.core;

/**
 * The root of every exception a generated client throws: invalid input
 * ({@link ValidationException}), the service refusing a call ({@link ServiceException} and the
 * service's generated subclasses), a malformed response ({@link ProtocolException}), the network
 * ({@link TransportException}), missing credentials ({@link CredentialsException}), an interrupt
 * ({@link SdkInterruptedException}) and waiters ({@link WaiterTimeoutException},
 * {@link WaiterFailedException}). One {@code catch} clause covers them all. Messages never
 * contain secrets.
 *
 * <p>A failure of one call says which action failed ({@link #action()}) and whether the SDK
 * considers the call safe and useful to repeat ({@link #isRetryable()}); the retry loop reads
 * both here, whatever the subclass.
 */
public abstract class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The action of the failed call, or null when the failure is not one call's. */
    private final String action;
    /** Whether the SDK considers the call safe to repeat. */
    private final boolean retryable;

    /**
     * A failure that is not one call's (invalid input, missing credentials, a waiter): no action,
     * not retryable.
     *
     * @param message what went wrong; never contains secrets
     */
    protected SdkException(String message) {
        this(null, message, false, null);
    }

    /**
     * A failure that is not one call's, with its cause: no action, not retryable.
     *
     * @param message what went wrong; never contains secrets
     * @param cause the underlying failure
     */
    protected SdkException(String message, Throwable cause) {
        this(null, message, false, cause);
    }

    /**
     * The failure of one call.
     *
     * @param action the {@code X-TC-Action} of the call, or {@code null} if the failure is not one call's
     * @param message what went wrong; never contains secrets
     * @param retryable whether repeating the call is safe and may succeed
     * @param cause the underlying failure, may be {@code null}
     */
    protected SdkException(String action, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.action = action;
        this.retryable = retryable;
    }

    /**
     * The action whose call failed, as its {@code X-TC-Action} value.
     *
     * @return the action, or {@code null} when the failure is not one call's (invalid input before
     *     any call, missing credentials, a waiter's verdict)
     */
    public String action() {
        return action;
    }

    /**
     * Whether repeating the call is safe and may succeed: throttling for any action; internal
     * errors, HTTP 5xx and I/O failures after the request may have been sent only for idempotent
     * actions; I/O failures before anything was sent for any action. {@code false} for every
     * failure that is not one call's.
     *
     * @return {@code true} if so
     */
    public boolean isRetryable() {
        return retryable;
    }
}
