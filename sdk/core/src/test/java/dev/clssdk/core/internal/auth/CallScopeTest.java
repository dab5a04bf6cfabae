package dev.clssdk.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.auth.CallLimits;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CallScopeTest {
    @Test
    void outsideACallTheLimitsAreNoneAndNeverOver() {
        assertThat(CallLimits.current()).isSameAs(CallLimits.NONE);
        assertThat(CallLimits.NONE.remaining()).isEmpty();
        assertThat(CallLimits.NONE.deadlineNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(CallLimits.NONE.isOver()).isFalse();
    }

    @Test
    void providersSeeTheLimitsSetAroundTheirResolveAndTheOuterOnesAfterwards() {
        CallLimits outer = CallScope.limits(Duration.ofMinutes(5), () -> false);
        CallLimits inner = CallScope.limits(Duration.ofSeconds(1), () -> false);

        CallLimits seenAfterInner = CallScope.apply(outer, () -> {
            assertThat(CallLimits.current()).isSameAs(outer);
            assertThat(CallScope.apply(inner, CallLimits::current)).isSameAs(inner);
            return CallLimits.current();
        });

        assertThat(seenAfterInner).isSameAs(outer);
        assertThat(CallLimits.current()).isSameAs(CallLimits.NONE);
    }

    @Test
    void theLimitsAreRestoredWhenResolveThrows() {
        CallLimits limits = CallScope.limits(Duration.ofSeconds(1), () -> false);

        assertThatThrownBy(() -> CallScope.apply(limits, () -> {
            throw new IllegalStateException("source failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(CallLimits.current()).isSameAs(CallLimits.NONE);
    }

    @Test
    void aCallIsOverWhenCancelledOrPastItsDeadline() {
        AtomicBoolean cancelled = new AtomicBoolean();
        CallLimits open = CallScope.limits(Duration.ofMinutes(5), cancelled::get);
        assertThat(open.isOver()).isFalse();
        assertThat(open.remaining()).hasValueSatisfying(left ->
                assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
        cancelled.set(true);
        assertThat(open.isOver()).isTrue();

        CallLimits spent = CallScope.limits(Duration.ZERO, () -> false);
        assertThat(spent.isOver()).isTrue();
        assertThat(spent.remaining()).contains(Duration.ZERO);
    }

    @Test
    void noTimeoutOrAHugeOneMeansNoDeadline() {
        assertThat(CallScope.limits(null, () -> false).deadlineNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(CallScope.limits(Duration.ofSeconds(Long.MAX_VALUE), () -> false).remaining()).isEmpty();
        assertThat(CallScope.limits(Duration.ofSeconds(-1), () -> false).remaining()).isEmpty();
    }
}
