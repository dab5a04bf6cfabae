package dev.clssdk.cls.export.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.clssdk.cls.export.LogRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV with a header row and RFC 4180 quoting (quoted fields may hold commas, {@code ""} and line
 * breaks), read row by row by Jackson's CSV parser (without a schema, each row is an array). A row with a different number of fields than
 * the header is reported with the line it starts on, or skipped and counted.
 *
 * <p>Memory is bounded by the limits, not the input: Jackson buffers a whole field before it hands
 * it over, so the bytes it may take for one row are metered ({@link ByteBudget}: {@code maxRecordBytes},
 * give or take its read-ahead of a few KB) and refused past that, and a row keeps at most
 * {@code maxFields} fields. A row over the byte limit ends the read even when skipping: inside a
 * quoted field, where the row ends cannot be known without reading it.
 */
final class CsvSource implements RecordSource {

    /** Jackson's own string limit (20 M chars) would be a second, different limit; the row budget is the one. */
    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the tar stream goes on to the next entry
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private final CsvParser parser;
    /**
     * The entry as Jackson reads it, metered: from the start of each row, at most {@code maxRecordBytes}
     * more bytes. The bytes Jackson had read ahead before a row started count for the row before it, so a
     * row may reach the limit plus that read-ahead (a few KB).
     */
    private final ByteBudget budget;
    private final EntryContext context;
    private String[] header;
    private final List<String> row = new ArrayList<>();
    private long skipped;
    /** The physical line the next row starts on: rows so far plus the line breaks inside their quoted fields. */
    private long nextLine = 1;

    CsvSource(InputStream in, EntryContext context) throws IOException {
        this.budget = new ByteBudget(in, RowTooLong::new);
        this.parser = CSV.createParser(budget);
        this.parser.setSchema(CsvSchema.emptySchema());
        this.context = context;
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public LogRecord next() throws IOException {
        while (true) {
            long line;
            boolean tooManyFields = false;
            budget.allow(context.maxRecordBytes());
            try {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return null;
                }
                line = nextLine;
                row.clear();
                long breaks = 0;
                while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    String value = parser.getText();
                    if (value.indexOf('\n') >= 0) {
                        breaks += value.chars().filter(c -> c == '\n').count();
                    }
                    if (row.size() < context.maxFields()) {
                        row.add(value);
                    } else {
                        tooManyFields = true; // read to the row's end, keeping nothing, so it can be skipped
                    }
                }
                nextLine += 1 + breaks;
            } catch (RowTooLong e) {
                throw context.malformed(nextLine, context.tooLong("a CSV row"), null);
            } catch (JsonProcessingException e) {
                throw context.malformed(nextLine, "not valid CSV (" + e.getOriginalMessage() + ")", e);
            }
            if (header == null) {
                if (tooManyFields) {
                    throw context.malformed(line, context.tooManyFields("a CSV header"), null);
                }
                header = row.toArray(String[]::new);
                if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                    header[0] = header[0].substring(1);
                }
                continue;
            }
            if (tooManyFields || row.size() != header.length) {
                if (context.skipMalformed()) {
                    skipped++;
                    continue;
                }
                throw context.malformed(line, tooManyFields ? context.tooManyFields("a CSV row")
                        : "a CSV row of " + row.size() + " fields, the header has " + header.length, null);
            }
            LogRecord record = RecordAccess.wrap(header, row.toArray(new String[0]), header.length);
            row.clear(); // the values belong to the record now
            return record;
        }
    }

    /** A CSV row longer than its budget (an I/O failure to Jackson, which passes it on). */
    private static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLong() {
            super("CSV row over its byte limit");
        }
    }
}
