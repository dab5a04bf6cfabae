package dev.clssdk.okhttp.internal;

import java.io.IOException;

/**
 * An I/O failure after the connection was open and the request may have been written: the server
 * may have acted on it. Only idempotent actions are retried after this.
 */
final class RequestSentIOException extends IOException {
    private static final long serialVersionUID = 1L;

    RequestSentIOException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
