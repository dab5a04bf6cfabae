package dev.clssdk.core.internal.json;

import java.io.IOException;

/**
 * A JSON value of the wrong type for the member it fills: names the path and the Java type
 * expected, never the value.
 */
public final class JsonTypeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final StringBuilder path = new StringBuilder();

    /**
     * @param expected the type the API has there
     */
    public JsonTypeException(Class<?> expected) {
        this(expected.getSimpleName());
    }

    /**
     * @param expected what the API has there, in words (the type first)
     */
    public JsonTypeException(String expected) {
        super();
        this.expected = expected;
    }

    /**
     * Puts the member that holds the value in front of the path.
     *
     * @param name the member's wire name
     * @return this exception
     */
    public JsonTypeException inMember(String name) {
        path.insert(0, name).insert(0, '.');
        return this;
    }

    /**
     * Puts the list index that holds the value in front of the path.
     *
     * @param index the index
     * @return this exception
     */
    public JsonTypeException inElement(int index) {
        path.insert(0, ']').insert(0, index).insert(0, '[');
        return this;
    }

    /** @return the path, for example {@code .Filters[1].Name}, empty at the top */
    public String path() {
        return path.toString();
    }

    /** @return the simple name of the type expected, or those words */
    public String expected() {
        return expected;
    }

    @Override
    public String getMessage() {
        return "at" + (path.length() == 0 ? " the top" : " " + path) + ": expected " + expected;
    }
}
