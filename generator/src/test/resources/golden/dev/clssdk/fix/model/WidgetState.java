package dev.clssdk.fix.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The state of a widget.
 *
 * <p>Values this SDK version does not know map to {@link #UNKNOWN_TO_SDK_VERSION}; the shape that
 * holds the value keeps the raw string.
 */
@Generated("dev.clssdk.codegen")
public enum WidgetState {
    /**
     * {@code Building}
     */
    BUILDING("Building"),

    /**
     * {@code Ready}
     */
    READY("Ready"),

    /**
     * {@code Broken}
     */
    BROKEN("Broken"),

    /**
     * A value this version of the SDK does not know.
     */
    UNKNOWN_TO_SDK_VERSION(null);

    private static final Map<String, WidgetState> BY_VALUE = index();

    private final String value;

    WidgetState(String value) {
        this.value = value;
    }

    private static Map<String, WidgetState> index() {
        Map<String, WidgetState> byValue = new HashMap<>();
        for (WidgetState constant : values()) {
            if (constant.value != null) {
                byValue.put(constant.value, constant);
            }
        }
        return Collections.unmodifiableMap(byValue);
    }

    /**
     * The wire value, or {@code null} for {@link #UNKNOWN_TO_SDK_VERSION}.
     *
     * @return the wire value
     */
    public String value() {
        return value;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value the wire value, may be {@code null}
     * @return the matching constant, or {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or {@code null} for {@code null}
     */
    public static WidgetState fromValue(String value) {
        if (value == null) {
            return null;
        }
        return BY_VALUE.getOrDefault(value, UNKNOWN_TO_SDK_VERSION);
    }

    /**
     * The wire value, or the constant's name for {@link #UNKNOWN_TO_SDK_VERSION}.
     *
     * @return the wire value
     */
    @Override
    public String toString() {
        return value == null ? name() : value;
    }
}
