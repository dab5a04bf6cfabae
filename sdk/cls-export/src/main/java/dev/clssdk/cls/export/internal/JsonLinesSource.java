package dev.clssdk.cls.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.clssdk.cls.export.LogRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON lines: one object per line, split here on {@code \n} (so a bad line is reported with its
 * number and can be skipped), each parsed by Jackson's streaming parser straight from the buffer.
 * Memory: one buffer, grown only for a line longer than it, up to {@link #MAX_LINE_BYTES}.
 */
final class JsonLinesSource implements RecordSource {

    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final InputStream in;
    private final EntryContext context;
    private byte[] buf = new byte[256 * 1024];
    private int start;
    private int end;
    private boolean inputDone;
    private long line;
    private long skipped;
    private String[] names = new String[16];
    private String[] values = new String[16];
    private String[] previousNames = new String[0];

    JsonLinesSource(InputStream in, EntryContext context) {
        this.in = in;
        this.context = context;
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public LogRecord next() throws IOException {
        int scanFrom = start;
        while (true) {
            int nl = indexOfNewline(buf, scanFrom, end);
            int lineStart = start;
            int lineEnd;
            if (nl >= 0) {
                lineEnd = nl;
                start = nl + 1;
            } else if (inputDone) {
                if (start >= end) {
                    return null;
                }
                lineEnd = end;
                start = end;
            } else {
                scanFrom = end - start;
                fill();
                scanFrom += start;
                continue;
            }
            line++;
            LogRecord record = parse(lineStart, lineEnd);
            if (record != null) {
                return record;
            }
            scanFrom = start;
        }
    }

    private static int indexOfNewline(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves the unread bytes to the front, grows the buffer if it is full, and reads more. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            if (buf.length >= MAX_LINE_BYTES) {
                throw context.malformed(line + 1, "line longer than " + MAX_LINE_BYTES + " bytes", null);
            }
            buf = Arrays.copyOf(buf, Math.min(MAX_LINE_BYTES, buf.length * 2));
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            inputDone = true;
        } else {
            end += n;
        }
    }

    /** The record on this line, or {@code null} for a blank line or a skipped bad one. */
    private LogRecord parse(int from, int to) {
        int s = from;
        int e = to;
        while (s < e && isSpace(buf[s])) {
            s++;
        }
        while (e > s && isSpace(buf[e - 1])) {
            e--;
        }
        if (s == e) {
            return null;
        }
        if (line == 1 && e - s >= 3 && (buf[s] & 0xff) == 0xEF && (buf[s + 1] & 0xff) == 0xBB && (buf[s + 2] & 0xff) == 0xBF) {
            s += 3;
        }
        try (JsonParser p = JSON.createParser(buf, s, e - s)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return bad("not a JSON object", null);
            }
            int n = 0;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                if (n == names.length) {
                    names = Arrays.copyOf(names, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                names[n] = p.currentName();
                JsonToken v = p.nextToken();
                values[n++] = switch (v) {
                    case VALUE_NULL -> null;
                    case START_OBJECT, START_ARRAY -> {
                        int valueStart = (int) p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        int valueEnd = (int) p.currentLocation().getByteOffset();
                        yield new String(buf, s + valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                    }
                    default -> p.getText();
                };
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return bad("not one JSON object", null);
            }
            return RecordAccess.wrap(namesFor(n), Arrays.copyOf(values, n), n);
        } catch (JsonProcessingException ex) {
            return bad("not valid JSON (" + ex.getOriginalMessage() + ")", ex);
        } catch (IOException ex) {
            return bad("not valid JSON", ex);
        }
    }

    /** Reuses the previous record's names array when the fields are the same (Jackson interns names). */
    private String[] namesFor(int n) {
        if (previousNames.length == n) {
            boolean same = true;
            for (int i = 0; i < n; i++) {
                if (previousNames[i] != names[i]) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return previousNames;
            }
        }
        previousNames = Arrays.copyOf(names, n);
        return previousNames;
    }

    private LogRecord bad(String what, Throwable cause) {
        if (context.skipMalformed()) {
            skipped++;
            return null;
        }
        throw context.malformed(line, what, cause);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
