package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.ProgressEvent;
import dev.clssdk.cls.export.ProgressListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts bytes and records and tells the listener at most once per interval (checked when bytes
 * arrive, so the per-record cost is one increment), plus once at the end.
 */
public final class ProgressMeter {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressMeter.class);

    private final ProgressListener listener;
    private final long intervalNanos;
    private final long totalBytes;
    private final String exportId;
    /** When the download started: the rate is measured from here. */
    private final long started = System.nanoTime();
    /** When the job started: every event's elapsed time is measured from here, as the job's other events are. */
    private final long jobStarted;
    private long nextReport;
    private long bytes;
    private long records;
    private boolean done;

    public ProgressMeter(ProgressListener listener, Duration interval, String exportId, long totalBytes, long jobStartedNanos) {
        this.jobStarted = jobStartedNanos;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.intervalNanos = interval.toNanos();
        this.exportId = exportId;
        this.totalBytes = totalBytes;
        this.nextReport = started + intervalNanos;
    }

    public static ProgressMeter none() {
        return new ProgressMeter(ProgressListener.NONE, Duration.ofDays(1), null, -1, System.nanoTime());
    }

    public void addBytes(long n) {
        bytes += n;
        if (listener != ProgressListener.NONE) {
            long now = System.nanoTime();
            if (now - nextReport >= 0) {
                nextReport = now + intervalNanos;
                emit(ProgressEvent.Phase.DOWNLOADING, now);
            }
        }
    }

    /** Forgets bytes counted (a restart from the beginning). */
    public void resetBytes(long toBytes) {
        bytes = toBytes;
    }

    public void addRecord() {
        records++;
    }

    public long bytes() {
        return bytes;
    }

    public long records() {
        return records;
    }

    public void finish() {
        if (!done) {
            done = true;
            emit(ProgressEvent.Phase.DONE, System.nanoTime());
        }
    }

    private void emit(ProgressEvent.Phase phase, long now) {
        long elapsedNanos = Math.max(1, now - started);
        double rate = bytes * 1e9 / elapsedNanos;
        notify(listener, new ProgressEvent(exportId, phase, "Completed", bytes, totalBytes, records, rate,
                Duration.ofNanos(Math.max(0, now - jobStarted))));
    }

    /** Calls a listener, ignoring (and logging) what it throws. */
    public static void notify(ProgressListener listener, ProgressEvent event) {
        try {
            listener.onProgress(event);
        } catch (RuntimeException e) {
            LOG.warn("Progress listener failed on {} event; ignored", event.phase(), e);
        }
    }
}
