package dev.clssdk.cls.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Test files: tar.gz, gz, tar of named text entries. */
final class Archives {
    private Archives() {
    }

    static byte[] tar(String... nameThenText) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int i = 0; i < nameThenText.length; i += 2) {
                byte[] content = nameThenText[i + 1].getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(nameThenText[i]);
                entry.setSize(content.length);
                entry.setModTime(1_607_499_107_000L); // the same bytes on every run
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] tarGz(String... nameThenText) {
        return gzip(tar(nameThenText));
    }

    static String jsonLines(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("{\"__TIMESTAMP__\":").append(1607499107000L + i).append(",\"status\":\"200\",\"n\":").append(i)
                    .append(",\"msg\":\"line ").append(i).append(" ").append("x".repeat(i % 50)).append("\"}\n");
        }
        return s.toString();
    }
}
