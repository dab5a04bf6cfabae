package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.JobControl;
import dev.clssdk.cls.export.internal.ProgressMeter;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.core.SdkInterruptedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One export from start to finish: {@code CreateExport} (unless the task exists already), waiting
 * for it, then the download or the records, all under one deadline that starts at the first call
 * and can be cancelled from any thread ({@link #cancel()}: waits and reads in progress stop at once).
 * The {@code ExportId} is reported first ({@link ProgressEvent.Phase#CREATED}) so a caller can resume
 * with {@link ClsExporter#existingJob}. {@code CreateExport} is sent at most once per job.
 */
public final class ExportJob {

    private final ClsExporter exporter;
    private final CreateExportRequest request;
    private final String topicId;
    private final Duration timeout;
    private volatile String exportId;
    private volatile JobControl control;
    private volatile boolean cancelled;
    private ExportInfo completed;

    ExportJob(ClsExporter exporter, CreateExportRequest request, String topicId, String exportId, Duration timeout) {
        this.exporter = exporter;
        this.request = request;
        this.topicId = topicId;
        this.exportId = exportId;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        JobControl.withTimeout(timeout).disarm(); // checks the timeout now rather than at the first call
    }

    /** The task's id, once created (or given). */
    public Optional<String> exportId() {
        return Optional.ofNullable(exportId);
    }

    /** Stops the job: a wait or read in progress ends with {@link ExportCancelledException}, and so does any later call. */
    public void cancel() {
        cancelled = true;
        JobControl c = control;
        if (c != null) {
            c.cancel();
        }
    }

    /** Creates the task if needed and waits for it to complete. */
    public synchronized ExportInfo awaitCompleted() {
        JobControl c = control();
        try {
            return completed(c);
        } finally {
            if (completed == null) {
                c.disarm();
            }
        }
    }

    /** Create, wait, download to {@code target} atomically (see {@link ExportDownloader#download}). */
    public synchronized DownloadResult downloadTo(Path target) {
        JobControl c = control();
        try {
            ExportInfo info = completed(c);
            return exporter.downloader().download(info, target, exporter.refresher(c), c, exporter.listener());
        } finally {
            c.disarm();
        }
    }

    /**
     * Create, wait, then the records as the file downloads. The deadline keeps running while the
     * caller reads them; close them when done.
     */
    public synchronized ExportRecords records(RecordOptions options) {
        JobControl c = control();
        ExportInfo info;
        try {
            info = completed(c);
        } catch (RuntimeException e) {
            c.disarm();
            throw e;
        }
        return exporter.downloader().records(info, options, exporter.refresher(c), c, exporter.listener());
    }

    private JobControl control() {
        if (control == null) {
            control = JobControl.withTimeout(timeout);
            control.exportId(exportId);
            if (cancelled) {
                control.cancel();
            }
        }
        return control;
    }

    private ExportInfo completed(JobControl c) {
        if (completed != null) {
            return completed;
        }
        if (exportId == null) {
            c.check("creating the export task");
            try {
                exportId = exporter.client().createExport(request, ClsExporter.options(c)).exportId();
            } catch (SdkInterruptedException e) {
                throw c.cancelled("creating the export task", e);
            }
            c.exportId(exportId);
            ProgressMeter.notify(exporter.listener(), new ProgressEvent(exportId, ProgressEvent.Phase.CREATED, null, 0, -1,
                    0, 0, c.elapsed()));
        }
        completed = exporter.awaitCompleted(topicId, exportId, c, exporter.listener());
        return completed;
    }
}
