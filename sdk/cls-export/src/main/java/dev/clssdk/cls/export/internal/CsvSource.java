package dev.clssdk.cls.export.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
 */
final class CsvSource implements RecordSource {

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the tar stream goes on to the next entry
            .build();

    private final CsvParser parser;
    private final EntryContext context;
    private String[] header;
    private final List<String> row = new ArrayList<>();
    private long skipped;
    /** The physical line the next row starts on: rows so far plus the line breaks inside their quoted fields. */
    private long nextLine = 1;

    CsvSource(InputStream in, EntryContext context) throws IOException {
        this.parser = CSV.createParser(in);
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
                    row.add(value);
                }
                nextLine += 1 + breaks;
            } catch (StreamReadException e) {
                throw context.malformed(nextLine,
                        "not valid CSV (" + e.getOriginalMessage() + ")", e);
            }
            if (header == null) {
                header = row.toArray(String[]::new);
                if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                    header[0] = header[0].substring(1);
                }
                continue;
            }
            if (row.size() != header.length) {
                if (context.skipMalformed()) {
                    skipped++;
                    continue;
                }
                throw context.malformed(line, "a CSV row of " + row.size() + " fields, the header has " + header.length, null);
            }
            return RecordAccess.wrap(header, row.toArray(new String[0]), header.length);
        }
    }
}
