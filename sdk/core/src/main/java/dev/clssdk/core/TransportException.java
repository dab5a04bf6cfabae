package dev.clssdk.core;

import java.util.Objects;

/**
 * The call failed in the network: no connection, a timeout, a reset. Says whether the request
 * may have reached the server, which decides whether a non-idempotent call may be repeated.
 */
public class TransportException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** Whether the request may have reached the server. */
    private final boolean mayHaveReachedServer;
    /** Whether the failure was a timeout. */
    private final boolean timeout;

    /**
     * For subclasses: a failure that is not a timeout and is never retried.
     *
     * @param action the action of the call
     * @param message what happened
     * @param mayHaveReachedServer whether any of the request may have been sent
     */
    protected TransportException(String action, String message, boolean mayHaveReachedServer) {
        this(builder(action, message).mayHaveReachedServer(mayHaveReachedServer));
    }

    private TransportException(Builder b) {
        super(b.action, b.action + " failed: " + b.message, b.retryable, b.cause);
        this.mayHaveReachedServer = b.mayHaveReachedServer;
        this.timeout = b.timeout;
    }

    /**
     * The exception with every value by position; prefer {@link #builder(String, String)}, whose call
     * sites name each value.
     *
     * @param action the action of the call
     * @param message what happened
     * @param mayHaveReachedServer whether any of the request may have been sent
     * @param timeout whether a timeout ended the call
     * @param retryable whether repeating the call is safe
     * @param cause the I/O failure, may be {@code null}
     * @deprecated use {@link #builder(String, String)}
     */
    @Deprecated(since = "0.3.0", forRemoval = true)
    public TransportException(String action, String message, boolean mayHaveReachedServer, boolean timeout,
            boolean retryable, Throwable cause) {
        this(builder(action, message).mayHaveReachedServer(mayHaveReachedServer).timeout(timeout).retryable(retryable)
                .cause(cause));
    }

    /**
     * Starts an exception about a call of {@code action} that failed in the network: nothing sent, no
     * timeout, not retryable, no cause, until set otherwise.
     *
     * @param action the {@code X-TC-Action} of the call
     * @param message what happened; never contains secrets
     * @return the builder
     */
    public static Builder builder(String action, String message) {
        return new Builder(Objects.requireNonNull(action, "action"), Objects.requireNonNull(message, "message"));
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

    /** Builds a {@link TransportException}; each setter names what it sets. */
    public static final class Builder {
        private final String action;
        private final String message;
        private boolean mayHaveReachedServer;
        private boolean timeout;
        private boolean retryable;
        private Throwable cause;

        private Builder(String action, String message) {
            this.action = action;
            this.message = message;
        }

        /**
         * @param value whether any of the request may have been sent (default {@code false})
         * @return this builder
         */
        public Builder mayHaveReachedServer(boolean value) {
            this.mayHaveReachedServer = value;
            return this;
        }

        /**
         * @param value whether a connect, read or call timeout ended the call (default {@code false})
         * @return this builder
         */
        public Builder timeout(boolean value) {
            this.timeout = value;
            return this;
        }

        /**
         * @param value whether repeating the call is safe: nothing was sent, or the action is
         *     idempotent (default {@code false})
         * @return this builder
         */
        public Builder retryable(boolean value) {
            this.retryable = value;
            return this;
        }

        /**
         * @param failure the I/O failure, may be {@code null} (the default)
         * @return this builder
         */
        public Builder cause(Throwable failure) {
            this.cause = failure;
            return this;
        }

        /**
         * The exception, not thrown.
         *
         * @return the exception
         */
        public TransportException build() {
            return new TransportException(this);
        }
    }
}
