package dev.clssdk.cls.export;

import java.time.Duration;

/** The job's one deadline passed (while waiting for the task, or while downloading). */
public class ExportTimeoutException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public ExportTimeoutException(String exportId, String message, Duration timeout) {
        super(exportId, message, null);
        this.timeout = timeout;
    }

    /** The job's timeout. */
    public Duration timeout() {
        return timeout;
    }
}
