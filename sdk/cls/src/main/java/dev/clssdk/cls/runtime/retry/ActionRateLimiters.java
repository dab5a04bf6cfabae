package dev.clssdk.cls.runtime.retry;

import dev.clssdk.cls.ClsOperation;
import java.util.EnumMap;
import java.util.Map;

/**
 * One {@link RateLimiter} per action, at the rate the spec documents
 * ({@link ClsOperation#rateLimitPerSecond()}); actions without a documented rate are not limited.
 */
public final class ActionRateLimiters {
    private final Map<ClsOperation, RateLimiter> limiters = new EnumMap<>(ClsOperation.class);

    /**
     * @param enabled {@code false} for no limiting at all
     */
    public ActionRateLimiters(boolean enabled) {
        if (enabled) {
            for (ClsOperation operation : ClsOperation.values()) {
                operation.rateLimitPerSecond().ifPresent(rate -> limiters.put(operation, new RateLimiter(rate)));
            }
        }
    }

    /**
     * Reserves the action's next slot.
     *
     * @param operation the action
     * @param nowNanos the current monotonic reading
     * @return nanoseconds to wait; 0 for an action without a limit
     */
    public long reserve(ClsOperation operation, long nowNanos) {
        RateLimiter limiter = limiters.get(operation);
        return limiter == null ? 0 : limiter.reserve(nowNanos);
    }
}
