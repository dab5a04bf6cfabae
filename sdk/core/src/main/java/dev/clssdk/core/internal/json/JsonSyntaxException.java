package dev.clssdk.core.internal.json;

import java.io.IOException;

/**
 * Input that is not JSON, or over a limit of {@link JsonReader}. The message names the rule and
 * the place, never the input (which may hold a secret).
 */
public final class JsonSyntaxException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** Not JSON at the place given. */
        SYNTAX,
        /** The input stops inside a value. */
        ENDS_EARLY,
        /** A key repeated in one object. */
        DUPLICATE_KEY,
        /** Deeper, longer or larger than the reader accepts; no place is given. */
        LIMIT
    }

    private final Kind kind;
    private final int line;
    private final int column;

    JsonSyntaxException(Kind kind, String what, int line, int column) {
        super(line < 0 ? what : what + " at line " + line + ", column " + column);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    /**
     * An exception at a place other than the reader's own.
     *
     * @param kind what is wrong
     * @param what the rule broken, without the input
     * @param line the line, from 1
     * @param column the column in bytes, from 1
     * @return the exception
     */
    public static JsonSyntaxException at(Kind kind, String what, int line, int column) {
        return new JsonSyntaxException(kind, what, line, column);
    }

    /** @return what is wrong */
    public Kind kind() {
        return kind;
    }

    /** @return the line, from 1, or -1 if no place is given */
    public int line() {
        return line;
    }

    /** @return the column in bytes, from 1, or -1 if no place is given */
    public int column() {
        return column;
    }
}
