package dev.clssdk.core.internal;

import java.time.Duration;
import java.util.Objects;

/** Checks shared by the core's builders, so every setting is refused with the same words, and their arithmetic. */
public final class Settings {
    private Settings() {
    }

    /**
     * A duration that must be positive.
     *
     * @param name the setting's name, for the message
     * @param value the value
     * @return the value
     * @throws NullPointerException if the value is {@code null}, naming the setting
     * @throws IllegalArgumentException if it is zero or negative, naming the setting
     */
    public static Duration positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * A duration in nanoseconds, saturated: one too long for a {@code long} of nanoseconds (about 292
     * years) counts as {@link Long#MAX_VALUE}, so a wait or deadline computed from it never overflows.
     *
     * @param duration the duration
     * @return its nanoseconds, at most {@link Long#MAX_VALUE}
     */
    public static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
