package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.JobControl;
import dev.clssdk.cls.export.internal.SearchPages;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The logs a {@code SearchLog} query matches, as the same {@link LogRecord}s an export yields, read
 * lazily page after page over its {@code Context} cursor ({@link ClsExporter#search}). Memory is one
 * page (at most {@value #MAX_PAGE} logs), whatever the number of logs; nothing is sent until the
 * first {@link #hasNext()}. An {@link Iterator} and, through {@link #stream()}, a {@link Stream};
 * close it when done. Not thread-safe, except {@link #cancel()}.
 *
 * <p>SearchLog hands out at most {@value #MAX_LOGS} logs through its cursor: asked for more, a search
 * that reaches that many while more logs match ends in {@link SearchLimitExceededException}, which
 * says to export them instead. A cancel, an interrupt of the reading thread or the deadline stop a
 * page call in flight at once ({@link ExportCancelledException}, {@link ExportTimeoutException}).
 */
public final class SearchRecords implements Iterator<LogRecord>, AutoCloseable {

    /** The most logs SearchLog returns through its {@code Context} cursor. */
    public static final int MAX_LOGS = SearchPages.MAX_LOGS;

    /** The most logs one SearchLog page holds ({@code Limit}). */
    public static final int MAX_PAGE = 1000;

    private final SearchPages pages;
    private final JobControl control;
    private LogRecord next;
    private boolean done;

    SearchRecords(SearchPages pages, JobControl control) {
        this.pages = pages;
        this.control = control;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = pages.next();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            if (next == null) {
                close();
            }
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
        return pages.recordCount();
    }

    /** SearchLog pages fetched so far. */
    public long pageCount() {
        return pages.pageCount();
    }

    /** Stops the search from any thread: a page call in flight ends at once, and the next read throws {@link ExportCancelledException}. */
    public void cancel() {
        control.cancel();
    }

    /** Ends the search; nothing is held between pages, so this only stops the deadline's watch. */
    @Override
    public void close() {
        done = true;
        control.disarm();
    }
}
