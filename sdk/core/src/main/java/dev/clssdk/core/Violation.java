package dev.clssdk.core;

import java.util.Objects;

/**
 * One rule of the API that an input breaks.
 *
 * @param field the wire name of the field, for example {@code Count}
 * @param rule the rule's name in the spec: {@code required}, {@code maximum}, {@code enum}, ...
 * @param requirement what the rule asks for, for example {@code must be <= 10000000}
 * @param rejectedValue the offending value, masked for sensitive fields; {@code null} when missing
 * @param errorCode the error code the server answers for this violation, for example {@code MissingParameter}
 */
public record Violation(String field, String rule, String requirement, Object rejectedValue, String errorCode) {
    /**
     * @param field the wire name of the field
     * @param rule the rule's name
     * @param requirement what the rule asks for
     * @param rejectedValue the offending value, or {@code null}
     * @param errorCode the server's error code
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(errorCode, "errorCode");
    }

    /**
     * A sentence naming the field, the rule, the value and the code.
     *
     * @return the sentence
     */
    @Override
    public String toString() {
        return field + " " + requirement + (rejectedValue == null ? "" : " (was " + rejectedValue + ")")
                + " [rule " + rule + ", code " + errorCode + "]";
    }
}
