package dev.clssdk.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A closed list of string values, which the SDK nonetheless treats as open: a value it does not
 * know survives as the raw string.
 */
public record EnumModel(String name, String description, List<EnumValue> values, Optional<String> namingNote) {

    public EnumModel {
        values = List.copyOf(values);
    }

    /** One value with its documentation. */
    public record EnumValue(String value, String description) {}
}
