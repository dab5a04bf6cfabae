package dev.clssdk.core.internal.exec;

import dev.clssdk.core.ClientClosedException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.Operation;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.internal.http.FailureIOException;
import dev.clssdk.core.internal.http.RequestSentIOException;
import dev.clssdk.core.internal.retry.RetryRules;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/** Turns whatever an OkHttp call throws into the SDK's typed exceptions. */
final class FailureTranslator {
    private FailureTranslator() {
        // static only
    }

    static SdkException translate(Operation<?, ?> operation, Throwable thrown, boolean closed, boolean callerThread) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof FailureIOException) {
                return ((FailureIOException) t).failure();
            }
            if (t instanceof SdkException) {
                return (SdkException) t;
            }
        }
        String action = operation.action();
        boolean sent = false;
        boolean timeout = false;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            sent |= t instanceof RequestSentIOException;
            timeout |= t instanceof SocketTimeoutException
                    || (t instanceof InterruptedIOException && "timeout".equals(t.getMessage()));
        }
        if (thrown instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new SdkInterruptedException(action + " was interrupted", thrown);
        }
        if (closed) {
            return new ClientClosedException(action, "the client was closed during the call, which was cancelled", sent);
        }
        // An interrupted caller's attempt was cancelled by the watchdog: whatever I/O failure that caused, the cause is the interrupt.
        if (callerThread && (Thread.currentThread().isInterrupted() || (thrown instanceof InterruptedIOException && !timeout))) {
            Thread.currentThread().interrupt();
            return new SdkInterruptedException(action + " was interrupted", thrown);
        }
        if (thrown instanceof java.io.IOException) {
            Throwable root = thrown instanceof RequestSentIOException && thrown.getCause() != null
                    ? thrown.getCause() : thrown;
            String what = (sent ? "I/O failure after the request may have been sent: "
                    : "I/O failure before the request was sent: ") + root;
            return new TransportException(action, what, sent, timeout,
                    RetryRules.isRetryableTransport(sent, operation.isIdempotent()), thrown);
        }
        // Not the message: unchecked exceptions from the HTTP stack may quote header values.
        return new TransportException(action, "unexpected failure: " + thrown.getClass().getName(), true, false, false, null);
    }

    static boolean isRetryable(SdkException failure) {
        if (failure instanceof ServiceException) {
            return ((ServiceException) failure).isRetryable();
        }
        if (failure instanceof ProtocolException) {
            return ((ProtocolException) failure).isRetryable();
        }
        if (failure instanceof TransportException) {
            return ((TransportException) failure).isRetryable();
        }
        return false;
    }
}
