package dev.clssdk.cls.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.clssdk.cls.export.ExportException;
import dev.clssdk.cls.export.LogRecord;
import dev.clssdk.cls.export.MalformedRecordException;
import dev.clssdk.cls.export.RecordOptions;
import dev.clssdk.cls.export.SearchLimitExceededException;
import dev.clssdk.cls.model.LogInfo;
import dev.clssdk.cls.model.SearchLogResponse;
import dev.clssdk.core.SdkInterruptedException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The logs of {@code SearchLog}'s pages as records, one page in memory at a time: the pages come from
 * the generated cursor paginator ({@code ClsClient.searchLogPaginator}), which follows
 * {@code Context} until {@code ListOver}; each page call runs under the search's deadline and cancel
 * (a call in flight is interrupted, which the core turns into an aborted exchange).
 *
 * <p>A log becomes a record as an export writes it: the metadata first, under the names CLS gives
 * them in exports and deliveries ({@code __TIMESTAMP__} from {@code Time}, epoch milliseconds;
 * {@code __SOURCE__}, {@code __FILENAME__}, {@code __HOSTNAME__}, {@code __PKG_ID__},
 * {@code __PKG_LOGID__}, {@code __INDEX_STATUS__}, each only when not empty), then the fields of
 * {@code LogJson} in their order, values as text (a nested object or array as its JSON text, JSON
 * {@code null} as {@code null}). {@code RawLog}, which CLS sets only for a log it could not index,
 * becomes {@code __RAWLOG__}.
 */
public final class SearchPages {

    /** The most logs SearchLog hands out through its Context cursor, whatever the page size. */
    public static final int MAX_LOGS = 10_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private final Iterator<SearchLogResponse> pages;
    private final JobControl control;
    private final long maxRecords;
    private final int maxFields = RecordOptions.MAX_FIELDS_PER_RECORD;
    private Iterator<LogInfo> page = List.<LogInfo>of().iterator();
    private long handedOut;
    private long returned;
    private long pageCount;

    public SearchPages(Iterable<SearchLogResponse> pages, JobControl control, long maxRecords) {
        this.pages = pages.iterator();
        this.control = control;
        this.maxRecords = maxRecords;
    }

    /** The next record, or {@code null} at the end (the last page, or {@code maxRecords} returned). */
    public LogRecord next() {
        while (!page.hasNext()) {
            if (returned >= maxRecords) {
                return null;
            }
            control.check("searching (SearchLog)");
            if (!pages.hasNext()) {
                return null;
            }
            if (handedOut >= MAX_LOGS) {
                throw new SearchLimitExceededException(String.format(java.util.Locale.ROOT,
                        "SearchLog returns at most %,d logs through its Context cursor, and more logs match after the"
                                + " %,d returned (ListOver was false); export them instead (cls-export without --search,"
                                + " or ClsExporter.newJob), or narrow the query or the time range", MAX_LOGS, returned),
                        returned);
            }
            SearchLogResponse response = fetch();
            pageCount++;
            if (Boolean.TRUE.equals(response.analysis())) {
                throw new ExportException(null, "SearchLog answered analysis results, not logs: the query has an SQL part"
                        + " ('| select ...'); a search reads raw logs only, so leave the SQL part out", null);
            }
            handedOut += response.results().size();
            page = response.results().iterator();
        }
        LogInfo info = page.next();
        returned++;
        return record(info, returned);
    }

    public long recordCount() {
        return returned;
    }

    public long pageCount() {
        return pageCount;
    }

    /**
     * One page, its call interrupted when the search is cancelled or its deadline passes; the
     * interrupt that does it is cleared again (it was this search's, not the caller's).
     */
    private SearchLogResponse fetch() {
        CallInterrupter interrupter = new CallInterrupter(Thread.currentThread());
        control.current(interrupter);
        try {
            return pages.next();
        } catch (SdkInterruptedException e) {
            if (interrupter.end()) {
                Thread.interrupted();
            }
            if (control.isCancelled()) {
                throw control.cancelled("searching (SearchLog)", e);
            }
            if (control.expired()) {
                throw control.timedOut("searching (SearchLog)");
            }
            throw control.cancelled("searching (SearchLog)", e);
        } finally {
            if (interrupter.end()) {
                Thread.interrupted();
            }
            control.current(null);
        }
    }

    /** Interrupts the searching thread while, and only while, a page call is in flight. */
    private static final class CallInterrupter implements Closeable {
        private final Thread worker;
        private boolean inCall = true;
        private boolean fired;

        CallInterrupter(Thread worker) {
            this.worker = worker;
        }

        @Override
        public synchronized void close() {
            // An already interrupted thread was interrupted by its caller: that interrupt is not ours to clear.
            if (inCall && !worker.isInterrupted()) {
                fired = true;
                worker.interrupt();
            }
        }

        /** The call is over; whether this interrupted it (once: a second call answers false). */
        synchronized boolean end() {
            inCall = false;
            boolean ours = fired;
            fired = false;
            return ours;
        }
    }

    private LogRecord record(LogInfo info, long index) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (info.time() != null) {
            names.add(LogRecord.TIME_FIELD);
            values.add(Long.toString(info.time()));
        }
        meta(names, values, "__SOURCE__", info.source());
        meta(names, values, "__FILENAME__", info.fileName());
        meta(names, values, "__HOSTNAME__", info.hostName());
        meta(names, values, "__PKG_ID__", info.pkgId());
        meta(names, values, "__PKG_LOGID__", info.pkgLogId());
        meta(names, values, "__INDEX_STATUS__", info.indexStatus());
        meta(names, values, "__RAWLOG__", info.rawLog());
        String json = info.logJson();
        if (json != null && !json.isBlank()) {
            logJson(json, names, values, index);
        }
        int n = names.size();
        return RecordAccess.wrap(names.toArray(new String[0]), values.toArray(new String[0]), n);
    }

    private static void meta(List<String> names, List<String> values, String name, String value) {
        if (value != null && !value.isEmpty()) {
            names.add(name);
            values.add(value);
        }
    }

    private void logJson(String json, List<String> names, List<String> values, long index) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(index, "its LogJson is not a JSON object", null);
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                if (names.size() >= maxFields) {
                    throw malformed(index, "its LogJson has more than " + maxFields + " fields", null);
                }
                names.add(p.currentName());
                JsonToken v = p.nextToken();
                values.add(switch (v) {
                    case VALUE_NULL -> null;
                    case START_OBJECT, START_ARRAY -> {
                        int start = (int) p.currentTokenLocation().getCharOffset();
                        p.skipChildren();
                        yield json.substring(start, (int) p.currentLocation().getCharOffset());
                    }
                    default -> p.getText();
                });
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw malformed(index, "its LogJson is not one JSON object", null);
            }
        } catch (IOException e) {
            throw malformed(index, "its LogJson is not valid JSON", e);
        }
    }

    private static MalformedRecordException malformed(long index, String what, Throwable cause) {
        return new MalformedRecordException(null, "SearchLog result " + index + ": " + what, "SearchLog", index, cause);
    }
}
