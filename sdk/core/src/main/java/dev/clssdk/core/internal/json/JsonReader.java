package dev.clssdk.core.internal.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A strict pull parser of one UTF-8 JSON document in memory (RFC 8259), for the SDK's call path:
 * the responses it reads and the requests it inspects.
 *
 * <p>Why not jackson-core, which the SDK used here before: loading and initialising its 85 classes
 * was about a tenth of a cold start (time to a first completed call). This reader accepts exactly
 * what jackson-core accepts with its defaults plus {@code STRICT_DUPLICATE_DETECTION}, under the
 * same limits, and reports a malformed document at the same line and column, so responses read as
 * before; {@code EnvelopeParserEquivalenceTest} and {@code JsonReaderTest} hold it to that:
 * <ul>
 *   <li>no comments, single quotes, unquoted names, trailing commas, leading zeros, {@code NaN} or
 *       {@code Infinity}, control characters in strings or whitespace other than space, tab, CR, LF;</li>
 *   <li>a key twice in one object is malformed;</li>
 *   <li>nesting deeper than {@value #MAX_DEPTH}, a number longer than {@value #MAX_NUMBER_LENGTH}
 *       characters, a string over {@value #MAX_STRING_LENGTH} or a name over {@value #MAX_NAME_LENGTH}
 *       characters are refused;</li>
 *   <li>a UTF-8 byte order mark at the start is skipped; several root values may follow one another
 *       (the caller decides whether more than one is allowed).</li>
 * </ul>
 * Not thread-safe.
 */
public final class JsonReader {
    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 1000;
    /** The longest number accepted, in characters (sign excluded). */
    public static final int MAX_NUMBER_LENGTH = 1000;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 20_000_000;
    /** The longest member name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 50_000;

    /** What the reader is at. */
    public enum Token {
        START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, STRING, NUMBER_INT, NUMBER_FLOAT, TRUE, FALSE, NULL;

        /** Whether this is a string, number, {@code true}, {@code false} or {@code null}. */
        public boolean isScalar() {
            return ordinal() >= STRING.ordinal();
        }
    }

    /** The smallest Java type that holds an integer token. */
    public enum NumberType { INT, LONG, BIG_INTEGER }

    private static final long MIN_INT = Integer.MIN_VALUE;
    private static final long MAX_INT = Integer.MAX_VALUE;

    private final byte[] in;
    private final int end;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int tokenStart;
    private int tokenLine = 1;
    private int tokenLineStart;

    private Token current;
    /** Per open container: {@code true} for an object. */
    private boolean[] isObject = new boolean[16];
    /** Per open object: the names seen, made when its second name arrives. */
    private Set<?>[] names = new Set<?>[16];
    private String[] firstName = new String[16];
    private int depth;
    /** A value (or a name in an object) has been read in the innermost container. */
    private boolean hasEntry;

    private String text;
    private int numberStart;
    private int numberEnd;
    private NumberType numberType;
    private long longValue;

    /**
     * @param json the document, UTF-8; not copied, must not change while read
     */
    public JsonReader(byte[] json) {
        this.in = json;
        this.end = json.length;
        if (end >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF) {
            pos = 3;
            lineStart = 3; // columns count from after the mark, as jackson-core counts them
            tokenLineStart = 3;
        }
    }

    /**
     * The token the reader is at.
     *
     * @return the token, or {@code null} before the first and after the last
     */
    public Token current() {
        return current;
    }

    /**
     * Moves to the next token.
     *
     * @return it, or {@code null} at the end of the input after a complete root value
     * @throws JsonSyntaxException if the input is not JSON there
     */
    public Token next() throws JsonSyntaxException {
        text = null;
        numberType = null;
        if (current == Token.FIELD_NAME) {
            return current = value(afterWhitespace(true));
        }
        int c = afterWhitespace(depth > 0);
        if (c < 0) {
            return current = null;
        }
        if (depth == 0) {
            return current = value(c);
        }
        if (c == ']' || c == '}') {
            return current = close(c);
        }
        if (hasEntry) {
            if (c != ',') {
                throw atLastCharacter("unexpected character: was expecting a comma"); // the byte, not decoded
            }
            c = afterWhitespace(false);
            if (c < 0) {
                throw syntax("input ends after a comma"); // jackson-core: a syntax error here, not an early end
            }
        }
        hasEntry = true;
        if (isObject[depth - 1]) {
            if (c != '"') {
                throw unexpected(c, "was expecting double-quote to start field name");
            }
            markToken();
            String name = readString(MAX_NAME_LENGTH, true);
            noteName(name);
            text = name;
            c = afterWhitespace(true);
            if (c != ':') {
                throw atLastCharacter("unexpected character: was expecting a colon"); // the byte, not decoded
            }
            return current = Token.FIELD_NAME;
        }
        return current = value(c);
    }

    /**
     * The current name ({@link Token#FIELD_NAME}) or string ({@link Token#STRING}).
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The type of the current {@link Token#NUMBER_INT}.
     *
     * @return the type
     */
    public NumberType numberType() {
        return numberType;
    }

    /**
     * The current integer, if {@link #numberType()} is {@code INT} or {@code LONG}.
     *
     * @return the value
     */
    public long longValue() {
        return longValue;
    }

    /**
     * The current integer as the smallest of Integer, Long and BigInteger that holds it.
     *
     * @return the value
     */
    public Number integerValue() {
        return switch (numberType) {
            case INT -> (int) longValue;
            case LONG -> longValue;
            case BIG_INTEGER -> new BigInteger(numberText());
        };
    }

    /**
     * The current number (integer or not) as a double, as {@link Double#parseDouble} reads its text.
     *
     * @return the value
     */
    public double doubleValue() {
        return numberType == NumberType.INT || numberType == NumberType.LONG ? (double) longValue
                : Double.parseDouble(numberText());
    }

    private String numberText() {
        return new String(in, numberStart, numberEnd - numberStart, StandardCharsets.ISO_8859_1);
    }

    /**
     * Skips the rest of the current object or array (from its start token), or nothing for a scalar.
     *
     * @throws JsonSyntaxException if the input is not JSON there
     */
    public void skipChildren() throws JsonSyntaxException {
        if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
            return;
        }
        int target = depth - 1;
        while (depth > target) {
            if (next() == null) {
                throw endsEarly();
            }
        }
    }

    /** The line of the current token's start, from 1. */
    public int tokenLine() {
        return tokenLine;
    }

    /** The column of the current token's start, from 1, in bytes. */
    public int tokenColumn() {
        return tokenStart - tokenLineStart + 1;
    }

    private void markToken() {
        tokenStart = pos - 1;
        tokenLine = line;
        tokenLineStart = lineStart;
    }

    private Token value(int c) throws JsonSyntaxException {
        markToken();
        switch (c) {
            case '{':
                open(true);
                return Token.START_OBJECT;
            case '[':
                open(false);
                return Token.START_ARRAY;
            case '"':
                text = readString(MAX_STRING_LENGTH, false);
                return Token.STRING;
            case 't':
                literal("true");
                return Token.TRUE;
            case 'f':
                literal("false");
                return Token.FALSE;
            case 'n':
                literal("null");
                return Token.NULL;
            case '-':
                return number(true);
            default:
                if (c >= '0' && c <= '9') {
                    pos--;
                    return number(false);
                }
                throw unexpectedValue(c);
        }
    }

    private JsonSyntaxException unexpectedValue(int c) throws JsonSyntaxException {
        if (c == ']' || c == '}') {
            return unexpected(c, "expected a value");
        }
        if (c == '+') {
            return pos >= end ? endsEarly() : syntax("a number with a plus sign");
        }
        if (c == 'N' || c == 'I') {
            pos--;
            return nonNumeric(c == 'N' ? "NaN" : "Infinity");
        }
        if (c < 0x80 && Character.isJavaIdentifierStart(c)) {
            return atTokenStart("unrecognized token");
        }
        return unexpected(c, "expected a valid value");
    }

    private void open(boolean object) throws JsonSyntaxException {
        if (depth == MAX_DEPTH) {
            throw new JsonSyntaxException(JsonSyntaxException.Kind.LIMIT,
                    "nesting deeper than " + MAX_DEPTH, -1, -1);
        }
        if (depth == isObject.length) {
            isObject = java.util.Arrays.copyOf(isObject, depth * 2);
            names = java.util.Arrays.copyOf(names, depth * 2);
            firstName = java.util.Arrays.copyOf(firstName, depth * 2);
        }
        isObject[depth] = object;
        names[depth] = null;
        firstName[depth] = null;
        depth++;
        hasEntry = false;
    }

    private Token close(int c) throws JsonSyntaxException {
        boolean object = isObject[depth - 1];
        if (object != (c == '}')) {
            markToken();
            throw unexpected(c, "mismatched close marker");
        }
        markToken();
        depth--;
        names[depth] = null;
        firstName[depth] = null;
        hasEntry = true;
        return object ? Token.END_OBJECT : Token.END_ARRAY;
    }

    @SuppressWarnings("unchecked")
    private void noteName(String name) throws JsonSyntaxException {
        int level = depth - 1;
        String first = firstName[level];
        if (first == null) {
            firstName[level] = name;
            return;
        }
        Set<String> seen = (Set<String>) names[level];
        if (seen == null) {
            if (!first.equals(name)) {
                seen = new HashSet<>();
                seen.add(first);
                seen.add(name);
                names[level] = seen;
                return;
            }
        } else if (seen.add(name)) {
            return;
        }
        throw new JsonSyntaxException(JsonSyntaxException.Kind.DUPLICATE_KEY, "duplicate key", line, column());
    }

    /** Skips white space; the next byte, consumed, or -1 at the end (an error if {@code required}). */
    private int afterWhitespace(boolean required) throws JsonSyntaxException {
        while (pos < end) {
            int c = in[pos++] & 0xFF;
            if (c > ' ') {
                return c;
            }
            if (c == '\n') {
                line++;
                lineStart = pos;
            } else if (c == '\r') {
                if (pos < end && in[pos] == '\n') {
                    pos++;
                }
                line++;
                lineStart = pos;
            } else if (c != ' ' && c != '\t') {
                throw syntax("illegal white space");
            }
        }
        if (required) {
            throw endsEarly();
        }
        return -1;
    }

    /** {@code true}, {@code false} or {@code null}; anything else there is refused at its start, as jackson-core does. */
    private void literal(String word) throws JsonSyntaxException {
        for (int i = 1; i < word.length(); i++) {
            if (pos >= end || in[pos] != word.charAt(i)) {
                throw atTokenStart("unrecognized token");
            }
            pos++;
        }
        if (pos < end && continuesWord(pos)) {
            throw atTokenStart("unrecognized token");
        }
    }

    private JsonSyntaxException atTokenStart(String what) {
        return new JsonSyntaxException(JsonSyntaxException.Kind.SYNTAX, what, tokenLine, tokenStart - tokenLineStart + 1);
    }

    /** {@code NaN} or {@code Infinity} (after a sign): refused after the word, other words at their start. */
    private JsonSyntaxException nonNumeric(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= end || in[pos] != word.charAt(i)) {
                return atTokenStart("unrecognized token");
            }
            pos++;
        }
        return syntax("non-standard number " + word);
    }

    /**
     * Whether the byte at {@code at} continues a word, as jackson-core decides after a literal:
     * bytes below {@code '0'} and the closing brackets never do, others if the character they start
     * (decoded, and cut to a {@code char} as jackson-core cuts it) is a Java identifier part.
     */
    private boolean continuesWord(int at) {
        int c = in[at] & 0xFF;
        if (c < '0' || c == ']' || c == '}') {
            return false;
        }
        if (c >= 0x80) {
            int needed = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
            c &= needed == 1 ? 0x1F : needed == 2 ? 0x0F : 0x07;
            for (int i = 1; i <= needed && at + i < end; i++) {
                c = (c << 6) | (in[at + i] & 0x3F);
            }
        }
        return Character.isJavaIdentifierPart((char) c);
    }

    private Token number(boolean negative) throws JsonSyntaxException {
        int start = negative ? pos - 1 : pos;
        if (pos >= end) {
            throw endsEarly();
        }
        int c = in[pos] & 0xFF;
        if (c < '0' || c > '9') {
            if (c == 'I' || c == 'N') {
                throw nonNumeric(c == 'N' ? "NaN" : "Infinity");
            }
            pos++;
            throw atLastCharacter("unexpected character: expected a digit after a minus sign"); // the byte, not decoded
        }
        int intStart = pos;
        if (c == '0') {
            pos++;
            if (pos < end && in[pos] >= '0' && in[pos] <= '9') {
                pos++;
                throw atLastCharacter("leading zeroes not allowed");
            }
        } else {
            while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
                pos++;
            }
        }
        int intLength = pos - intStart;
        boolean fraction = false;
        int fractionLength = 0;
        int exponentLength = 0;
        if (pos < end && in[pos] == '.') {
            fraction = true;
            pos++;
            int fractionStart = pos;
            while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
                pos++;
            }
            fractionLength = pos - fractionStart;
            if (fractionLength == 0) {
                if (pos < end) {
                    pos++;
                }
                throw atLastCharacter("decimal point not followed by a digit");
            }
        }
        if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
            fraction = true;
            pos++;
            if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            int exponentStart = pos;
            while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
                pos++;
            }
            exponentLength = pos - exponentStart;
            if (exponentLength == 0) {
                if (pos >= end) {
                    throw endsEarly();
                }
                pos++;
                throw atLastCharacter("exponent indicator not followed by a digit");
            }
        }
        if (intLength + fractionLength + exponentLength > MAX_NUMBER_LENGTH) {
            throw new JsonSyntaxException(JsonSyntaxException.Kind.LIMIT,
                    "number longer than " + MAX_NUMBER_LENGTH + " characters", -1, -1);
        }
        if (depth == 0 && pos < end) {
            int next = in[pos] & 0xFF;
            if (next != ' ' && next != '\t' && next != '\n' && next != '\r') {
                pos++;
                throw atLastCharacter("expected space separating root-level values");
            }
        }
        numberStart = start;
        numberEnd = pos;
        if (fraction) {
            numberType = null;
            return Token.NUMBER_FLOAT;
        }
        if (intLength <= 18) {
            long value = 0;
            for (int i = intStart; i < pos; i++) {
                value = value * 10 + (in[i] - '0');
            }
            longValue = negative ? -value : value;
            numberType = longValue >= MIN_INT && longValue <= MAX_INT ? NumberType.INT : NumberType.LONG;
        } else {
            BigInteger value = new BigInteger(numberText());
            if (value.bitLength() < 64) {
                longValue = value.longValue();
                numberType = NumberType.LONG;
            } else {
                numberType = NumberType.BIG_INTEGER;
            }
        }
        return Token.NUMBER_INT;
    }

    /**
     * Reads a string after its opening quote, through its closing one. In a name, jackson-core
     * decodes UTF-8 only once the name is read, so a malformed sequence there is refused after the
     * closing quote.
     */
    private String readString(int maxLength, boolean name) throws JsonSyntaxException {
        int start = pos;
        while (pos < end) {
            int c = in[pos] & 0xFF;
            if (c == '"') {
                String ascii = new String(in, start, pos - start, StandardCharsets.ISO_8859_1);
                pos++;
                checkLength(ascii.length(), maxLength);
                return ascii;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80) {
                break;
            }
            pos++;
        }
        StringBuilder text = new StringBuilder(Math.max(16, (pos - start) * 2));
        text.append(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
        boolean malformedName = false;
        while (true) {
            if (pos >= end) {
                throw endsEarly();
            }
            int c = in[pos++] & 0xFF;
            if (c == '"') {
                if (malformedName) {
                    throw syntax("invalid UTF-8 in a name");
                }
                checkLength(text.length(), maxLength);
                return text.toString();
            }
            if (c == '\\') {
                text.append(escape());
            } else if (c < 0x20) {
                throw atLastCharacter("unescaped control character in a string");
            } else if (c < 0x80) {
                text.append((char) c);
            } else if (!name) {
                appendMultiByte(c, text);
            } else {
                int lead = pos;
                try {
                    appendMultiByte(c, text);
                } catch (JsonSyntaxException e) {
                    if (e.kind() == JsonSyntaxException.Kind.ENDS_EARLY) {
                        throw e;
                    }
                    malformedName = true;
                    pos = lead;
                }
            }
        }
    }

    private void checkLength(int length, int maxLength) throws JsonSyntaxException {
        if (length > maxLength) {
            throw new JsonSyntaxException(JsonSyntaxException.Kind.LIMIT,
                    "string longer than " + maxLength + " characters", -1, -1);
        }
    }

    private char escape() throws JsonSyntaxException {
        if (pos >= end) {
            throw endsEarly();
        }
        int c = in[pos++] & 0xFF;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return (char) c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    if (pos >= end) {
                        throw endsEarly();
                    }
                    int digit = Character.digit(in[pos++] & 0xFF, 16);
                    if (digit < 0) {
                        throw atLastCharacter("expected a hex-digit for a character escape sequence");
                    }
                    value = (value << 4) | digit;
                }
                return (char) value;
            default:
                // jackson-core decodes the whole character before it refuses it
                throw unexpected(c, "unrecognized character escape");
        }
    }

    /**
     * Strict UTF-8, refused where jackson-core refuses it: a byte that cannot start a character
     * (among them {@code C0}, {@code C1} and {@code F5}–{@code FF}, which only start overlong or
     * too large ones) at that byte; a bad continuation byte at it; an overlong form, a surrogate or a
     * code point beyond U+10FFFF after the whole sequence.
     */
    private void appendMultiByte(int lead, StringBuilder text) throws JsonSyntaxException {
        int extra;
        int value;
        if (lead == 0xC0 || lead == 0xC1 || lead >= 0xF5) {
            throw syntax("invalid UTF-8 start byte");
        }
        if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            value = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            value = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            value = lead & 0x07;
        } else {
            throw syntax("invalid UTF-8 start byte");
        }
        for (int i = 0; i < extra; i++) {
            if (pos >= end) {
                throw endsEarly();
            }
            int next = in[pos++] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw syntax("invalid UTF-8 middle byte");
            }
            value = (value << 6) | (next & 0x3F);
        }
        if (extra == 2 && (value < 0x800 || (value >= 0xD800 && value <= 0xDFFF))
                || extra == 3 && (value < 0x10000 || value > 0x10FFFF)) {
            throw syntax("invalid UTF-8: an overlong form, a surrogate or beyond U+10FFFF");
        }
        if (extra == 3) {
            value -= 0x10000;
            text.append((char) (0xD800 + (value >> 10))).append((char) (0xDC00 | (value & 0x3FF)));
        } else {
            text.append((char) value);
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    /**
     * At the character just read, as jackson-core places it (for a byte of a longer UTF-8 character,
     * after the whole character); never quotes it: the input may hold a secret.
     */
    private JsonSyntaxException unexpected(int c, String what) {
        if (c >= 0x80) {
            int needed = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
            if (needed < 0) {
                return syntax("invalid UTF-8 start byte");
            }
            for (int i = 0; i < needed; i++) {
                if (pos >= end) {
                    return endsEarly();
                }
                if ((in[pos++] & 0xC0) != 0x80) {
                    return syntax("invalid UTF-8 middle byte");
                }
            }
        }
        return atLastCharacter("unexpected character: " + what);
    }

    private JsonSyntaxException atLastCharacter(String what) {
        return new JsonSyntaxException(JsonSyntaxException.Kind.SYNTAX, what, line, pos - lineStart);
    }

    private JsonSyntaxException syntax(String what) {
        return new JsonSyntaxException(JsonSyntaxException.Kind.SYNTAX, what, line, column());
    }

    private JsonSyntaxException endsEarly() {
        return new JsonSyntaxException(JsonSyntaxException.Kind.ENDS_EARLY, "JSON ends early", line, column());
    }
}
