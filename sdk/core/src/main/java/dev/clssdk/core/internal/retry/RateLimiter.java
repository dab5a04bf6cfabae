package dev.clssdk.core.internal.retry;

/**
 * Spaces calls evenly: at most one every {@code 1/permitsPerSecond} seconds, with no burst, so
 * a burst of calls is smoothed instead of throttled by the server. A caller reserves the next free
 * slot and waits until it comes; reserving never blocks, which suits both blocking and
 * asynchronous callers. Thread-safe.
 */
public final class RateLimiter {
    private final long intervalNanos;
    private long nextFreeNanos = Long.MIN_VALUE;

    /**
     * @param permitsPerSecond the rate, at least 1
     */
    public RateLimiter(int permitsPerSecond) {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be >= 1, was " + permitsPerSecond);
        }
        this.intervalNanos = 1_000_000_000L / permitsPerSecond;
    }

    /**
     * Reserves the next free slot.
     *
     * @param nowNanos the current reading of the caller's monotonic clock
     * @return how long to wait before using the slot, in nanoseconds; 0 if it is free now
     */
    public synchronized long reserve(long nowNanos) {
        long slot = nextFreeNanos == Long.MIN_VALUE ? nowNanos : Math.max(nowNanos, nextFreeNanos);
        nextFreeNanos = slot + intervalNanos;
        return slot - nowNanos;
    }

    /**
     * The spacing between two calls.
     *
     * @return nanoseconds
     */
    public long intervalNanos() {
        return intervalNanos;
    }
}
