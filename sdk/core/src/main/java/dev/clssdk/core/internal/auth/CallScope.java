package dev.clssdk.core.internal.auth;

import dev.clssdk.core.auth.CallLimits;
import dev.clssdk.core.internal.Settings;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Makes a call's {@link CallLimits} and sets them as the current thread's while its credentials are
 * resolved. Providers only read them ({@link CallLimits#current()}); setting them is the signer's job,
 * so it lives here rather than on the public type.
 */
public final class CallScope {
    /** No deadline, never cancelled. */
    public static final CallLimits NONE = new Limits(Long.MAX_VALUE, () -> false);

    private static final ThreadLocal<CallLimits> CURRENT = new ThreadLocal<>();

    private CallScope() {
    }

    /**
     * Limits ending {@code timeout} from now.
     *
     * @param timeout the time left, or {@code null} (or negative) for none
     * @param cancelled whether the call was cancelled (asked again and again, cheaply)
     * @return the limits
     */
    public static CallLimits limits(Duration timeout, BooleanSupplier cancelled) {
        Objects.requireNonNull(cancelled, "cancelled");
        long deadline = Long.MAX_VALUE;
        if (timeout != null && !timeout.isNegative()) {
            long now = System.nanoTime();
            long nanos = Settings.saturatedNanos(timeout);
            deadline = nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        }
        return new Limits(deadline, cancelled);
    }

    /**
     * The limits set on the current thread.
     *
     * @return the limits, or {@link #NONE}
     */
    public static CallLimits current() {
        CallLimits limits = CURRENT.get();
        return limits == null ? NONE : limits;
    }

    /**
     * Runs {@code action} with {@code limits} as the current thread's, then restores what was set before.
     *
     * @param <T> what the action returns
     * @param limits the call's limits
     * @param action resolves credentials, typically
     * @return what it returned
     */
    public static <T> T apply(CallLimits limits, Supplier<T> action) {
        Objects.requireNonNull(limits, "limits");
        CallLimits outer = CURRENT.get();
        CURRENT.set(limits);
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

    private static final class Limits implements CallLimits {
        private final long deadlineNanos;
        private final BooleanSupplier cancelled;

        Limits(long deadlineNanos, BooleanSupplier cancelled) {
            this.deadlineNanos = deadlineNanos;
            this.cancelled = cancelled;
        }

        @Override
        public Optional<Duration> remaining() {
            if (deadlineNanos == Long.MAX_VALUE) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
        }

        @Override
        public long deadlineNanos() {
            return deadlineNanos;
        }

        @Override
        public boolean isOver() {
            return cancelled.getAsBoolean()
                    || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0);
        }

        @Override
        public String toString() {
            return "CallLimits[" + remaining().map(d -> d.toMillis() + " ms left").orElse("no deadline") + "]";
        }
    }
}
