package dev.clssdk.core.internal.exec;

import dev.clssdk.core.SdkException;
import java.time.Duration;
import java.util.Objects;

/**
 * What follows a failed attempt: another attempt after a wait, or the end of the call with the
 * failure its caller gets (which may carry a note the decision added).
 */
sealed interface RetryDecision {

    /**
     * Try again after a wait.
     *
     * @param delay the wait before the next attempt; zero for at once
     */
    record Retry(Duration delay) implements RetryDecision {
        public Retry {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /**
     * Stop: the call fails.
     *
     * @param failure what the caller gets
     */
    record GiveUp(SdkException failure) implements RetryDecision {
        public GiveUp {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
