package dev.clssdk.stub.cls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The file of a completed stub export: a {@code .tar.gz} with one entry, {@code <ExportId>.json}
 * (one JSON object per line) or {@code <ExportId>.csv} (header row, RFC 4180 quoting), of
 * {@code min(Count, MAX_RECORDS)} logs between {@code From} and {@code To}, in the task's
 * {@code Order} by time ({@code desc} unless it says {@code asc}, as CLS defaults), or the text a test
 * gave ({@link ExportWorkflow#exportContent}). The same task always gives the same bytes.
 */
final class ExportFiles {

    /** A stub export holds at most this many logs, whatever its Count. */
    static final int MAX_RECORDS = 1000;

    private ExportFiles() {
    }

    static int recordCount(long count) {
        return (int) Math.max(1, Math.min(count, MAX_RECORDS));
    }

    static String content(String format, String order, String query, long count, long from, long to) {
        int n = recordCount(count);
        StringBuilder text = new StringBuilder();
        boolean csv = "csv".equalsIgnoreCase(format);
        boolean ascending = "asc".equalsIgnoreCase(order);
        if (csv) {
            text.append("__TIMESTAMP__,__SOURCE__,status,message\r\n");
        }
        for (int k = 0; k < n; k++) {
            int i = ascending ? k : n - 1 - k;
            long time = from + (to > from ? (to - from) * i / n : 0);
            String message = "log " + (i + 1) + " of " + n + " for \"" + query + "\", exported";
            if (csv) {
                text.append(time).append(",10.0.0.").append(i % 250).append(',').append(i % 7 == 0 ? 500 : 200).append(',')
                        .append('"').append(message.replace("\"", "\"\"")).append('"').append("\r\n");
            } else {
                text.append("{\"__TIMESTAMP__\":\"").append(time).append("\",\"__SOURCE__\":\"10.0.0.").append(i % 250)
                        .append("\",\"status\":\"").append(i % 7 == 0 ? 500 : 200).append("\",\"message\":\"")
                        .append(message.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}\n");
            }
        }
        return text.toString();
    }

    static byte[] tarGz(String exportId, String format, String text, long from) {
        boolean csv = "csv".equalsIgnoreCase(format);
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            TarArchiveEntry entry = new TarArchiveEntry(exportId + (csv ? ".csv" : ".json"));
            entry.setSize(content.length);
            entry.setModTime(from);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
