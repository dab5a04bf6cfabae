package dev.clssdk.core.internal.retry;

import dev.clssdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The client's view of time: the wall clock for signatures, a monotonic clock for elapsed time
 * and the rate limiter, and a sleeper. With a custom {@link Clock} (tests), elapsed time is
 * measured on that clock too, so a fake clock and a sleeper that advances it make every
 * time-based behaviour deterministic and instant.
 */
public final class TimeSource {
    private final Clock clock;
    private final Sleeper sleeper;
    private final boolean systemClock;

    private TimeSource(Clock clock, Sleeper sleeper, boolean systemClock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.systemClock = systemClock;
    }

    /**
     * The system clock, {@link System#nanoTime()} and {@link Thread#sleep}.
     *
     * @return the time source
     */
    public static TimeSource system() {
        return new TimeSource(Clock.systemUTC(), Sleeper.SYSTEM, true);
    }

    /**
     * A custom clock (also used for elapsed time) and sleeper.
     *
     * @param clock the clock
     * @param sleeper the sleeper
     * @return the time source
     */
    public static TimeSource of(Clock clock, Sleeper sleeper) {
        return new TimeSource(clock, sleeper, false);
    }

    /**
     * The wall clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Unix seconds now, on the wall clock.
     *
     * @return the seconds
     */
    public long epochSeconds() {
        return Math.floorDiv(clock.millis(), 1000L);
    }

    /**
     * A monotonic reading for elapsed time, in nanoseconds.
     *
     * @return the reading
     */
    public long nanoTime() {
        return systemClock ? System.nanoTime() : clock.millis() * 1_000_000L;
    }

    /**
     * Whether waits are real ones ({@link Sleeper#SYSTEM}), which a closing client may cut short.
     *
     * @return {@code true} for the system sleeper
     */
    public boolean sleepsOnSystemClock() {
        return sleeper == Sleeper.SYSTEM;
    }

    /**
     * Sleeps; does nothing for zero or negative durations.
     *
     * @param duration how long
     * @throws InterruptedException if interrupted
     */
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            sleeper.sleep(duration);
        }
    }
}
