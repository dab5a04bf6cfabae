package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.ArchiveRecords;
import dev.clssdk.cls.export.internal.ProgressMeter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The records of an export, read lazily as the file streams in (never unpacked to disk, never held
 * in memory: a few buffers whatever the file's size). An {@link Iterator} and, through
 * {@link #stream()}, a {@link Stream}; close it (try-with-resources) to release the connection or
 * file. Not thread-safe.
 *
 * <p>Failures are typed: {@link CorruptExportFileException} (entry and byte offset),
 * {@link MalformedRecordException} (entry and line; or skipped and counted when
 * {@link RecordOptions#skipMalformed()}), and, when streaming from COS, the download exceptions.
 */
public final class ExportRecords extends LookAheadRecords {

    private final ArchiveRecords records;
    private final ProgressMeter meter;

    ExportRecords(ArchiveRecords records, ProgressMeter meter) {
        this.records = records;
        this.meter = meter;
    }

    /**
     * The records of a local export file ({@code .tar.gz}, {@code .gz}, {@code .tar} or plain; detected
     * from its bytes); a file that cannot be opened is an {@link ExportException}.
     */
    public static ExportRecords read(Path file, RecordOptions options) {
        try {
            return read(Files.newInputStream(file), options);
        } catch (IOException e) {
            throw new ExportException(null, "Cannot open " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The records of an export file read from {@code in} (closed with these records). */
    public static ExportRecords read(InputStream in, RecordOptions options) {
        ProgressMeter meter = ProgressMeter.none();
        return new ExportRecords(new ArchiveRecords(in, options, null, meter), meter);
    }

    @Override
    LogRecord advance() {
        return records.next();
    }

    /** Records returned so far. */
    public long recordCount() {
        return meter.records();
    }

    /** Malformed lines skipped so far (only when {@link RecordOptions#skipMalformed()}). */
    public long skippedCount() {
        return records.skipped();
    }

    @Override
    public void close() {
        endReading();
        records.close();
    }
}
