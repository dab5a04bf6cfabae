package dev.clssdk.cls.export;

import java.time.Duration;
import java.util.Optional;

/**
 * Where an export job stands: created, waiting for the task (with its status), or downloading
 * (bytes, total, records, rate, estimated time left), or done.
 *
 * @param exportId       the task, or {@code null} for a local file
 * @param phase          what the job is doing
 * @param status         the task's last status ({@code Queuing}, {@code Processing}, {@code Completed}, or any
 *                       value the service sends), or {@code null} before the first describe
 * @param bytes          bytes of the file received so far
 * @param totalBytes     the file's size ({@code FileSize}), or -1 when not known
 * @param records        records read so far (0 when only downloading to a file)
 * @param bytesPerSecond the mean download rate since the download started
 * @param elapsed        time since the job started (its first call; for a download or read on its own, since that call):
 *                       one clock for all of a job's events, so it never goes back from one event to the next
 */
public record ProgressEvent(String exportId, Phase phase, String status, long bytes, long totalBytes, long records,
        double bytesPerSecond, Duration elapsed) {

    /** What the job is doing. */
    public enum Phase {
        /** CreateExport answered: {@link #exportId()} is known. */
        CREATED,
        /** Polling DescribeExports; sent on each status change. */
        WAITING,
        /** Reading the file. */
        DOWNLOADING,
        /** The file was read completely (the last event). */
        DONE
    }

    /** The estimated time left, when the total and a rate are known. */
    public Optional<Duration> eta() {
        if (totalBytes < 0 || bytesPerSecond <= 0 || bytes > totalBytes) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((totalBytes - bytes) * 1000.0 / bytesPerSecond)));
    }

    /** The fraction done, 0 to 1, when the total is known. */
    public Optional<Double> fraction() {
        return totalBytes <= 0 ? Optional.empty() : Optional.of(Math.min(1.0, (double) bytes / totalBytes));
    }
}
