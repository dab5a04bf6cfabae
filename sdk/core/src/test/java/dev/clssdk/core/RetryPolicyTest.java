package dev.clssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Backoff is full jitter under a capped exponential; the settings are checked when set. */
class RetryPolicyTest {

    private static RetryPolicy withJitter(double fraction) {
        return RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1))
                .random(() -> fraction).build();
    }

    @Test
    void theCapDoublesWithEachRetryUpToTheMaximum() {
        RetryPolicy top = withJitter(1.0);
        assertThat(top.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(top.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(top.backoff(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(top.backoff(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(top.backoff(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(top.backoff(40)).isEqualTo(Duration.ofSeconds(1));
        assertThat(top.backoff(Integer.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theWaitIsTheJitterFractionOfTheCap() {
        assertThat(withJitter(0.0).backoff(3)).isEqualTo(Duration.ZERO);
        assertThat(withJitter(0.25).backoff(3)).isEqualTo(Duration.ofMillis(100));
        assertThat(withJitter(0.5).backoff(5)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aJitterSourceOutsideZeroToOneIsClamped() {
        assertThat(withJitter(-3).backoff(2)).isEqualTo(Duration.ZERO);
        assertThat(withJitter(7).backoff(2)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void withTheDefaultJitterEveryWaitLiesWithinItsCap() {
        RetryPolicy policy = RetryPolicy.defaults();
        for (int retry = 1; retry <= 10; retry++) {
            long cap = Math.min(5_000, 100L << (retry - 1));
            for (int i = 0; i < 200; i++) {
                assertThat(policy.backoff(retry)).isBetween(Duration.ZERO, Duration.ofMillis(cap));
            }
        }
    }

    @Test
    void theDefaultsAndNoneAreAsDocumented() {
        RetryPolicy defaults = RetryPolicy.defaults();
        assertThat(defaults.maxAttempts()).isEqualTo(4);
        assertThat(defaults.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.toString())
                .isEqualTo("RetryPolicy[maxAttempts=4, baseDelay=PT0.1S, maxDelay=PT5S, totalTimeout=PT30S]");
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void badSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be >= 1, was 0");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("baseDelay must not be negative");
        assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDelay must not be negative");
        assertThatThrownBy(() -> RetryPolicy.builder().totalTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("totalTimeout must not be negative");
    }
}
