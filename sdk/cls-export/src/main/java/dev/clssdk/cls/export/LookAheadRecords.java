package dev.clssdk.cls.export;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What the record streams share ({@link ExportRecords}, {@link SearchRecords}, {@link RangeRecords}):
 * an iterator that reads one record ahead, and a stream over it that closes the records when it is
 * closed. A subclass says how the next record is found ({@link #advance()}) and ends the reading when
 * it is closed ({@link #endReading()}).
 */
abstract class LookAheadRecords implements Iterator<LogRecord>, AutoCloseable {

    private LogRecord next;
    private boolean ended;

    /**
     * The next record, or {@code null} when there are no more; not called again after it returned
     * {@code null} or the reading ended.
     */
    abstract LogRecord advance();

    /** Ends the reading: from now on there is no next record, not even one already read ahead. */
    final void endReading() {
        ended = true;
        next = null;
    }

    /** Whether a record has been read ahead and not yet returned. */
    final boolean readAhead() {
        return next != null;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = advance();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public LogRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LogRecord record = next;
        next = null;
        return record;
    }

    /**
     * The records as a sequential stream; closing the stream closes these records.
     *
     * @return the stream
     */
    public Stream<LogRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Ends the reading and releases what the records hold. */
    @Override
    public abstract void close();
}
