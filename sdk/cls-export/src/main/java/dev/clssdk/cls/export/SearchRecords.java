package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.JobControl;
import dev.clssdk.cls.export.internal.SearchPages;
import java.util.Iterator;
import java.util.stream.Stream;

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
public final class SearchRecords extends LookAheadRecords {

    /** The most logs SearchLog returns through its {@code Context} cursor. */
    public static final int MAX_LOGS = SearchPages.MAX_LOGS;

    /** The most logs one SearchLog page holds ({@code Limit}). */
    public static final int MAX_PAGE = 1000;

    private final SearchPages pages;
    private final JobControl control;

    SearchRecords(SearchPages pages, JobControl control) {
        this.pages = pages;
        this.control = control;
    }

    /** The next log; a failure or the end closes the search, so its deadline's watch stops. */
    @Override
    LogRecord advance() {
        LogRecord next;
        try {
            next = pages.next();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        if (next == null) {
            close();
        }
        return next;
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
        endReading();
        control.disarm();
    }
}
