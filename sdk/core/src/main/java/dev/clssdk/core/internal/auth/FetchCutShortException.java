package dev.clssdk.core.internal.auth;

import java.io.InterruptedIOException;

/**
 * A credentials fetch stopped by its caller's limits, not failed by its source: the thread was
 * interrupted, or the call it was for was cancelled or ran out of time. Not remembered as the
 * source's failure (the next caller tries again); the caller gets an interruption or the call's end.
 */
public final class FetchCutShortException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    private final boolean interrupted;

    /**
     * @param what what was being fetched, for the message (no secrets)
     * @param interrupted whether the thread was interrupted (else the call was over)
     */
    public FetchCutShortException(String what, boolean interrupted) {
        super((interrupted ? "interrupted while fetching " : "the call ended (its timeout, or it was cancelled) while fetching ")
                + what);
        this.interrupted = interrupted;
    }

    /**
     * Whether the thread was interrupted.
     *
     * @return {@code true} for an interrupt, {@code false} for a call that was over
     */
    public boolean interrupted() {
        return interrupted;
    }
}
