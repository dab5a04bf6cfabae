package dev.clssdk.core.internal.retry;

import java.util.TreeSet;

/**
 * Spaces calls evenly: at most one every {@code 1/permitsPerSecond} seconds, with no burst, so
 * a burst of calls is smoothed instead of throttled by the server. A caller reserves the next free
 * slot and waits until it comes; reserving never blocks, which suits both blocking and
 * asynchronous callers. A caller that gives up before its slot comes (interrupted, cancelled, the
 * client closed) {@linkplain #cancel cancels} it, and the slot goes to the next caller instead of
 * staying empty while later callers queue behind it. Thread-safe.
 */
public final class RateLimiter {
    private final long intervalNanos;
    private long nextFreeNanos = Long.MIN_VALUE;
    /** Slots given back before they came, earliest first; each is still spaced from its neighbours. */
    private final TreeSet<Long> returned = new TreeSet<>();

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
        // A returned slot that has passed cannot be used without crowding the slot after it.
        returned.headSet(nowNanos).clear();
        if (!returned.isEmpty()) {
            return returned.pollFirst() - nowNanos;
        }
        long slot = nextFreeNanos == Long.MIN_VALUE ? nowNanos : Math.max(nowNanos, nextFreeNanos);
        nextFreeNanos = slot + intervalNanos;
        return slot - nowNanos;
    }

    /**
     * Gives back a slot whose caller will not use it. A slot that has come already is not given
     * back: its time has passed for everyone.
     *
     * @param slotNanos the slot: the reading passed to {@link #reserve} plus the wait it returned
     * @param nowNanos the current reading of the same clock
     */
    public synchronized void cancel(long slotNanos, long nowNanos) {
        if (slotNanos <= nowNanos || nextFreeNanos == Long.MIN_VALUE || slotNanos >= nextFreeNanos) {
            return;
        }
        returned.add(slotNanos);
        // The last slots given back shorten the queue rather than leave holes at its end.
        while (!returned.isEmpty() && returned.last() + intervalNanos == nextFreeNanos) {
            nextFreeNanos = returned.pollLast();
        }
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
