package dev.clssdk.core;

/**
 * The root of every exception a generated client throws: invalid input
 * ({@link ValidationException}), the service refusing a call ({@link ServiceException} and the
 * service's generated subclasses), a malformed answer ({@link ProtocolException}), the network
 * ({@link TransportException}), missing credentials ({@link CredentialsException}), an interrupt
 * ({@link SdkInterruptedException}) and waiters ({@link WaiterTimeoutException},
 * {@link WaiterFailedException}). One {@code catch} clause covers them all. Messages never
 * contain secrets.
 */
public abstract class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong; never contains secrets
     */
    protected SdkException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong; never contains secrets
     * @param cause the underlying failure
     */
    protected SdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
