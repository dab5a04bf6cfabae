package dev.clssdk.core.auth;

import dev.clssdk.core.internal.auth.CallScope;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits of the call that credentials are being resolved for: its deadline, and whether it was
 * cancelled. The core sets them around {@link CredentialsProvider#resolve()} when it signs an
 * attempt; a provider that fetches over the network (an instance's metadata service, a security
 * token service) or waits for another caller's fetch reads them with {@link #current()} and ends its
 * wait by the deadline, and soon after the call is cancelled or its thread interrupted, so that a slow
 * source never holds a call past its {@code callTimeout}. Outside a call, {@link #current()} is
 * {@link #NONE}: no deadline, never cancelled.
 *
 * <p>Providers read limits; only the core makes and sets them. Implementing this interface does not
 * make a provider's limits apply anywhere.
 */
public interface CallLimits {
    /** No deadline, never cancelled: the limits outside a call. */
    CallLimits NONE = CallScope.NONE;

    /**
     * The limits of the call the current thread resolves credentials for.
     *
     * @return the limits, or {@link #NONE}
     */
    static CallLimits current() {
        return CallScope.current();
    }

    /**
     * The time left before the deadline.
     *
     * @return the time left (zero once past), or empty without a deadline
     */
    Optional<Duration> remaining();

    /**
     * The deadline on the {@link System#nanoTime()} scale.
     *
     * @return the deadline, or {@link Long#MAX_VALUE} for none
     */
    long deadlineNanos();

    /**
     * Whether the call was cancelled (its timeout, the client's close) or its deadline has passed.
     *
     * @return {@code true} if a fetch for it should stop
     */
    boolean isOver();
}
