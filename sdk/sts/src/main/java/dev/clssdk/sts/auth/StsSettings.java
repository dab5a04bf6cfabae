package dev.clssdk.sts.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * The checks both STS providers' builders make when a setting is set, in the words the core's
 * builders use (whose shared checks are in a package the core does not export).
 */
final class StsSettings {
    private static final String SESSION_NAME = "[\\w+=,.@-]{2,128}";

    private StsSettings() {
    }

    /** A setting {@code build()} needs. */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value.strip();
    }

    static Duration positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** A CAM session name: 2 to 128 of letters, digits and {@code +=,.@_-}. */
    static String roleSessionName(String name) {
        nonBlank(name, "roleSessionName");
        if (!name.matches(SESSION_NAME)) {
            throw new IllegalArgumentException("roleSessionName must be 2 to 128 of letters, digits and +=,.@_-");
        }
        return name;
    }

    /** How long STS credentials last: 1 to 43200 s. */
    static long durationSeconds(long seconds) {
        if (seconds < 1 || seconds > 43200) {
            throw new IllegalArgumentException("durationSeconds must be between 1 and 43200");
        }
        return seconds;
    }
}
