package dev.clssdk.cls.runtime;

import dev.clssdk.cls.ClsException;
import dev.clssdk.cls.ClsOperation;
import dev.clssdk.cls.runtime.http.ClsFailureIOException;
import dev.clssdk.cls.runtime.http.RequestSentIOException;
import dev.clssdk.cls.runtime.retry.RetryRules;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/** Turns whatever a Retrofit call throws into the SDK's typed exceptions. */
final class FailureTranslator {
    private FailureTranslator() {
        // static only
    }

    static ClsException translate(ClsOperation operation, Throwable thrown, boolean closed, boolean callerThread) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ClsFailureIOException) {
                return ((ClsFailureIOException) t).failure();
            }
            if (t instanceof ClsException) {
                return (ClsException) t;
            }
        }
        String action = operation.action();
        if (closed) {
            return new ClsTransportException(action, "the client is closed", true, false, false, thrown);
        }
        boolean sent = false;
        boolean timeout = false;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            sent |= t instanceof RequestSentIOException;
            timeout |= t instanceof SocketTimeoutException
                    || (t instanceof InterruptedIOException && "timeout".equals(t.getMessage()));
        }
        if (callerThread && thrown instanceof InterruptedIOException && !timeout) {
            Thread.currentThread().interrupt();
            return new ClsInterruptedException(action + " was interrupted", thrown);
        }
        if (thrown instanceof java.io.IOException) {
            Throwable root = thrown instanceof RequestSentIOException && thrown.getCause() != null
                    ? thrown.getCause() : thrown;
            String what = (sent ? "I/O failure after the request may have been sent: "
                    : "I/O failure before the request was sent: ") + root;
            return new ClsTransportException(action, what, sent, timeout,
                    RetryRules.isRetryableTransport(sent, operation.isIdempotent()), thrown);
        }
        return new ClsTransportException(action, "unexpected failure: " + thrown, true, false, false, thrown);
    }

    static boolean isRetryable(ClsException failure) {
        if (failure instanceof ClsServiceException) {
            return ((ClsServiceException) failure).isRetryable();
        }
        if (failure instanceof ClsProtocolException) {
            return ((ClsProtocolException) failure).isRetryable();
        }
        if (failure instanceof ClsTransportException) {
            return ((ClsTransportException) failure).isRetryable();
        }
        return false;
    }
}
