package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.ArchiveRecords;
import dev.clssdk.cls.export.internal.ProgressMeter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
public final class ExportRecords implements Iterator<LogRecord>, AutoCloseable {

    private final ArchiveRecords records;
    private final ProgressMeter meter;
    private LogRecord next;
    private boolean done;

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
    public boolean hasNext() {
        if (next == null && !done) {
            next = records.next();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public LogRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LogRecord r = next;
        next = null;
        return r;
    }

    /** The records as a sequential stream; closing the stream closes these records. */
    public Stream<LogRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
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
        done = true;
        records.close();
    }
}
