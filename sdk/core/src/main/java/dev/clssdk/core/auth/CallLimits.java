package dev.clssdk.core.auth;

import dev.clssdk.core.internal.Settings;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The limits of the call that credentials are being resolved for: its deadline, and whether it was
 * cancelled. The core sets them around {@link CredentialsProvider#resolve()} when it signs an
 * attempt; a provider that fetches over the network (an instance's metadata service, a security
 * token service) or waits for another caller's fetch reads them with {@link #current()} and ends its
 * wait by the deadline, and soon after the call is cancelled or its thread interrupted, so that a slow
 * source never holds a call past its {@code callTimeout}. Outside a call, {@link #current()} is
 * {@link #NONE}: no deadline, never cancelled.
 */
public final class CallLimits {
    /** No deadline, never cancelled: the limits outside a call. */
    public static final CallLimits NONE = new CallLimits(Long.MAX_VALUE, () -> false);

    private static final ThreadLocal<CallLimits> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;
    private final BooleanSupplier cancelled;

    private CallLimits(long deadlineNanos, BooleanSupplier cancelled) {
        this.deadlineNanos = deadlineNanos;
        this.cancelled = cancelled;
    }

    /**
     * Limits ending {@code timeout} from now.
     *
     * @param timeout the time left, or {@code null} for none
     * @param cancelled whether the call was cancelled (asked again and again, cheaply)
     * @return the limits
     */
    public static CallLimits of(Duration timeout, BooleanSupplier cancelled) {
        Objects.requireNonNull(cancelled, "cancelled");
        long deadline = Long.MAX_VALUE;
        if (timeout != null && !timeout.isNegative()) {
            long now = System.nanoTime();
            long nanos = Settings.saturatedNanos(timeout);
            deadline = nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        }
        return new CallLimits(deadline, cancelled);
    }

    /**
     * The limits of the call the current thread resolves credentials for.
     *
     * @return the limits, or {@link #NONE}
     */
    public static CallLimits current() {
        CallLimits limits = CURRENT.get();
        return limits == null ? NONE : limits;
    }

    /**
     * Runs {@code action} with these limits as the current thread's.
     *
     * @param <T> what the action returns
     * @param action resolves credentials, typically
     * @return what it returned
     */
    public <T> T apply(Supplier<T> action) {
        CallLimits outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return action.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * The time left before the deadline.
     *
     * @return the time left (zero once past), or empty without a deadline
     */
    public Optional<Duration> remaining() {
        if (deadlineNanos == Long.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
    }

    /**
     * The deadline on the {@link System#nanoTime()} scale.
     *
     * @return the deadline, or {@link Long#MAX_VALUE} for none
     */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    /**
     * Whether the call was cancelled (its timeout, the client's close) or its deadline has passed.
     *
     * @return {@code true} if a fetch for it should stop
     */
    public boolean isOver() {
        return cancelled.getAsBoolean() || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0);
    }

    @Override
    public String toString() {
        return "CallLimits[" + remaining().map(d -> d.toMillis() + " ms left").orElse("no deadline") + "]";
    }
}
