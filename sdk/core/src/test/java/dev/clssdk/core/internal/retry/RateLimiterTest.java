package dev.clssdk.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limiter's slots, read off a clock the test moves by hand (nanoseconds from 0). */
class RateLimiterTest {
    private static final long MS = 1_000_000L;
    /** 4 per second: a slot every 250 ms. */
    private final RateLimiter limiter = new RateLimiter(4);

    @Test
    void theFirstCallGoesAtOnceAndABurstIsSpacedOneIntervalApart() {
        assertThat(limiter.intervalNanos()).isEqualTo(250 * MS);
        assertThat(limiter.reserve(0)).isZero();
        assertThat(limiter.reserve(0)).isEqualTo(250 * MS);
        assertThat(limiter.reserve(10 * MS)).isEqualTo(490 * MS);
        assertThat(limiter.reserve(10 * MS)).isEqualTo(740 * MS);
    }

    @Test
    void aQuietPeriodGrantsNoBurst() {
        limiter.reserve(0);
        assertThat(limiter.reserve(10_000 * MS)).as("free again after a long pause").isZero();
        assertThat(limiter.reserve(10_000 * MS)).as("but only one at once").isEqualTo(250 * MS);
    }

    @Test
    void theLastSlotGivenBackGoesToTheNextCaller() {
        limiter.reserve(0);
        long wait = limiter.reserve(0);
        limiter.cancel(wait, 100 * MS);
        assertThat(limiter.reserve(100 * MS)).isEqualTo(150 * MS);
        assertThat(limiter.reserve(100 * MS)).as("and the queue goes on from there").isEqualTo(400 * MS);
    }

    @Test
    void aSlotGivenBackInTheMiddleOfTheQueueIsFilledBeforeTheQueueGrows() {
        limiter.reserve(0);
        long second = limiter.reserve(0);
        long third = limiter.reserve(0);
        assertThat(third).isEqualTo(500 * MS);
        limiter.cancel(second, 0);
        assertThat(limiter.reserve(50 * MS)).as("the hole at 250 ms").isEqualTo(200 * MS);
        assertThat(limiter.reserve(50 * MS)).as("then the end of the queue, 750 ms").isEqualTo(700 * MS);
    }

    @Test
    void slotsGivenBackAtTheEndShortenTheQueueOneAfterAnother() {
        limiter.reserve(0);
        long second = limiter.reserve(0);
        long third = limiter.reserve(0);
        limiter.cancel(second, 0); // a hole first
        limiter.cancel(third, 0); // then the tail: both go
        assertThat(limiter.reserve(0)).isEqualTo(250 * MS);
        assertThat(limiter.reserve(0)).isEqualTo(500 * MS);
        assertThat(limiter.reserve(0)).isEqualTo(750 * MS);
    }

    @Test
    void aSlotWhoseTimeHasComeIsNotGivenBack() {
        limiter.reserve(0);
        long second = limiter.reserve(0);
        limiter.cancel(second, 250 * MS);
        assertThat(limiter.reserve(250 * MS)).as("250 ms was used up, the next is 500 ms").isEqualTo(250 * MS);
    }

    @Test
    void aHoleThatPassedUnusedIsNotHandedOutLater() {
        limiter.reserve(0);
        long second = limiter.reserve(0);
        limiter.reserve(0); // 500 ms
        limiter.cancel(second, 0);
        // At 300 ms the hole at 250 ms has passed: using it now would crowd the call at 500 ms.
        assertThat(limiter.reserve(300 * MS)).isEqualTo(450 * MS);
    }

    @Test
    void cancellingASlotNeverReservedChangesNothing() {
        limiter.cancel(1_000 * MS, 0);
        assertThat(limiter.reserve(0)).isZero();
        limiter.cancel(5_000 * MS, 0); // past the end of the queue
        assertThat(limiter.reserve(0)).isEqualTo(250 * MS);
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("permitsPerSecond must be >= 1, was 0");
    }
}
