package dev.clssdk.core.internal.retry;

import dev.clssdk.core.Operation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateLimiter} per action, at the rate its metadata documents
 * ({@link Operation#rateLimitPerSecond()}); actions without a documented rate are not limited.
 * Limiters are created on an action's first call, so a client of a large service pays only for
 * the actions it uses.
 */
public final class ActionRateLimiters {
    private static final RateLimiter UNLIMITED = null;

    private final boolean enabled;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /**
     * @param enabled {@code false} for no limiting at all
     */
    public ActionRateLimiters(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Reserves the action's next slot.
     *
     * @param operation the action
     * @param nowNanos the current monotonic reading
     * @return nanoseconds to wait; 0 for an action without a limit
     */
    public long reserve(Operation<?, ?> operation, long nowNanos) {
        if (!enabled || operation.rateLimitPerSecond().isEmpty()) {
            return 0;
        }
        RateLimiter limiter = limiters.computeIfAbsent(operation.action(),
                action -> new RateLimiter(operation.rateLimitPerSecond().getAsInt()));
        return limiter == UNLIMITED ? 0 : limiter.reserve(nowNanos);
    }

    /**
     * Gives back a slot reserved with {@link #reserve} that its call will not use.
     *
     * @param operation the action
     * @param slotNanos the reading passed to {@code reserve} plus the wait it returned
     * @param nowNanos the current monotonic reading
     */
    public void cancel(Operation<?, ?> operation, long slotNanos, long nowNanos) {
        RateLimiter limiter = limiters.get(operation.action());
        if (limiter != null) {
            limiter.cancel(slotNanos, nowNanos);
        }
    }
}
