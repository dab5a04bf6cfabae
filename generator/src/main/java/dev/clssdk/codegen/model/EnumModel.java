package dev.clssdk.codegen.model;

import java.util.List;

/**
 * A closed list of string values, which the SDK nonetheless treats as open: a value it does not
 * know survives as the raw string.
 */
public record EnumModel(String name, String description, List<EnumValue> values) {

    public EnumModel {
        values = List.copyOf(values);
    }

    /** One value with its documentation. */
    public record EnumValue(String value, String description) {}
}
