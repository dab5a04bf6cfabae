package dev.clssdk.stub;

import java.util.HashMap;
import java.util.Map;

/**
 * The documented per-action limit ("20 requests per second"), counted per caller and action in
 * fixed one-second windows of the stub's clock, as a simple server would.
 */
final class RateLimiter {

    private record Window(long second, int count) {}

    private final Map<String, Window> windows = new HashMap<>();

    /** Counts one request; returns {@code false} if it is over the limit and must be refused. */
    synchronized boolean tryAcquire(String key, int limitPerSecond, long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000L);
        Window window = windows.get(key);
        if (window == null || window.second() != second) {
            window = new Window(second, 0);
        }
        if (window.count() >= limitPerSecond) {
            windows.put(key, window);
            return false;
        }
        windows.put(key, new Window(second, window.count() + 1));
        return true;
    }
}
