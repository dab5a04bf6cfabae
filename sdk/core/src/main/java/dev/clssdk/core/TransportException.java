package dev.clssdk.core;


/**
 * The call failed in the network: no connection, a timeout, a reset. Says whether the request
 * may have reached the server, which decides whether a non-idempotent call may be repeated.
 */
public class TransportException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The action of the call. */
    private final String action;
    /** Whether the request may have reached the server. */
    private final boolean mayHaveReachedServer;
    /** Whether the failure was a timeout. */
    private final boolean timeout;
    /** Whether the SDK considers the call safe to repeat. */
    private final boolean retryable;

    /**
     * @param action the action of the call
     * @param message what happened
     * @param mayHaveReachedServer whether any of the request may have been sent
     * @param timeout whether a timeout ended the call
     * @param retryable whether repeating the call is safe
     * @param cause the I/O failure, may be {@code null}
     */
    public TransportException(String action, String message, boolean mayHaveReachedServer, boolean timeout,
            boolean retryable, Throwable cause) {
        super(action + " failed: " + message, cause);
        this.action = action;
        this.mayHaveReachedServer = mayHaveReachedServer;
        this.timeout = timeout;
        this.retryable = retryable;
    }

    /**
     * The action of the call.
     *
     * @return the action
     */
    public String action() {
        return action;
    }

    /**
     * Whether the server may have received (and acted on) the request.
     *
     * @return {@code false} only if the failure happened before anything was sent
     */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }

    /**
     * Whether a connect, read or call timeout ended the call.
     *
     * @return {@code true} if so
     */
    public boolean isTimeout() {
        return timeout;
    }

    /**
     * Whether repeating the call is safe: nothing was sent, or the action is idempotent.
     *
     * @return {@code true} if so
     */
    public boolean isRetryable() {
        return retryable;
    }
}
