package dev.clssdk.core.testing;

import dev.clssdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A clock that only moves when someone sleeps on it: backoff, rate-limit and waiter tests run
 * instantly and see exactly the waits the client asked for.
 */
public final class FakeTime extends Clock implements Sleeper {
    private long millis;
    private final List<Duration> sleeps = new ArrayList<>();
    private Consumer<Duration> onSleep = d -> { };

    /**
     * @param start the initial instant
     */
    public FakeTime(Instant start) {
        this.millis = start.toEpochMilli();
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        millis += duration.toMillis();
        onSleep.accept(duration);
    }

    /** @param hook runs after each sleep */
    public synchronized void onSleep(Consumer<Duration> hook) {
        this.onSleep = hook;
    }

    /** @param duration moves the clock forward without recording a sleep */
    public synchronized void advance(Duration duration) {
        millis += duration.toMillis();
    }

    /** @return every sleep so far */
    public synchronized List<Duration> sleeps() {
        return new ArrayList<>(sleeps);
    }

    @Override
    public synchronized long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
