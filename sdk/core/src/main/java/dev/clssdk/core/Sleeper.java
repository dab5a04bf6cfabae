package dev.clssdk.core;

import java.time.Duration;

/**
 * How the client waits (for the rate limiter, a backoff or a waiter poll). The default is
 * {@link Thread#sleep}; tests inject one that advances a fake clock instead.
 */
@FunctionalInterface
public interface Sleeper {
    /** {@link Thread#sleep}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    /**
     * Waits for the given time.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
