package dev.clssdk.core.internal.http;

import java.io.IOException;

/**
 * An I/O failure after the connection was open and the request may have been written: the server
 * may have acted on it. Only idempotent actions are retried after this.
 */
public final class RequestSentIOException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param cause the failure
     */
    public RequestSentIOException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
