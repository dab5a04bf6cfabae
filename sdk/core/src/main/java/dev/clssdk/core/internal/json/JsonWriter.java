package dev.clssdk.core.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes compact JSON into a byte array, byte for byte as jackson-core's UTF-8 generator writes it
 * with its defaults: no white space; in strings {@code "} and {@code \} escaped, the control
 * characters {@code \b \t \n \f \r} in their short form and the others as {@code \}{@code u00XX}
 * (upper-case hex), UTF-16 surrogates as {@code \}{@code uXXXX} escapes and every other character
 * as UTF-8; {@code NaN} and the infinities as strings. {@code JsonWriterTest} checks that against
 * jackson-core. Commas are placed by the writer. Not thread-safe.
 */
public final class JsonWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private byte[] buffer = new byte[256];
    private int length;
    /** A value was written in the current container, so the next one needs a comma first. */
    private boolean needsComma;

    /**
     * A member name in the form {@link #name(byte[])} takes: quoted, escaped, with its colon.
     *
     * @param name the name
     * @return its bytes
     */
    public static byte[] encodeName(String name) {
        JsonWriter writer = new JsonWriter();
        writer.string(name);
        writer.put((byte) ':');
        return writer.toByteArray();
    }

    /** Starts an object. */
    public void startObject() {
        separate();
        put((byte) '{');
        needsComma = false;
    }

    /** Ends the current object. */
    public void endObject() {
        put((byte) '}');
        needsComma = true;
    }

    /** Starts an array. */
    public void startArray() {
        separate();
        put((byte) '[');
        needsComma = false;
    }

    /** Ends the current array. */
    public void endArray() {
        put((byte) ']');
        needsComma = true;
    }

    /**
     * Writes a member name.
     *
     * @param encodedName the name as {@link #encodeName} made it
     */
    public void name(byte[] encodedName) {
        separate();
        ensure(encodedName.length);
        System.arraycopy(encodedName, 0, buffer, length, encodedName.length);
        length += encodedName.length;
        needsComma = false;
    }

    /**
     * Writes a string value.
     *
     * @param value the string
     */
    public void string(String value) {
        separate();
        ensure(value.length() * 6 + 2);
        byte[] out = buffer;
        int at = length;
        out[at++] = '"';
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                    continue;
                }
                out[at++] = '\\';
                switch (c) {
                    case '"', '\\' -> out[at++] = (byte) c;
                    case '\b' -> out[at++] = 'b';
                    case '\t' -> out[at++] = 't';
                    case '\n' -> out[at++] = 'n';
                    case '\f' -> out[at++] = 'f';
                    case '\r' -> out[at++] = 'r';
                    default -> at = unicodeEscape(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[at++] = '\\';
                at = unicodeEscape(out, at, c);
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        out[at++] = '"';
        length = at;
        needsComma = true;
    }

    /** Writes {@code u} and four upper-case hex digits (the backslash is already written). */
    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = 'u';
        out[at++] = HEX[(c >> 12) & 0xF];
        out[at++] = HEX[(c >> 8) & 0xF];
        out[at++] = HEX[(c >> 4) & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }

    /**
     * Writes an integer.
     *
     * @param value the number
     */
    public void number(long value) {
        ascii(Long.toString(value));
    }

    /**
     * Writes a floating-point number as {@link Double#toString} does; {@code NaN} and the
     * infinities as strings.
     *
     * @param value the number
     */
    public void number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            string(Double.toString(value));
        } else {
            ascii(Double.toString(value));
        }
    }

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     */
    public void bool(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    /** Writes {@code null}. */
    public void nullValue() {
        raw(NULL);
    }

    /**
     * The bytes written.
     *
     * @return a copy
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    private void ascii(String text) {
        separate();
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buffer[length++] = (byte) text.charAt(i); // digits, signs, '.', 'E' and letters only
        }
        needsComma = true;
    }

    private void raw(byte[] bytes) {
        separate();
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        needsComma = true;
    }

    private void separate() {
        if (needsComma) {
            put((byte) ',');
        }
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (buffer.length - length < more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
