package dev.clssdk.cls.export;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.export.internal.JobControl;
import dev.clssdk.cls.export.internal.ProgressMeter;
import dev.clssdk.cls.export.internal.SearchPages;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.SearchLogRequest;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.TransportException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The export job on top of a {@link ClsClient}: wait for a task with status changes reported to a
 * {@link ProgressListener}, download or read it, describe it again once for a fresh {@code CosPath}
 * when COS refuses the old one, and the whole job (create, wait, download or read) in one call
 * with one deadline ({@link #newJob}). Thread-safe; the client is the caller's to close.
 *
 * <pre>{@code
 * ClsExporter exporter = ClsExporter.builder().client(client).build();
 * DownloadResult file = exporter.newJob(request, Duration.ofMinutes(30)).downloadTo(Path.of("logs.tar.gz"));
 * }</pre>
 */
public final class ClsExporter {

    private static final long PAGE = 100;
    private static final int MAX_PAGES = 10_000;

    private final ClsClient client;
    private final ExportDownloader downloader;
    private final ProgressListener listener;
    private final Duration initialPoll;
    private final Duration maxPoll;

    private ClsExporter(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.downloader = b.downloader != null ? b.downloader : ExportDownloader.create();
        this.listener = b.listener != null ? b.listener : downloader.listener();
        this.initialPoll = b.initialPoll;
        this.maxPoll = b.maxPoll;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** create, wait, then download or read: a job not yet started; its deadline starts at its first call. */
    public ExportJob newJob(CreateExportRequest request, Duration timeout) {
        return new ExportJob(this, Objects.requireNonNull(request, "request"), request.topicId(), null, timeout);
    }

    /** wait, then download or read, for a task created earlier (an {@code ExportId} printed by a previous run). */
    public ExportJob existingJob(String topicId, String exportId, Duration timeout) {
        return new ExportJob(this, null, Objects.requireNonNull(topicId, "topicId"), Objects.requireNonNull(exportId, "exportId"),
                timeout);
    }

    /**
     * A job for a time range of any size: cut into slices that each fit one export, exported and
     * downloaded concurrently, one file per slice plus an index in {@code directory}, resumable
     * from its manifest there (see {@link RangeJob}).
     *
     * @param request   the range ({@code From}, {@code To}: {@code From < To}), topic, query, {@code Format},
     *                  {@code Order}, {@code SyntaxRule}, {@code DerivedFields}, as for one export; its {@code Count}
     *                  is the most logs one slice may hold (each slice's own {@code Count}, at most
     *                  {@value RangeSlicer#MAX_LOGS_PER_EXPORT}), not the range's total
     * @param directory where the slices' files, the manifest and the index go (created if missing)
     * @param timeout   one deadline for the whole job, from each {@link RangeJob#run()}
     * @return the job's settings; {@link RangeJob.Builder#build()} it, then {@link RangeJob#run()}
     * @throws IllegalArgumentException for {@code From >= To}, a timeout that is not positive, or a directory that is a file
     */
    public RangeJob.Builder rangeJob(CreateExportRequest request, Path directory, Duration timeout) {
        return RangeJob.builder(this, request, directory, timeout);
    }

    /**
     * The logs {@code SearchLog} finds for {@code request}, as records, without an export: seconds
     * instead of minutes, for at most {@value SearchRecords#MAX_LOGS} logs. Pages come lazily from the
     * generated cursor paginator ({@code searchLogPaginator}), each asked with the previous page's
     * {@code Context}; the request's {@code TopicId}, {@code From}, {@code To}, {@code QueryString}
     * (or {@code Query}), its syntax and {@code Sort} are sent as they are, on every page. Its
     * {@code Limit} is the page size: when unset, {@code min(1000, maxRecords)}.
     *
     * @param request    one topic's search ({@code TopicId}; not {@code Topics}, whose cursors are per topic), no
     *                   {@code Offset} (it cannot be used with {@code Context}), and no SQL part in the query
     * @param maxRecords the most records returned (the stream ends there, whether more match or not);
     *                   above {@value SearchRecords#MAX_LOGS}, or {@link Long#MAX_VALUE} for all, a search that
     *                   reaches {@value SearchRecords#MAX_LOGS} while more match ends in
     *                   {@link SearchLimitExceededException}
     * @param timeout    the deadline for the whole search, starting now
     * @return the records; close them when done
     * @throws IllegalArgumentException for {@code Topics}, {@code Offset}, or {@code maxRecords < 1}
     */
    public SearchRecords search(SearchLogRequest request, long maxRecords, Duration timeout) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timeout, "timeout");
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1: " + maxRecords);
        }
        if (request.hasTopics() || request.topicId() == null) {
            throw new IllegalArgumentException("search reads one topic: set TopicId (Topics, with a cursor per topic, is not"
                    + " supported)");
        }
        if (request.offset() != null) {
            throw new IllegalArgumentException("search pages with Context, which SearchLog does not take with Offset: leave"
                    + " Offset unset");
        }
        SearchLogRequest first = request.limit() != null ? request
                : request.toBuilder().limit(Math.min((long) SearchRecords.MAX_PAGE, maxRecords)).build();
        JobControl control = JobControl.withTimeout(timeout, "Search");
        return new SearchRecords(new SearchPages(client.searchLogPaginator(first).pages(), control, maxRecords), control);
    }

    /**
     * Polls DescribeExports until the task is {@code Completed} (returned, with its {@code CosPath}),
     * reporting each status change; {@code Failed}/{@code Expired} end in
     * {@link ExportTaskFailedException}; any other status, or the task not listed yet, means keep polling.
     */
    public ExportInfo awaitCompleted(String topicId, String exportId, Duration timeout) {
        JobControl control = JobControl.withTimeout(timeout);
        control.exportId(exportId);
        try {
            return awaitCompleted(topicId, exportId, control, listener);
        } finally {
            control.disarm();
        }
    }

    /** The task as DescribeExports lists it now, following pages; empty when it is not listed. */
    public Optional<ExportInfo> describe(String topicId, String exportId) {
        return find(topicId, exportId, JobControl.unbounded());
    }

    /** {@link ExportDownloader#download}, describing the task again once if COS refuses the address (403). */
    public DownloadResult downloadTo(ExportInfo export, Path target) {
        return downloader.download(export, target, this::refresh, JobControl.unbounded(), listener);
    }

    /** {@link ExportDownloader#records}, describing the task again once if COS refuses the address (403). */
    public ExportRecords records(ExportInfo export, RecordOptions options) {
        return downloader.records(export, options, this::refresh, JobControl.unbounded(), listener);
    }

    /** {@link ExportDownloader#open}, describing the task again once if COS refuses the address (403). */
    public InputStream open(ExportInfo export) {
        return downloader.stream(export, this::refresh, JobControl.unbounded(), listener);
    }

    ExportDownloader downloader() {
        return downloader;
    }

    ProgressListener listener() {
        return listener;
    }

    ClsClient client() {
        return client;
    }

    ExportDownloader.Refresher refresher(JobControl control) {
        return stale -> find(stale.topicId(), stale.exportId(), control)
                .filter(info -> "Completed".equals(info.statusAsString()))
                .orElse(null);
    }

    private ExportInfo refresh(ExportInfo stale) {
        return refresher(JobControl.unbounded()).refresh(stale);
    }

    ExportInfo awaitCompleted(String topicId, String exportId, JobControl control, ProgressListener progress) {
        Duration delay = initialPoll;
        String lastStatus = null;
        boolean first = true;
        while (true) {
            control.check("waiting for the export task");
            Optional<ExportInfo> info = find(topicId, exportId, control);
            String status = info.map(ExportInfo::statusAsString).orElse(null);
            if (first || !Objects.equals(status, lastStatus)) {
                first = false;
                lastStatus = status;
                long bytes = info.map(ExportInfo::fileSize).orElse(0L) == null ? 0 : info.map(ExportInfo::fileSize).orElse(0L);
                ProgressMeter.notify(progress, new ProgressEvent(exportId, ProgressEvent.Phase.WAITING, status, 0,
                        "Completed".equals(status) ? bytes : -1, 0, 0, control.elapsed()));
            }
            if ("Completed".equals(status)) {
                return info.get();
            }
            if ("Failed".equals(status) || "Expired".equals(status)) {
                throw new ExportTaskFailedException(exportId, "Export " + exportId + " ended " + status
                        + (status.equals("Expired") ? " (export files are kept for 3 days)" : "") + "; create a new export",
                        status);
            }
            control.sleep(delay, "waiting for the export task (last status " + status + ")");
            long next = Math.min(maxPoll.toMillis(), delay.toMillis() + delay.toMillis() / 2);
            delay = Duration.ofMillis(Math.max(1, next));
        }
    }

    /** Pages DescribeExports (newest first) until the task shows up, each call bounded by the time left. */
    Optional<ExportInfo> find(String topicId, String exportId, JobControl control) {
        long offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            control.check("describing the export task");
            DescribeExportsRequest request = DescribeExportsRequest.builder().topicId(topicId).offset(offset).limit(PAGE).build();
            DescribeExportsResponse response;
            try {
                response = client.describeExports(request, options(control));
            } catch (SdkInterruptedException e) {
                throw control.cancelled("describing the export task", e);
            } catch (TransportException e) {
                // The call's timeout is the job's time left: when it fires, the job's deadline has come.
                if (e.isTimeout() && control.reachedDeadline()) {
                    throw control.timedOut("describing the export task");
                }
                throw e;
            }
            List<ExportInfo> exports = response.exports() == null ? List.of() : response.exports();
            for (ExportInfo info : exports) {
                if (info != null && exportId.equals(info.exportId())) {
                    return Optional.of(info);
                }
            }
            offset += exports.size();
            Long total = response.totalCount();
            if (exports.size() < PAGE || (total != null && offset >= total)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static RequestOptions options(JobControl control) {
        Duration left = control.remaining();
        if (left == null) {
            return RequestOptions.none();
        }
        return RequestOptions.builder().callTimeout(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left).build();
    }

    /** Settings. */
    public static final class Builder {
        private ClsClient client;
        private ExportDownloader downloader;
        private ProgressListener listener;
        private Duration initialPoll = Duration.ofSeconds(1);
        private Duration maxPoll = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The client to call CLS with (required; not closed by the exporter). */
        public Builder client(ClsClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** How files are downloaded (default {@link ExportDownloader#create()}). */
        public Builder downloader(ExportDownloader downloader) {
            this.downloader = Objects.requireNonNull(downloader, "downloader");
            return this;
        }

        /** Told about status changes and download progress (default: the downloader's listener). */
        public Builder progressListener(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "progressListener");
            return this;
        }

        /** Polling DescribeExports: first after {@code initial}, growing by half up to {@code max} (default 1 s to 10 s). */
        public Builder pollInterval(Duration initial, Duration max) {
            if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("pollInterval needs 0 < initial <= max");
            }
            this.initialPoll = initial;
            this.maxPoll = max;
            return this;
        }

        public ClsExporter build() {
            return new ClsExporter(this);
        }
    }
}
