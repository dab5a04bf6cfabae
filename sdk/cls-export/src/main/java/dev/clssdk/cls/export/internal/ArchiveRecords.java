package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.CorruptExportFileException;
import dev.clssdk.cls.export.ExportException;
import dev.clssdk.cls.export.LogRecord;
import dev.clssdk.cls.export.RecordOptions;
import dev.clssdk.cls.model.Format;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The records of an export file, read as it streams in: gzip is recognized by its magic bytes
 * ({@code 1f 8b}), tar by {@code ustar} at offset 257 (so {@code .tar.gz}, {@code .gz}, {@code .tar} and
 * plain text all work, whatever the file is called); every regular tar entry is parsed in turn. Any
 * failure of the decompressor or the tar reader becomes a {@link CorruptExportFileException} naming
 * the entry and the byte offset in the file.
 *
 * <p>The tar reader keeps an entry's headers in memory (GNU long names, pax records) and reads a
 * chain of them recursively, so what it may read for one entry's headers is metered
 * ({@value #MAX_TAR_HEADER_BYTES} bytes, against a 100 MiB name that is 100 KB gzipped, or a
 * {@code StackOverflowError} from thousands of chained headers), and so are the pax records it
 * carries from entry to entry.
 */
public final class ArchiveRecords implements Closeable {

    private static final int BUFFER = 64 * 1024;
    private static final int TAR_BLOCK = 512;
    private static final int USTAR_OFFSET = 257;
    /** What one entry's headers may take: a 4 KiB path many times over, yet at most some 64 chained headers. */
    static final int MAX_TAR_HEADER_BYTES = 64 * 1024;

    private final InputStream raw;
    private final CountingInputStream counted;
    private final Format format;
    private final RecordOptions options;
    private final String exportId;
    private final ProgressMeter meter;
    private TarArchiveInputStream tar;
    /** The tar reader's input, metered while it reads headers: past the allowance, an I/O failure. */
    private ByteBudget headerBudget;
    private InputStream data;
    private RecordSource current;
    private String entry = "";
    private boolean started;
    private boolean finished;
    private long skippedBefore;

    public ArchiveRecords(InputStream raw, RecordOptions options, String exportId, ProgressMeter meter) {
        this.raw = raw;
        this.counted = new CountingInputStream(raw);
        this.format = options.format();
        this.options = options;
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
        } catch (ExportException e) {
            throw e;
        } catch (RuntimeException e) {
            // The decompressor and the tar reader read what the network sent: whatever they throw is a corrupt file.
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
            headerBudget = new ByteBudget(inner,
                    () -> new IOException("tar headers of more than " + MAX_TAR_HEADER_BYTES + " bytes for one entry"));
            tar = new TarArchiveInputStream(headerBudget);
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
        while ((e = nextTarEntry()) != null) {
            if (e.isFile()) {
                entry = e.getName();
                current = source(tar, entry);
                return true;
            }
        }
        return false;
    }

    /**
     * The next tar entry, its headers read within {@link #MAX_TAR_HEADER_BYTES}. What is left of the
     * entry before (a directory's or link's data, say) is read through first, so that the budget
     * meters headers only.
     */
    private TarArchiveEntry nextTarEntry() throws IOException {
        if (tar.getCurrentEntry() != null) {
            byte[] scratch = new byte[BUFFER];
            while (tar.read(scratch, 0, scratch.length) >= 0) {
                // streaming, nothing kept
            }
        }
        headerBudget.allow(MAX_TAR_HEADER_BYTES);
        TarArchiveEntry e;
        try {
            e = tar.getNextEntry();
        } finally {
            headerBudget.allow(Long.MAX_VALUE);
        }
        if (e != null) {
            // Pax records the reader does not know are kept on the entry, and global ones from entry to entry.
            long extra = 0;
            for (Map.Entry<String, String> header : e.getExtraPaxHeaders().entrySet()) {
                extra += header.getKey().length() + header.getValue().length();
            }
            if (extra > MAX_TAR_HEADER_BYTES) {
                entry = e.getName();
                throw new IOException("pax headers of more than " + MAX_TAR_HEADER_BYTES + " bytes");
            }
        }
        return e;
    }

    private RecordSource source(InputStream in, String name) throws IOException {
        EntryContext context = new EntryContext(exportId, name, options.skipMalformed(), options.maxRecordBytes(),
                RecordOptions.MAX_FIELDS_PER_RECORD);
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

    private CorruptExportFileException corrupt(Exception e) {
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
