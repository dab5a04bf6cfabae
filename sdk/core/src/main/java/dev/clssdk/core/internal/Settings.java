package dev.clssdk.core.internal;

import java.time.Duration;
import java.util.Objects;

/** Checks shared by the core's builders, so every setting is refused with the same words. */
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
}
