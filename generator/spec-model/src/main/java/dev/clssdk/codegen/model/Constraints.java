package dev.clssdk.codegen.model;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The checks a value must pass; absent means unchecked. */
public record Constraints(
        OptionalLong minimum,
        OptionalLong maximum,
        OptionalInt minLength,
        OptionalInt maxLength,
        Optional<String> pattern,
        OptionalInt minItems,
        OptionalInt maxItems) {

    public static final Constraints NONE = new Constraints(
            OptionalLong.empty(), OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), OptionalInt.empty(), OptionalInt.empty());

    public boolean isEmpty() {
        return equals(NONE);
    }
}
