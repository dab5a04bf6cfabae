package dev.clssdk.cls.export.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.clssdk.cls.export.LogRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
                row(header.stream().map(record::get).toList());
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
