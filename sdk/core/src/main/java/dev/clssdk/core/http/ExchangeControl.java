package dev.clssdk.core.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The core's handle on one exchange in flight: it aborts the exchange when the client closes, the
 * blocking caller is interrupted or an asynchronous call is cancelled. A transport registers how to
 * stop its exchange with {@link #onAbort}; an abort that came first runs it at once.
 *
 * <p>A transport only registers and asks; the constructor and {@link #abort()} are the caller's side,
 * for code that calls a transport without a client: benchmarks, and a transport's own tests, which can
 * abort an exchange to check that it stops.
 */
public final class ExchangeControl {
    private final List<Runnable> actions = new ArrayList<>(2);
    private boolean aborted;

    /** A control for one exchange; the core makes one per attempt. */
    public ExchangeControl() {
    }

    /**
     * Runs {@code action} when the exchange is aborted, at once if it already was.
     *
     * @param action stops the exchange: cancels the call, closes its connection; must not block
     */
    public void onAbort(Runnable action) {
        synchronized (this) {
            if (!aborted) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    /**
     * Whether the exchange was aborted.
     *
     * @return {@code true} once {@link #abort()} was called
     */
    public synchronized boolean isAborted() {
        return aborted;
    }

    /** Aborts the exchange: runs what the transport registered, once. Idempotent. */
    public void abort() {
        List<Runnable> toRun;
        synchronized (this) {
            if (aborted) {
                return;
            }
            aborted = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        for (Runnable action : toRun) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // aborting is best effort: the exchange ends as failed either way
            }
        }
    }
}
