package dev.clssdk.core.internal.retry;

import dev.clssdk.core.client.ErrorKind;

/**
 * Which failures may be repeated. One rule decides: a call may be repeated when the server
 * certainly did not act on it, or when acting twice does no harm (the action is idempotent).
 *
 * <ul>
 *   <li>Any action: throttling (codes of kind {@link ErrorKind#THROTTLING}, HTTP 429) and I/O failures before
 *       anything was sent (connection refused, DNS, connect timeout).</li>
 *   <li>Idempotent actions only: transient server errors ({@link ErrorKind#TRANSIENT}), HTTP 5xx, read timeouts and other I/O
 *       failures after the request may have been sent.</li>
 * </ul>
 */
public final class RetryRules {
    private RetryRules() {
    }

    /**
     * Whether an error envelope may be retried.
     *
     * @param kind what the service's metadata says about the code
     * @param idempotent whether the action is idempotent
     * @return {@code true} if so
     */
    public static boolean isRetryable(ErrorKind kind, boolean idempotent) {
        return kind == ErrorKind.THROTTLING || (idempotent && kind == ErrorKind.TRANSIENT);
    }

    /**
     * Whether an HTTP status without an envelope may be retried.
     *
     * @param status the status
     * @param idempotent whether the action is idempotent
     * @return {@code true} if so
     */
    public static boolean isRetryableStatus(int status, boolean idempotent) {
        return status == 429 || (idempotent && status >= 500 && status <= 599);
    }

    /**
     * Whether an I/O failure may be retried.
     *
     * @param mayHaveReachedServer whether any of the request may have been sent
     * @param idempotent whether the action is idempotent
     * @return {@code true} if so
     */
    public static boolean isRetryableTransport(boolean mayHaveReachedServer, boolean idempotent) {
        return !mayHaveReachedServer || idempotent;
    }
}
