package dev.clssdk.cls.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.clssdk.cls.export.ExportException;
import dev.clssdk.cls.export.LogRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON lines: one object per line, split here on {@code \n} (so a bad line is reported with its
 * number and can be skipped), each parsed by Jackson's streaming parser straight from the buffer.
 *
 * <p>Memory is bounded by the limits, not the input: the buffer grows only for a longer line and
 * never past {@code maxRecordBytes} + 2 (the line and its {@code \r\n}); a line with no line break
 * within that is refused before another byte is buffered (or, when skipping, read through to its
 * line break without keeping it), and a record has at most {@code maxFields} fields. Parsing a
 * line of n bytes costs the buffer plus about 4n more at worst (one string value of n ASCII
 * characters: Jackson's char segments, 2n, then the String built from them), and nothing of a
 * record is kept once it is returned.
 */
final class JsonLinesSource implements RecordSource {

    private static final int INITIAL_BUFFER = 256 * 1024;
    /** Jackson's own string limit (20 M chars) would be a second, different line limit; ours is the one. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private final InputStream in;
    private final EntryContext context;
    /** The most bytes one line may take in the buffer: {@code maxRecordBytes} and a {@code \r\n}. */
    private final int maxLineBuffer;
    private byte[] buf;
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
        this.maxLineBuffer = context.maxRecordBytes() + 2;
        this.buf = new byte[Math.min(INITIAL_BUFFER, maxLineBuffer)];
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
            } else if (end - start >= maxLineBuffer) {
                // No line break within the limit: too long, whatever follows. Refused before buffering more.
                line++;
                tooLong();
                scanFrom = start;
                continue;
            } else {
                scanFrom = end - start;
                fill();
                scanFrom += start;
                continue;
            }
            line++;
            LogRecord record = contentLength(lineStart, lineEnd) > context.maxRecordBytes()
                    ? bad(context.tooLong("a line"), null)
                    : parse(lineStart, lineEnd);
            if (record != null) {
                return record;
            }
            scanFrom = start;
        }
    }

    /** The line's length without the {@code \r} of a {@code \r\n}. */
    private int contentLength(int from, int to) {
        return to > from && buf[to - 1] == '\r' ? to - 1 - from : to - from;
    }

    /** A line with no line break within the limit: an error, or (skipping) read through to its end, nothing kept. */
    private void tooLong() throws IOException {
        if (!context.skipMalformed()) {
            throw context.malformed(line, context.tooLong("a line"), null);
        }
        skipped++;
        start = 0;
        end = 0;
        while (true) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                inputDone = true;
                return;
            }
            int nl = indexOfNewline(buf, 0, n);
            if (nl >= 0) {
                start = nl + 1;
                end = n;
                return;
            }
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

    /**
     * Moves the unread bytes to the front, grows the buffer if it is full, and reads more. The caller
     * has checked that the line so far is under {@link #maxLineBuffer}, so the buffer never grows past it.
     */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(maxLineBuffer, 2L * buf.length));
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
        int n = 0;
        try (JsonParser p = JSON.createParser(buf, s, e - s)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return bad("not a JSON object", null);
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                if (n == context.maxFields()) {
                    return bad(context.tooManyFields("an object"), null);
                }
                if (n == names.length) {
                    names = Arrays.copyOf(names, Math.min(context.maxFields(), n * 2));
                    values = Arrays.copyOf(values, names.length);
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
        } catch (ExportException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            // Jackson's answer to some hostile input is unchecked (its symbol table's hash-flooding guard).
            return bad("not valid JSON (" + ex.getClass().getSimpleName() + ")", ex);
        } finally {
            // The parsed values belong to the record now; holding them here would double the next line's peak.
            Arrays.fill(values, 0, n, null);
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
