package dev.clssdk.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.client.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one rule: a call is repeated when the server certainly did not act on it, or when acting
 * twice does no harm.
 */
class RetryRulesTest {

    @Test
    void throttlingIsRetriedForEveryAction() {
        assertThat(RetryRules.isRetryable(ErrorKind.THROTTLING, false)).isTrue();
        assertThat(RetryRules.isRetryable(ErrorKind.THROTTLING, true)).isTrue();
        assertThat(RetryRules.isRetryableStatus(429, false)).isTrue();
        assertThat(RetryRules.isRetryableStatus(429, true)).isTrue();
    }

    @Test
    void transientServerErrorsAreRetriedOnlyForIdempotentActions() {
        assertThat(RetryRules.isRetryable(ErrorKind.TRANSIENT, true)).isTrue();
        assertThat(RetryRules.isRetryable(ErrorKind.TRANSIENT, false)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ErrorKind.class, names = {"THROTTLING", "TRANSIENT"}, mode = EnumSource.Mode.EXCLUDE)
    void otherErrorKindsAreNeverRetried(ErrorKind kind) {
        assertThat(RetryRules.isRetryable(kind, true)).isFalse();
        assertThat(RetryRules.isRetryable(kind, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 599})
    void http5xxIsRetriedOnlyForIdempotentActions(int status) {
        assertThat(RetryRules.isRetryableStatus(status, true)).isTrue();
        assertThat(RetryRules.isRetryableStatus(status, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 301, 400, 401, 403, 404, 407, 408, 413, 499, 600})
    void otherStatusesAreNeverRetried(int status) {
        assertThat(RetryRules.isRetryableStatus(status, true)).isFalse();
        assertThat(RetryRules.isRetryableStatus(status, false)).isFalse();
    }

    @Test
    void aFailureBeforeAnythingWasSentIsRetriedForEveryAction() {
        assertThat(RetryRules.isRetryableTransport(false, false)).isTrue();
        assertThat(RetryRules.isRetryableTransport(false, true)).isTrue();
    }

    @Test
    void aFailureAfterTheRequestMayHaveBeenSentIsRetriedOnlyForIdempotentActions() {
        assertThat(RetryRules.isRetryableTransport(true, true)).isTrue();
        assertThat(RetryRules.isRetryableTransport(true, false)).isFalse();
    }
}
