package dev.clssdk.core;

/**
 * The client was closed: before the call started, while it waited (in the rate limiter or a retry
 * backoff), or while it was in flight (then it was cancelled, and may have reached the server).
 * Never retried.
 */
public class ClientClosedException extends TransportException {
    private static final long serialVersionUID = 1L;

    /**
     * @param action the action of the call
     * @param message what happened
     * @param mayHaveReachedServer whether the request may have been sent before it was cancelled
     */
    public ClientClosedException(String action, String message, boolean mayHaveReachedServer) {
        super(action, message, mayHaveReachedServer);
    }
}
