package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.CorruptExportFileException;
import dev.clssdk.cls.export.LogRecord;
import dev.clssdk.cls.model.Format;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The records of an export file, read as it streams in: gzip is recognized by its magic bytes
 * ({@code 1f 8b}), tar by {@code ustar} at offset 257 (so {@code .tar.gz}, {@code .gz}, {@code .tar} and
 * plain text all work, whatever the file is called); every regular tar entry is parsed in turn. Any
 * failure of the decompressor or the tar reader becomes a {@link CorruptExportFileException} naming
 * the entry and the byte offset in the file.
 */
public final class ArchiveRecords implements Closeable {

    private static final int BUFFER = 64 * 1024;
    private static final int TAR_BLOCK = 512;
    private static final int USTAR_OFFSET = 257;

    private final InputStream raw;
    private final CountingInputStream counted;
    private final Format format;
    private final boolean skipMalformed;
    private final String exportId;
    private final ProgressMeter meter;
    private TarArchiveInputStream tar;
    private InputStream data;
    private RecordSource current;
    private String entry = "";
    private boolean started;
    private boolean finished;
    private long skippedBefore;

    public ArchiveRecords(InputStream raw, Format format, boolean skipMalformed, String exportId, ProgressMeter meter) {
        this.raw = raw;
        this.counted = new CountingInputStream(raw);
        this.format = format;
        this.skipMalformed = skipMalformed;
        this.exportId = exportId;
        this.meter = meter;
    }

    /** The next record, or {@code null} at the end of the file. */
    public LogRecord next() {
        try {
            while (!finished) {
                if (!started) {
                    started = true;
                    open();
                    continue;
                }
                if (current == null) {
                    if (!nextEntry()) {
                        finished = true;
                        break;
                    }
                    continue;
                }
                LogRecord record = current.next();
                if (record != null) {
                    meter.addRecord();
                    return record;
                }
                skippedBefore += current.skipped();
                current = null;
                if (tar == null) {
                    finished = true;
                }
            }
            meter.finish();
            return null;
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    /** Lines skipped as malformed so far. */
    public long skipped() {
        return skippedBefore + (current == null ? 0 : current.skipped());
    }

    private void open() throws IOException {
        BufferedInputStream outer = new BufferedInputStream(counted, BUFFER);
        outer.mark(2);
        int m1 = outer.read();
        int m2 = outer.read();
        outer.reset();
        InputStream decompressed = m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(outer, BUFFER) : outer;
        // Pushback, not a big buffer: only the first block is decompressed before the entry is known.
        PushbackInputStream inner = new PushbackInputStream(decompressed, TAR_BLOCK);
        byte[] block = inner.readNBytes(TAR_BLOCK);
        inner.unread(block);
        data = inner;
        if (block.length == TAR_BLOCK && isUstar(block)) {
            tar = new TarArchiveInputStream(inner);
        } else {
            current = source(inner, "");
        }
    }

    private static boolean isUstar(byte[] block) {
        return new String(block, USTAR_OFFSET, 5, StandardCharsets.US_ASCII).equals("ustar");
    }

    private boolean nextEntry() throws IOException {
        if (tar == null) {
            return false;
        }
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
            if (e.isFile()) {
                entry = e.getName();
                current = source(tar, entry);
                return true;
            }
        }
        return false;
    }

    private RecordSource source(InputStream in, String name) throws IOException {
        EntryContext context = new EntryContext(exportId, name, skipMalformed);
        Format f = format;
        InputStream input = in;
        if (f == null || f == Format.UNKNOWN_TO_SDK_VERSION) {
            BufferedInputStream peek = new BufferedInputStream(in, 8192);
            peek.mark(8192);
            byte[] head = peek.readNBytes(8192);
            peek.reset();
            f = Format.CSV;
            for (byte b : head) {
                if (b == '{') {
                    f = Format.JSON;
                    break;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB
                        && (b & 0xff) != 0xBF) {
                    break;
                }
            }
            input = peek;
        }
        return f == Format.CSV ? new CsvSource(input, context) : new JsonLinesSource(input, context);
    }

    private CorruptExportFileException corrupt(IOException e) {
        String where = entry.isEmpty() ? (tar == null ? "" : "before the first tar entry, ") : "entry " + entry + ", ";
        String task = exportId == null ? "" : "Export " + exportId + ": ";
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new CorruptExportFileException(exportId, task + "the export file is corrupt or truncated (" + where
                + "at byte " + counted.count() + " of the file): " + reason, entry, counted.count(), e);
    }

    @Override
    public void close() {
        try {
            if (data != null) {
                data.close();
            }
            raw.close();
        } catch (IOException ignored) {
            // nothing is lost: the caller is done with the file
        }
    }
}
