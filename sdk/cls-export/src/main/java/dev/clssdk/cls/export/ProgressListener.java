package dev.clssdk.cls.export;

/**
 * Told where an export job stands. Download progress arrives at most once per interval
 * ({@link ExportDownloader.Builder#progressInterval}) plus a final {@link ProgressEvent.Phase#DONE}
 * event; status changes while waiting arrive as they are seen. Called on the thread doing the work:
 * keep it quick. A listener that throws is ignored (and logged at WARN).
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores everything. */
    ProgressListener NONE = event -> { };

    void onProgress(ProgressEvent event);
}
