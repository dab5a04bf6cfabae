package dev.clssdk.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.Sleeper;
import dev.clssdk.core.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** With a custom clock, elapsed time is that clock's, so a fake clock makes every wait deterministic. */
class TimeSourceTest {
    private final FakeTime time = new FakeTime(Instant.parse("2026-01-01T00:00:00.750Z"));
    private final TimeSource source = TimeSource.of(time, time);

    @Test
    void elapsedTimeAndSignatureTimeFollowTheCustomClock() throws Exception {
        long start = source.nanoTime();
        source.sleep(Duration.ofMillis(1500));
        assertThat(source.nanoTime() - start).isEqualTo(Duration.ofMillis(1500).toNanos());
        assertThat(source.epochSeconds()).as("Unix seconds, rounded down").isEqualTo(
                Instant.parse("2026-01-01T00:00:02Z").getEpochSecond());
        assertThat(source.clock()).isSameAs(time);
    }

    @Test
    void zeroAndNegativeWaitsDoNotSleep() throws Exception {
        source.sleep(Duration.ZERO);
        source.sleep(Duration.ofMillis(-5));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void onlyTheSystemSleeperCountsAsRealWaits() {
        assertThat(source.sleepsOnSystemClock()).isFalse();
        assertThat(TimeSource.system().sleepsOnSystemClock()).isTrue();
        assertThat(TimeSource.of(time, Sleeper.SYSTEM).sleepsOnSystemClock()).isTrue();
    }
}
