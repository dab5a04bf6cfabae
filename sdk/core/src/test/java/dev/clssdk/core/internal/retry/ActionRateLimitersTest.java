package dev.clssdk.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.Operation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One limiter per action, at the action's documented rate; none where no rate is documented. */
class ActionRateLimitersTest {
    private static final long MS = 1_000_000L;
    private static final Operation<Object, Object> TWO_PER_SECOND = Operation.of("Two", true, 2, Set.of());
    private static final Operation<Object, Object> TEN_PER_SECOND = Operation.of("Ten", true, 10, Set.of());
    private static final Operation<Object, Object> UNDOCUMENTED = Operation.of("Free", true, 0, Set.of());

    @Test
    void eachActionIsSpacedAtItsOwnRateAndIndependentlyOfTheOthers() {
        ActionRateLimiters limiters = new ActionRateLimiters(true);
        assertThat(limiters.reserve(TWO_PER_SECOND, 0)).isZero();
        assertThat(limiters.reserve(TEN_PER_SECOND, 0)).as("another action's queue is its own").isZero();
        assertThat(limiters.reserve(TWO_PER_SECOND, 0)).isEqualTo(500 * MS);
        assertThat(limiters.reserve(TEN_PER_SECOND, 0)).isEqualTo(100 * MS);
    }

    @Test
    void anActionWithoutADocumentedRateIsNotLimited() {
        ActionRateLimiters limiters = new ActionRateLimiters(true);
        for (int i = 0; i < 100; i++) {
            assertThat(limiters.reserve(UNDOCUMENTED, 0)).isZero();
        }
    }

    @Test
    void turnedOffNothingIsLimited() {
        ActionRateLimiters limiters = new ActionRateLimiters(false);
        assertThat(limiters.reserve(TWO_PER_SECOND, 0)).isZero();
        assertThat(limiters.reserve(TWO_PER_SECOND, 0)).isZero();
    }

    @Test
    void aSlotGivenBackGoesToTheActionsNextCall() {
        ActionRateLimiters limiters = new ActionRateLimiters(true);
        limiters.reserve(TWO_PER_SECOND, 0);
        long wait = limiters.reserve(TWO_PER_SECOND, 0);
        limiters.cancel(TWO_PER_SECOND, wait, 0);
        limiters.cancel(UNDOCUMENTED, wait, 0); // an action without a limiter: nothing to give back
        assertThat(limiters.reserve(TWO_PER_SECOND, 0)).isEqualTo(500 * MS);
    }
}
