package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.JobControl;
import dev.clssdk.cls.export.internal.JobManifest;
import dev.clssdk.cls.export.internal.JobManifest.SliceState;
import dev.clssdk.cls.export.internal.JobManifest.State;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.DeleteExportRequest;
import dev.clssdk.cls.model.DescribeLogHistogramRequest;
import dev.clssdk.cls.model.DescribeLogHistogramResponse;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.HistogramInfo;
import dev.clssdk.cls.model.Order;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.TransportException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logs of a time range of any size, as one file per slice plus an index: the range is cut into
 * slices that each fit one export ({@link RangeSlicer}, from {@code DescribeLogHistogram} counts),
 * the slices' exports run concurrently (at most {@link Builder#concurrency} at a time), each is
 * downloaded with the resumable, atomic {@link ExportDownloader}, and a manifest next to the files
 * records each slice's task and state, so that a run killed at any moment and started again with
 * the same arguments creates and downloads no finished slice again. One deadline and one
 * {@link #cancel()} for the whole job. Create one with {@link ClsExporter#rangeJob}.
 *
 * <p>In the directory: {@value #MANIFEST} (the job's state), {@code slice-00000.tar.gz} ... (each
 * slice's file as served), and, once every slice is there, {@value #INDEX}.
 */
public final class RangeJob {

    /** The manifest's file name in the job's directory. */
    public static final String MANIFEST = "cls-export-job.json";
    /** The index's file name, written when every slice's file is complete. */
    public static final String INDEX = "index.json";
    /** {@code DescribeLogHistogram} answers at most this many buckets: {@code (To - From) / Interval <= 200}. */
    static final int MAX_BUCKETS = 200;
    /** How many times a bucket over the limit is asked for again, finer (200 × finer each time). */
    private static final int MAX_REFINEMENTS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(RangeJob.class);
    /** DeleteExport's error code for a task that does not exist (any more): already deleted, as far as the job is concerned. */
    private static final String EXPORT_NOT_EXIST = "ResourceNotFound.ExportNotExist";
    /** While the merged stream is read, at most one progress event per this many nanoseconds (and one at its end). */
    private static final long READING_EVENT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final ClsExporter exporter;
    private final CreateExportRequest request;
    private final Path directory;
    private final Duration timeout;
    private final int concurrency;
    private final Consumer<RangeProgress> listener;
    private final boolean deleteExports;
    private final Set<JobControl> active = ConcurrentHashMap.newKeySet();
    /** One run at a time; a permit, not a lock, because the merged stream's run ends on a thread of its own. */
    private final Semaphore runPermit = new Semaphore(1);
    private volatile boolean cancelled;
    private volatile JobControl control;
    /** The last run's progress (its events go on while the merged stream is read). */
    private volatile Progress progress;
    /** The merged stream {@link #records} returned, which {@link #cancel()} stops too. */
    private volatile RangeRecords reading;

    private RangeJob(Builder b) {
        this.exporter = b.exporter;
        this.request = b.request;
        this.directory = b.directory.toAbsolutePath();
        this.timeout = b.timeout;
        this.concurrency = b.concurrency;
        this.listener = b.listener;
        this.deleteExports = b.deleteExports;
    }

    static Builder builder(ClsExporter exporter, CreateExportRequest request, Path directory, Duration timeout) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(timeout, "timeout");
        JobControl.withTimeout(timeout).disarm(); // refuses a timeout that is not positive, now
        if (request.from() >= request.to()) {
            throw new IllegalArgumentException("a range job needs From < To: From " + request.from() + ", To " + request.to());
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the job's directory " + directory + " is a file, not a directory");
        }
        return new Builder(exporter, request, directory, timeout);
    }

    /** The job's directory (absolute). */
    public Path directory() {
        return directory;
    }

    /**
     * Stops the job: every slice's wait, call or download ends, and {@link #run()} throws
     * {@link ExportCancelledException}; so does the next read of the stream {@link #records} returned,
     * or the one waiting for a slice's file, at once.
     */
    public void cancel() {
        cancelled = true;
        JobControl c = control;
        if (c != null) {
            c.cancel();
        }
        active.forEach(JobControl::cancel);
        RangeRecords r = reading; // after the job's control: a reader woken here finds the job cancelled
        if (r != null) {
            r.cancel();
        }
    }

    /**
     * Runs the job to its end: plans it (or reads its manifest, from an earlier run with the same
     * arguments), then exports and downloads every slice not yet downloaded.
     *
     * @return the slices' files and the index
     * @throws ExportCancelledException  after {@link #cancel()} or an interrupt
     * @throws ExportTimeoutException    when the job's deadline passes
     * @throws SliceTooLargeException    when a millisecond (or the finest bucket the histogram gives) holds more
     *                                   logs than one export may
     * @throws JobManifestException      when the directory holds the manifest of a job with other arguments, or one
     *                                   that cannot be read or written
     * @throws ExportException           for any slice's failure (the first one; the others are stopped)
     */
    public RangeResult run() {
        runPermit.acquireUninterruptibly();
        try {
            JobControl c = JobControl.withTimeout(timeout, "Range export job");
            control = c;
            if (cancelled) {
                c.cancel();
            }
            try {
                RangeResult result = finish(prepare(c, false), c, index -> { });
                Progress p = progress;
                p.done(0);
                p.emit();
                return result;
            } finally {
                c.disarm();
            }
        } finally {
            runPermit.release();
        }
    }

    /**
     * Runs the job, as {@link #run()}, and returns the records of all its slices as one stream in time
     * order (the request's {@code Order}, {@code desc} by default): a merge of the slices' files in
     * constant memory, each log once (see {@link RangeRecords} for the rule at the slices' boundaries).
     * The job is planned (or its manifest read) before this returns; its slices are then exported and
     * downloaded in the background, the first in stream order first, and the stream gives the records
     * of a slice as soon as its file is downloaded, waiting for the next slice's file when it gets
     * there. The job's deadline covers the reading too: a read after it throws
     * {@link ExportTimeoutException}. A failure of a slice, {@link #cancel()}, an interrupt of the
     * reading thread or the deadline stop the job's work and end the stream at its next read (with the
     * exception {@link #run()} would throw); so does closing the stream before its end. The files stay
     * in the job's directory, so a job stopped while its records are read gives them again, with no
     * call for its finished slices, when it is run again.
     *
     * @param options how each slice's file is read
     * @return the records; close them when done
     * @throws ExportException as {@link #run()}, for what goes wrong while the job is planned; later failures
     *                         come from the stream's reads
     */
    public RangeRecords records(RecordOptions options) {
        Objects.requireNonNull(options, "options");
        runPermit.acquireUninterruptibly();
        JobControl c = JobControl.withTimeout(timeout, "Range export job");
        Prepared prepared;
        try {
            control = c;
            if (cancelled) {
                c.cancel();
            }
            prepared = prepare(c, true);
        } catch (RuntimeException | Error e) {
            c.disarm();
            runPermit.release();
            throw e;
        }
        Progress p = prepared.progress();
        boolean descending = request.order() != Order.ASC;
        LiveSlices live = new LiveSlices(prepared, c);
        long[] lastEmit = {System.nanoTime()};
        List<ExportSlice> slices = prepared.manifest().slices().stream().map(SliceState::slice).toList();
        RangeRecords records = RangeRecords.merge(slices, live, descending, options, n -> {
            long now = System.nanoTime();
            if (now - lastEmit[0] >= READING_EVENT_NANOS) {
                lastEmit[0] = now;
                p.reading(n);
                p.emit();
            }
        }, n -> {
            p.done(n);
            p.emit();
        });
        reading = records;
        live.start();
        if (cancelled) {
            records.cancel();
        }
        return records;
    }

    /** A planned run: its manifest, progress and the slices still to export and download (in stream order). */
    private record Prepared(JobManifest manifest, Path manifestFile, Progress progress, List<SliceState> pending) {}

    /**
     * Plans the job (or reads its manifest) and finds what is left to do. Every run emits its first
     * progress event here.
     */
    private Prepared prepare(JobControl c, boolean readingRecords) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ExportException(null, "Cannot create the job's directory " + directory + ": " + e, e);
        }
        Path manifestFile = directory.resolve(MANIFEST);
        JobManifest.Args args = args();
        JobManifest manifest = JobManifest.read(manifestFile, args).orElse(null);
        if (manifest == null) {
            manifest = JobManifest.create(manifestFile, args, plan(c));
        }
        removeLeftovers(manifest);
        Progress progress = new Progress(manifest, c, readingRecords);
        this.progress = progress;
        List<SliceState> pending = new ArrayList<>();
        for (SliceState s : manifest.slices()) {
            if (s.state() == State.DOWNLOADED && hasSize(directory.resolve(s.file()), s.bytes())) {
                progress.sliceDone(s.slice().index(), s.bytes(), s.slice().estimatedLogs());
            } else {
                pending.add(s);
            }
        }
        if (request.order() != Order.ASC) {
            // The merged stream needs the slices in its order: the first one it reads first.
            java.util.Collections.reverse(pending);
        }
        progress.started();
        progress.emit();
        return new Prepared(manifest, manifestFile, progress, pending);
    }

    /**
     * Exports and downloads the slices still to do, each one told to {@code downloaded} once its file
     * is complete, then writes the index and deletes the tasks if asked.
     */
    private RangeResult finish(Prepared prepared, JobControl c, IntConsumer downloaded) {
        JobManifest manifest = prepared.manifest();
        AtomicInteger created = new AtomicInteger();
        runSlices(manifest, prepared.pending(), c, prepared.progress(), created, downloaded);
        List<RangeResult.SliceFile> files = new ArrayList<>();
        for (SliceState s : manifest.slices()) {
            files.add(new RangeResult.SliceFile(s.slice(), s.exportId(), directory.resolve(s.file()), s.bytes()));
        }
        Path index = directory.resolve(INDEX);
        manifest.writeIndex(index);
        List<String> deleteFailures = new ArrayList<>();
        int deleted = deleteExports ? deleteTasks(manifest, c, deleteFailures) : 0;
        return new RangeResult(files, index, prepared.manifestFile(), created.get(), deleted, deleteFailures);
    }

    /**
     * Deletes the export task of every slice whose file is complete, the tasks the job created
     * (recorded in its manifest), each marked in the manifest once deleted (a task CLS no longer
     * lists counts as deleted). A failure is reported, not thrown: the job's files are complete.
     */
    private int deleteTasks(JobManifest manifest, JobControl c, List<String> failures) {
        int deleted = 0;
        for (SliceState s : manifest.slices()) {
            if (s.exportId() == null || s.taskDeleted()) {
                continue;
            }
            if (c.isCancelled() || c.reachedDeadline()) {
                failures.add(s.exportId() + ": not deleted, the job was " + (c.isCancelled() ? "cancelled" : "out of time"));
                continue;
            }
            try {
                exporter.client().deleteExport(DeleteExportRequest.builder().exportId(s.exportId()).build(),
                        ClsExporter.options(c));
                deleted++;
            } catch (ServiceException e) {
                if (!EXPORT_NOT_EXIST.equals(e.rawCode())) {
                    failures.add(s.exportId() + ": " + e.getMessage());
                    LOG.warn("Slice {}: cannot delete export task {}: {}", s.slice().index(), s.exportId(), e.getMessage());
                    continue;
                }
            } catch (SdkException e) {
                failures.add(s.exportId() + ": " + e.getMessage());
                LOG.warn("Slice {}: cannot delete export task {}: {}", s.slice().index(), s.exportId(), e.getMessage());
                continue;
            }
            manifest.taskDeleted(s.slice().index());
        }
        return deleted;
    }

    private void runSlices(JobManifest manifest, List<SliceState> pending, JobControl c, Progress progress,
            AtomicInteger created, IntConsumer downloaded) {
        if (pending.isEmpty()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, pending.size()), r -> {
            Thread t = new Thread(r, "cls-export-slice-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
        for (SliceState s : pending) {
            done.submit(() -> {
                runSlice(manifest, s.slice().index(), c, progress, created, downloaded);
                return null;
            });
        }
        Throwable failure = null;
        try {
            for (int i = 0; i < pending.size() && failure == null; i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    failure = failure(e.getCause(), c);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = c.cancelled("exporting the slices", e);
        } finally {
            if (failure != null) {
                active.forEach(JobControl::cancel);
            }
            pool.shutdownNow();
            awaitQuietly(pool);
        }
        if (failure != null) {
            throw rethrown(failure);
        }
    }

    /**
     * Throws a failure of the job's threads in the caller's: an {@code Error} (out of memory, a broken
     * listener's assertion) as itself, like any unchecked exception, never wrapped as an export failure.
     */
    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error e) {
            throw e;
        }
        throw (RuntimeException) failure;
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        try {
            // Cancelled slices stop within moments (their calls are aborted); this bounds a stuck one.
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A slice's failure as the job's: its own deadline is the job's, so its timeout is the job's; an
     * unchecked exception or an {@code Error} as itself.
     */
    private static Throwable failure(Throwable cause, JobControl c) {
        if (cause instanceof ExportTimeoutException t) {
            ExportTimeoutException e = c.timedOut(t.getMessage().replaceFirst("^.* while ", ""));
            e.addSuppressed(t);
            return e;
        }
        if (cause instanceof RuntimeException || cause instanceof Error) {
            return cause;
        }
        return new ExportException(null, "A slice of the range job failed: " + cause, cause);
    }

    private void runSlice(JobManifest manifest, int index, JobControl job, Progress progress, AtomicInteger created,
            IntConsumer downloaded) {
        job.check("starting slice " + index);
        Duration left = job.remaining();
        JobControl c = JobControl.withTimeout(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left,
                "Range export job");
        active.add(c);
        try {
            if (cancelled) {
                c.cancel();
            }
            SliceState s = manifest.slice(index);
            String topicId = request.topicId();
            String exportId = s.exportId();
            if (exportId != null) {
                c.exportId(exportId);
                Optional<ExportInfo> found = exporter.find(topicId, exportId, c);
                String status = found.map(ExportInfo::statusAsString).orElse(null);
                if (found.isEmpty() || "Failed".equals(status) || "Expired".equals(status)) {
                    LOG.info("Slice {}: export task {} is {}; creating a new one", index, exportId,
                            found.isEmpty() ? "no longer listed" : status);
                    exportId = null;
                    manifest.update(index, State.PLANNED, null, -1);
                }
            }
            if (exportId == null) {
                c.check("creating slice " + index + "'s export task");
                CreateExportRequest sliceRequest = request.toBuilder().from(s.slice().from()).to(s.slice().to()).build();
                exportId = call(() -> exporter.client().createExport(sliceRequest, ClsExporter.options(c)).exportId(), c,
                        "creating slice " + index + "'s export task");
                created.incrementAndGet();
                c.exportId(exportId);
                manifest.update(index, State.CREATED, exportId, -1);
            }
            ExportInfo info = exporter.awaitCompleted(topicId, exportId, c, ProgressListener.NONE);
            if (manifest.slice(index).state() != State.COMPLETED) {
                manifest.update(index, State.COMPLETED, exportId, -1);
            }
            Path file = directory.resolve(s.file());
            DownloadResult result = exporter.downloader().download(info, file, exporter.refresher(c), c,
                    event -> progress.downloading(index, event.bytes(), event.totalBytes()));
            manifest.update(index, State.DOWNLOADED, exportId, result.bytes());
            downloaded.accept(index);
            progress.sliceDone(index, result.bytes(), s.slice().estimatedLogs());
            progress.emit();
        } finally {
            c.disarm();
            active.remove(c);
        }
    }

    /** The slices of the range, from DescribeLogHistogram, each bucket over the limit asked for again finer. */
    private List<ExportSlice> plan(JobControl c) {
        List<RangeSlicer.Bucket> buckets = histogram(request.from(), request.to(), c, 0);
        return RangeSlicer.slice(request.from(), request.to(), buckets, request.count());
    }

    private List<RangeSlicer.Bucket> histogram(long from, long to, JobControl c, int depth) {
        long interval = Math.max(1, ceilDiv(to - from, MAX_BUCKETS));
        DescribeLogHistogramRequest ask = DescribeLogHistogramRequest.builder().topicId(request.topicId())
                .query(request.query()).from(from).to(to).interval(interval).syntaxRule(request.syntaxRule()).build();
        DescribeLogHistogramResponse response = call(() -> exporter.client().describeLogHistogram(ask, ClsExporter.options(c)), c,
                "asking DescribeLogHistogram for [" + from + ", " + to + ")");
        // The service may round the interval; its buckets are as wide as it says.
        long step = response.interval() != null && response.interval() > 0 ? response.interval() : interval;
        List<RangeSlicer.Bucket> buckets = new ArrayList<>();
        List<HistogramInfo> infos = response.histogramInfos() == null ? List.of() : response.histogramInfos();
        for (HistogramInfo info : infos) {
            if (info == null || info.bTime() == null) {
                continue;
            }
            long count = info.count() == null ? 0 : info.count();
            if (count < 0) {
                throw new ExportException(null, "DescribeLogHistogram answered a negative Count (" + count + ") for BTime "
                        + info.bTime(), null);
            }
            long end = info.bTime() + step < info.bTime() ? Long.MAX_VALUE : info.bTime() + step;
            long bFrom = Math.max(from, info.bTime());
            long bTo = Math.min(to, end);
            if (bFrom >= bTo || count == 0) {
                continue;
            }
            boolean finerExists = bTo - bFrom > 1 && ceilDiv(bTo - bFrom, MAX_BUCKETS) < step;
            if (count > request.count() && finerExists && depth < MAX_REFINEMENTS) {
                buckets.addAll(histogram(bFrom, bTo, c, depth + 1));
            } else {
                // A bucket cut by the range's edge keeps its whole count: a slice may be planned a little fuller than it is.
                buckets.add(new RangeSlicer.Bucket(bFrom, bTo, count));
            }
        }
        return buckets;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** A call to CLS bounded by the job: an interrupt is a cancel, a timeout at the deadline is the job's. */
    private static <T> T call(Supplier<T> action, JobControl c, String doing) {
        c.check(doing);
        try {
            return action.get();
        } catch (SdkInterruptedException e) {
            throw c.cancelled(doing, e);
        } catch (TransportException e) {
            if (e.isTimeout() && c.reachedDeadline()) {
                throw c.timedOut(doing);
            }
            if (c.isCancelled()) {
                throw c.cancelled(doing, e);
            }
            throw e;
        }
    }

    /** What makes a run the same job as the one a manifest was written for. */
    private JobManifest.Args args() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("TopicId", request.topicId());
        values.put("Query", request.query());
        values.put("From", request.from());
        values.put("To", request.to());
        values.put("Count", request.count());
        values.put("Order", request.orderAsString());
        values.put("Format", request.formatAsString());
        values.put("SyntaxRule", request.syntaxRule());
        values.put("DerivedFields", request.hasDerivedFields() ? List.copyOf(request.derivedFields()) : null);
        return new JobManifest.Args(values);
    }

    /** Temporary files a killed run left: the slices' {@code .part} files and the manifest's {@code .tmp} files. */
    private void removeLeftovers(JobManifest manifest) {
        Set<String> prefixes = new java.util.HashSet<>();
        prefixes.add("." + MANIFEST + ".");
        prefixes.add("." + INDEX + ".");
        manifest.slices().forEach(s -> prefixes.add("." + s.file() + "."));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if ((name.endsWith(".part") || name.endsWith(".tmp")) && prefixes.stream().anyMatch(name::startsWith)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove the temporary files a previous run left in {}: {}", directory, e.toString());
        }
    }

    private static boolean hasSize(Path file, long bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes;
        } catch (IOException e) {
            return false;
        }
    }

    /** The whole job's progress, from every slice's thread. */
    private final class Progress {
        private final int slices;
        private final long estimatedLogs;
        private final long[] sliceLogs;
        private final JobControl job;
        private final Map<Integer, long[]> inFlight = new ConcurrentHashMap<>();
        private int slicesDone;
        private long bytesDone;
        private long bytesAtStart;
        private long logsDone;
        private double fractionAtStart = -1;
        private long records;
        /** Whether the merged stream is being read (its run's phase is READING once every slice is downloaded). */
        private final boolean reading;
        private boolean done;

        Progress(JobManifest manifest, JobControl job, boolean reading) {
            this.slices = manifest.slices().size();
            this.sliceLogs = manifest.slices().stream().mapToLong(s -> s.slice().estimatedLogs()).toArray();
            this.estimatedLogs = java.util.Arrays.stream(sliceLogs).sum();
            this.job = job;
            this.reading = reading;
        }

        /** What this run found done, before it starts: the share, the bytes, from which its own rate and ETA count. */
        synchronized void started() {
            fractionAtStart = fraction();
            bytesAtStart = bytesDone;
        }

        void downloading(int index, long bytes, long totalBytes) {
            inFlight.put(index, new long[] {bytes, totalBytes});
            emit();
        }

        synchronized void sliceDone(int index, long bytes, long logs) {
            inFlight.remove(index);
            slicesDone++;
            bytesDone += bytes;
            logsDone += logs;
        }

        synchronized void reading(long recordsSoFar) {
            records = recordsSoFar;
        }

        synchronized void done(long recordsSoFar) {
            done = true;
            records = recordsSoFar;
        }

        /** Logs done (finished slices, and downloading ones by the share of their file) over all, by slices if none counted. */
        private double fraction() {
            double done = 0;
            double all = 0;
            for (int i = 0; i < slices; i++) {
                all += weight(i);
            }
            done += estimatedLogs > 0 ? logsDone : slicesDone;
            for (Map.Entry<Integer, long[]> e : inFlight.entrySet()) {
                long[] v = e.getValue();
                if (v[1] > 0) {
                    done += weight(e.getKey()) * Math.min(1.0, (double) v[0] / v[1]);
                }
            }
            return all <= 0 ? 1 : Math.min(1.0, done / all);
        }

        private double weight(int index) {
            return estimatedLogs > 0 ? sliceLogs[index] : 1;
        }

        void emit() {
            RangeProgress event;
            synchronized (this) {
                long bytes = bytesDone + inFlight.values().stream().mapToLong(v -> v[0]).sum();
                Duration elapsed = job.elapsed();
                double fraction = fraction();
                double seconds = elapsed.toNanos() / 1e9;
                double rate = seconds > 0 ? Math.max(0, bytes - bytesAtStart) / seconds : 0;
                Duration left = null;
                double gained = fractionAtStart < 0 ? 0 : fraction - fractionAtStart;
                if (fraction >= 1) {
                    left = Duration.ZERO;
                } else if (gained > 0 && seconds > 0) {
                    left = Duration.ofMillis((long) (seconds * 1000 * (1 - fraction) / gained));
                }
                RangeProgress.Phase phase = done ? RangeProgress.Phase.DONE
                        : reading && slicesDone == slices ? RangeProgress.Phase.READING : RangeProgress.Phase.EXPORTING;
                event = new RangeProgress(slices, slicesDone, bytes, logsDone, estimatedLogs, elapsed, phase, fraction, rate,
                        left, records);
            }
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("Range progress listener failed; ignored", e);
            }
        }
    }

    /**
     * The slices' files of a job that runs on a thread of its own while its merged stream is read:
     * each file is handed to the stream once downloaded; the job's failure, a cancel and the deadline
     * reach the reader at its next read.
     */
    private final class LiveSlices implements RangeRecords.SliceFiles {
        /** How long a stream that is closed waits for the job's threads to end (a cancelled call ends within moments). */
        private static final long STOP_WAIT_MILLIS = 15_000;
        private final Prepared prepared;
        private final JobControl job;
        private final boolean[] ready;
        private final Thread worker;
        private RangeResult result;
        /** The job's unchecked exception or {@code Error}, thrown as itself to the reader. */
        private Throwable failure;
        private boolean finished;
        private boolean woken;

        LiveSlices(Prepared prepared, JobControl job) {
            this.prepared = prepared;
            this.job = job;
            List<SliceState> slices = prepared.manifest().slices();
            this.ready = new boolean[slices.size()];
            java.util.Arrays.fill(ready, true);
            prepared.pending().forEach(s -> ready[s.slice().index()] = false);
            this.worker = new Thread(this::work, "cls-export-range-job");
            worker.setDaemon(true);
        }

        void start() {
            worker.start();
        }

        private void work() {
            RangeResult done = null;
            Throwable failed = null;
            try {
                done = finish(prepared, job, this::downloaded);
            } catch (RuntimeException | Error e) {
                failed = e;
            } finally {
                synchronized (this) {
                    result = done;
                    failure = failed;
                    finished = true;
                    notifyAll();
                }
                runPermit.release();
            }
        }

        private synchronized void downloaded(int index) {
            ready[index] = true;
            notifyAll();
        }

        @Override
        public synchronized Path file(int index) {
            String doing = "waiting for slice " + index + "'s file";
            while (!ready[index]) {
                check(doing);
                Duration left = job.remaining();
                try {
                    wait(Math.max(1, left == null ? 1000 : left.toMillis()));
                } catch (InterruptedException e) {
                    throw job.cancelled(doing, e); // keeps the thread's interrupt flag
                }
            }
            return directory.resolve(prepared.manifest().slice(index).file());
        }

        @Override
        public synchronized void check(String doing) {
            if (failure != null) {
                throw rethrown(failure);
            }
            if (woken) {
                throw job.cancelled(doing, null);
            }
            job.check(doing);
        }

        @Override
        public void end() {
            synchronized (this) {
                try {
                    while (!finished) {
                        wait();
                    }
                } catch (InterruptedException e) {
                    throw job.cancelled("waiting for the job to write its index", e);
                }
                if (failure != null) {
                    throw rethrown(failure);
                }
            }
            job.disarm();
        }

        @Override
        public void stop() {
            boolean running;
            synchronized (this) {
                running = !finished;
            }
            if (running) {
                job.cancel();
                active.forEach(JobControl::cancel);
            }
            boolean interrupted = Thread.interrupted();
            try {
                worker.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            job.disarm();
        }

        @Override
        public synchronized void wake() {
            woken = true;
            notifyAll();
        }

        @Override
        public synchronized RangeResult result() {
            if (!finished) {
                throw new IllegalStateException("The range job is still running: its result is known once its records"
                        + " have all been read");
            }
            if (failure != null) {
                throw new IllegalStateException("The range job failed: " + failure.getMessage(), failure);
            }
            return result;
        }
    }

    /** Settings of a range job. */
    public static final class Builder {
        private final ClsExporter exporter;
        private final CreateExportRequest request;
        private final Path directory;
        private final Duration timeout;
        private int concurrency = 4;
        private Consumer<RangeProgress> listener = event -> { };
        private boolean deleteExports;

        private Builder(ClsExporter exporter, CreateExportRequest request, Path directory, Duration timeout) {
            this.exporter = exporter;
            this.request = request;
            this.directory = directory;
            this.timeout = timeout;
        }

        /**
         * How many slices are exported and downloaded at once (default 4; 1 to 20, CreateExport's
         * 20 calls a second being the tightest of the actions' limits).
         */
        public Builder concurrency(int slices) {
            if (slices < 1 || slices > 20) {
                throw new IllegalArgumentException("concurrency must be 1..20: " + slices);
            }
            this.concurrency = slices;
            return this;
        }

        /** Told the whole job's progress: once at the start, as slices download, and as each one finishes. */
        public Builder progressListener(Consumer<RangeProgress> listener) {
            this.listener = Objects.requireNonNull(listener, "progressListener");
            return this;
        }

        /**
         * Whether the job deletes its own export tasks ({@code DeleteExport}) once every slice's file is
         * complete (default false): only the tasks whose {@code ExportId} its manifest records, each
         * marked there once deleted. A task that cannot be deleted is reported in
         * {@link RangeResult#deleteFailures()} and logged, and does not fail the job; a run again tries
         * it again. A task replaced because it was found {@code Expired} or {@code Failed}, or one whose
         * {@code CreateExport} response a killed run never recorded, is not known to the manifest and is left.
         */
        public Builder deleteExportsWhenDone(boolean delete) {
            this.deleteExports = delete;
            return this;
        }

        public RangeJob build() {
            return new RangeJob(this);
        }
    }
}
