package dev.clssdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often and how long to retry: at most {@link #maxAttempts()} attempts (the first included),
 * never past {@link #totalTimeout()} since the first, with exponential backoff and full jitter
 * between them: before retry {@code n} the client waits a uniformly random time in
 * {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}. Which failures are retried is fixed by
 * the core's retry rules (see the SDK's RUNTIME.md), not configurable: that is a safety property, not a tuning knob.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration totalTimeout;
    private final DoubleSupplier random;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.totalTimeout = builder.totalTimeout;
        this.random = builder.random;
    }

    /**
     * 4 attempts, 100 ms base delay, 5 s maximum delay, 30 s in total.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * One attempt, no retries.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Attempts in all, the first included.
     *
     * @return the number, at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The longest time from the first attempt after which no retry starts.
     *
     * @return the time
     */
    public Duration totalTimeout() {
        return totalTimeout;
    }

    /**
     * The wait before a retry: full jitter over the capped exponential.
     *
     * @param retry 1 for the first retry (the second attempt), 2 for the next, ...
     * @return the wait
     */
    public Duration backoff(int retry) {
        long max = maxDelay.toNanos();
        long base = baseDelay.toNanos();
        int exponent = Math.max(retry - 1, 0);
        // base * 2^exponent, capped at max without overflowing
        long cap = exponent >= 62 || base > (max >> exponent) ? max : Math.min(max, base << exponent);
        double fraction = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofNanos((long) (cap * fraction));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", totalTimeout=" + totalTimeout + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(5);
        private Duration totalTimeout = Duration.ofSeconds(30);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /**
         * @param maxAttempts attempts in all, at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param baseDelay the cap of the first backoff, not negative
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = nonNegative(baseDelay, "baseDelay");
            return this;
        }

        /**
         * @param maxDelay the largest cap of any backoff, not negative
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = nonNegative(maxDelay, "maxDelay");
            return this;
        }

        /**
         * @param totalTimeout no retry starts later than this after the first attempt
         * @return this builder
         */
        public Builder totalTimeout(Duration totalTimeout) {
            this.totalTimeout = nonNegative(totalTimeout, "totalTimeout");
            return this;
        }

        /**
         * The jitter source, uniform in {@code [0, 1)}; for tests.
         *
         * @param random the source
         * @return this builder
         */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * @return the policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return value;
        }
    }
}
