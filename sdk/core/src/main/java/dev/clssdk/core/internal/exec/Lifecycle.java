package dev.clssdk.core.internal.exec;

import dev.clssdk.core.internal.Settings;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import dev.clssdk.core.http.ExchangeControl;

/**
 * Whether a client is open, and what it has in flight, so that {@link #close()} can keep its
 * promise: once it returns, no new request leaves the client. A call registers its attempt with
 * {@link #admit} before executing it; {@link #close()} first marks the client closed, then cancels
 * everything registered, and wakes every call waiting in {@link #awaitClose}. Because admission adds
 * before it checks and closing marks before it cancels, an attempt is either refused or cancelled.
 */
final class Lifecycle {
    private final Set<ExchangeControl> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<Runnable> onClose = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean closed;

    boolean isClosed() {
        return closed;
    }

    /**
     * Registers an attempt about to be executed.
     *
     * @return {@code false} if the client is closed (the attempt must not run)
     */
    boolean admit(ExchangeControl exchange) {
        inFlight.add(exchange);
        if (closed) {
            inFlight.remove(exchange);
            return false;
        }
        return true;
    }

    void done(ExchangeControl exchange) {
        inFlight.remove(exchange);
    }

    /**
     * Runs {@code action} when the client closes (at once if it is closed already).
     *
     * @return a handle that unregisters it
     */
    Runnable whenClosed(Runnable action) {
        onClose.add(action);
        if (closed && onClose.remove(action)) {
            action.run();
        }
        return () -> onClose.remove(action);
    }

    /**
     * Waits up to {@code duration}, waking early if the client closes.
     *
     * @return {@code true} if the client is closed
     */
    boolean awaitClose(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            closing.await(Settings.saturatedNanos(duration), TimeUnit.NANOSECONDS);
        }
        return closed;
    }

    void close() {
        closed = true;
        closing.countDown();
        for (ExchangeControl exchange : inFlight) {
            exchange.abort();
        }
        for (Runnable action : onClose) {
            if (onClose.remove(action)) {
                action.run();
            }
        }
    }
}
