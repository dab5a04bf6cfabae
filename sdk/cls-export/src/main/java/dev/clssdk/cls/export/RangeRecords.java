package dev.clssdk.cls.export;

import dev.clssdk.cls.model.Order;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * The records of a range job's slices as one stream in time order ({@code asc} or {@code desc}, the
 * job's {@code Order}): a k-way merge of the slices' files by {@link LogRecord#time()}, in constant
 * memory. A slice's file is opened only when the merge reaches the slice's time range and closed at
 * its end, so, the slices' ranges being disjoint, one file is open at a time whatever the number of
 * slices, and memory is what reading one export file costs ({@link ExportRecords}). Get it from
 * {@link RangeJob#records} or, for a finished job's files, {@link #read}. Not thread-safe; close it.
 *
 * <p><b>From a running job.</b> The stream {@link RangeJob#records} returns starts as soon as the
 * first slice in stream order is downloaded, while the job exports and downloads the others; reaching
 * a slice whose file is not there yet, {@link #hasNext()} waits for it. A failure of the job (the
 * exception {@link RangeJob#run()} would throw), its {@link RangeJob#cancel()}, an interrupt of the
 * reading thread or the job's deadline ends the stream with that exception at the next read, and the
 * job's work stops; so does closing the stream before its end. A job stopped so keeps its finished
 * slices' files: run again, it makes no call for them.
 *
 * <p><b>Each log once, at the slices' boundaries too.</b> Slice {@code k} is exported with
 * {@code From = from(k)} and {@code To = to(k) = from(k+1)}. A record is taken only from the slice
 * whose half-open range {@code [from, to)} holds its time, the first slice's range open below and the
 * last one's open above (so the job delivers what one export of the whole range would, at its own
 * ends). A log stamped exactly on a boundary between two slices is therefore taken from the later
 * slice, and dropped from the earlier one's file if CLS put it there too (an export that includes
 * {@code To}); these are counted by {@link #outsideSliceCount()}. The rule relies on an export
 * including its {@code From}; Tencent's reference does not say, either way, whether {@code From} or
 * {@code To} is included.
 *
 * <p>A record whose {@code __TIMESTAMP__} cannot be read keeps its place after the record before it
 * in its slice's file (and is never dropped). The merge is in time order when each slice's file is
 * (CLS writes an export sorted by its {@code Order}); the files are not re-sorted.
 */
public final class RangeRecords extends LookAheadRecords {

    /** How often, in records, the progress callback is told the count. */
    static final int PROGRESS_EVERY = 1000;

    private final SliceFiles files;
    private final boolean descending;
    private final RecordOptions options;
    private final LongConsumer progress;
    private final LongConsumer ended;
    private volatile boolean cancelled;
    private final PriorityQueue<Source> queue;
    private final List<Source> sources = new ArrayList<>();
    private long records;
    private long outside;
    private long skippedClosed;
    private boolean closed;

    private RangeRecords(List<ExportSlice> slices, SliceFiles files, boolean descending, RecordOptions options,
            LongConsumer progress, LongConsumer ended) {
        this.files = files;
        this.descending = descending;
        this.options = Objects.requireNonNull(options, "options");
        this.progress = progress;
        this.ended = ended;
        // Smallest key first (asc) or largest first (desc); at equal keys an open file before one not yet
        // opened (no file is opened before it is needed), then by slice in the stream's direction.
        Comparator<Source> byKey = Comparator.comparingLong(s -> s.key);
        Comparator<Source> order = (descending ? byKey.reversed() : byKey)
                .thenComparing(s -> s.reader == null)
                .thenComparing(descending ? Comparator.comparingInt((Source s) -> s.index).reversed()
                        : Comparator.comparingInt((Source s) -> s.index));
        this.queue = new PriorityQueue<>(Math.max(1, slices.size()), order);
        for (int i = 0; i < slices.size(); i++) {
            ExportSlice slice = slices.get(i);
            long lower = i == 0 ? Long.MIN_VALUE : slice.from();
            long upper = i == slices.size() - 1 ? Long.MAX_VALUE : slice.to();
            Source s = new Source(i, lower, upper);
            s.key = descending ? (upper == Long.MAX_VALUE ? upper : upper - 1) : lower;
            sources.add(s);
            queue.add(s);
        }
    }

    /**
     * The records of a finished range job's files merged in time order.
     *
     * @param result  what {@link RangeJob#run()} returned (its files must still be there)
     * @param order   the job's {@code Order} ({@code null}: {@code desc}, CreateExport's default)
     * @param options how each file is read
     */
    public static RangeRecords read(RangeResult result, Order order, RecordOptions options) {
        Objects.requireNonNull(result, "result");
        List<ExportSlice> slices = result.slices().stream().map(RangeResult.SliceFile::slice).toList();
        return new RangeRecords(slices, new Finished(result), order != Order.ASC, options, null, null);
    }

    /**
     * The records of a job's slices as their files arrive.
     *
     * @param slices   the job's slices, in time order
     * @param files    where each slice's file comes from
     * @param progress told the records returned so far, every {@value #PROGRESS_EVERY} records (or {@code null})
     * @param ended    told the records returned, once, when the stream ends (or {@code null})
     */
    static RangeRecords merge(List<ExportSlice> slices, SliceFiles files, boolean descending, RecordOptions options,
            LongConsumer progress, LongConsumer ended) {
        return new RangeRecords(slices, files, descending, options, progress, ended);
    }

    /**
     * The finished job whose files these records come from (its slices, index, the tasks it created or deleted).
     *
     * @throws IllegalStateException for the stream of a running job ({@link RangeJob#records}) before it has ended:
     *                               the job's result is known once every slice has been read
     */
    public RangeResult result() {
        return files.result();
    }

    /** Ends the stream from any thread: the next {@link #hasNext()} or {@link #next()} throws {@link ExportCancelledException}. */
    void cancel() {
        cancelled = true;
        files.wake();
    }

    @Override
    public boolean hasNext() {
        if (cancelled || (!readAhead() && !closed && Thread.currentThread().isInterrupted())) {
            close();
            throw new ExportCancelledException(null, "Range job cancelled while reading its records"
                    + (Thread.currentThread().isInterrupted() ? " (interrupted)" : ""));
        }
        try {
            if (!readAhead() && !closed) {
                files.check("reading the merged records");
            }
            return super.hasNext();
        } catch (RuntimeException e) {
            close(); // a failed, cancelled or expired job's stream goes no further, and its work stops
            throw e;
        }
    }

    @Override
    public LogRecord next() {
        LogRecord r = super.next();
        records++;
        if (progress != null && records % PROGRESS_EVERY == 0) {
            progress.accept(records);
        }
        return r;
    }

    @Override
    LogRecord advance() {
        while (true) {
            Source s = queue.poll();
            if (s == null) {
                files.end();
                closed = true;
                if (ended != null) {
                    ended.accept(records);
                }
                return null;
            }
            if (s.reader == null) {
                s.reader = ExportRecords.read(files.file(s.index), options);
                s.last = s.key;
            } else if (s.head != null) {
                LogRecord r = s.head;
                s.head = null;
                if (pull(s)) {
                    queue.add(s);
                }
                return r;
            }
            if (pull(s)) {
                queue.add(s);
            }
        }
    }

    /** Reads the source's next record of its own range into its head; false (and closed) at its end. */
    private boolean pull(Source s) {
        while (s.reader.hasNext()) {
            LogRecord r = s.reader.next();
            Instant time = r.time().orElse(null);
            long key = time == null ? s.last : time.toEpochMilli();
            if (time != null && (key < s.lower || key >= s.upper)) {
                outside++;
                continue;
            }
            s.last = key;
            s.key = key;
            s.head = r;
            return true;
        }
        skippedClosed += s.reader.skippedCount();
        s.reader.close();
        s.reader = null;
        s.done = true;
        return false;
    }

    /** Whether the stream is newest first ({@code desc}). */
    public boolean descending() {
        return descending;
    }

    /** Records returned so far. */
    public long recordCount() {
        return records;
    }

    /** Malformed lines skipped so far, in all slices (only when {@link RecordOptions#skipMalformed()}). */
    public long skippedCount() {
        long n = skippedClosed;
        for (Source s : sources) {
            if (s.reader != null) {
                n += s.reader.skippedCount();
            }
        }
        return n;
    }

    /**
     * Records left out because they were stamped outside their slice's own range: a log on a slice
     * boundary that the earlier slice's export held too (it is taken from the later slice).
     */
    public long outsideSliceCount() {
        return outside;
    }

    /** Closes the file being read, if any; the stream ends. */
    @Override
    public void close() {
        closed = true;
        endReading();
        files.stop();
        for (Source s : sources) {
            if (s.reader != null) {
                s.reader.close();
                s.reader = null;
            }
        }
        queue.clear();
    }

    /** Slices whose files are open now: at most one, the slices' own ranges being disjoint. */
    int openFiles() {
        return (int) sources.stream().filter(s -> s.reader != null).count();
    }

    /**
     * Where the merge gets its slices' files: at once for a finished job's, as they are downloaded
     * for a running one's.
     */
    interface SliceFiles {
        /** The slice's complete file, waiting for it if needed; throws as {@link #check}. */
        Path file(int index);

        /** Throws the job's failure, or {@link ExportCancelledException} or {@link ExportTimeoutException} for it. */
        void check(String doing);

        /** Every slice has been read: waits for the job's end (its index), throws its failure. */
        void end();

        /** The stream is closed: stops the job's work if it still runs, and waits for its threads to end. */
        void stop();

        /** Wakes a wait in {@link #file} from any thread (the stream was cancelled). */
        void wake();

        /** The finished job's files. */
        RangeResult result();
    }

    /** A finished job's files. */
    private record Finished(RangeResult result) implements SliceFiles {
        @Override
        public Path file(int index) {
            return result.slices().get(index).file();
        }

        @Override
        public void check(String doing) {
        }

        @Override
        public void end() {
        }

        @Override
        public void stop() {
        }

        @Override
        public void wake() {
        }
    }

    private static final class Source {
        final int index;
        final long lower;
        final long upper;
        ExportRecords reader;
        LogRecord head;
        long key;
        long last;
        boolean done;

        Source(int index, long lower, long upper) {
            this.index = index;
            this.lower = lower;
            this.upper = upper;
        }
    }
}
