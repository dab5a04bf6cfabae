package dev.clssdk.cls.export.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.clssdk.cls.export.LogRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes records as JSON lines, or as CSV (header from the first record, RFC 4180 quoting). */
abstract class RecordWriter implements AutoCloseable {

    abstract void write(LogRecord record) throws IOException;

    @Override
    public abstract void close() throws IOException;

    static RecordWriter json(OutputStream out) throws IOException {
        JsonGenerator generator = JsonFactory.builder().build().createGenerator(out);
        generator.setRootValueSeparator(null);
        return new RecordWriter() {
            @Override
            void write(LogRecord record) throws IOException {
                generator.writeStartObject();
                for (Map.Entry<String, String> field : record.fields().entrySet()) {
                    generator.writeStringField(field.getKey(), field.getValue());
                }
                generator.writeEndObject();
                generator.writeRaw('\n');
            }

            @Override
            public void close() throws IOException {
                generator.close();
            }
        };
    }

    static RecordWriter csv(OutputStream out) {
        Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        return new RecordWriter() {
            private List<String> header;

            @Override
            void write(LogRecord record) throws IOException {
                if (header == null) {
                    header = List.copyOf(record.fields().keySet());
                    row(header);
                }
                row(inHeaderOrder(record));
            }

            /**
             * The record's values in the header's order: as they come when the record has the header's
             * fields in its order (a CSV export's rows always do), else looked up by name. Looking
             * every field up by name costs fields² / 2 comparisons a row (100,000 fields: 25 s a row).
             */
            private List<String> inHeaderOrder(LogRecord record) {
                List<String> values = new ArrayList<>(header.size());
                if (record.size() == header.size()) {
                    int i = 0;
                    for (Map.Entry<String, String> field : record.fields().entrySet()) {
                        if (!field.getKey().equals(header.get(i++))) {
                            values = null;
                            break;
                        }
                        values.add(field.getValue());
                    }
                    if (values != null) {
                        return values;
                    }
                }
                if (record.size() <= 64) {
                    return header.stream().map(record::get).toList();
                }
                Map<String, String> byName = new HashMap<>();
                record.fields().forEach(byName::putIfAbsent); // the first of a repeated name, as record.get
                return header.stream().map(byName::get).toList();
            }

            private void row(List<String> values) throws IOException {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    String v = values.get(i) == null ? "" : values.get(i);
                    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                        writer.write('"');
                        writer.write(v.replace("\"", "\"\""));
                        writer.write('"');
                    } else {
                        writer.write(v);
                    }
                }
                writer.write("\r\n");
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }
}
