package dev.clssdk.cls.export;

import dev.clssdk.core.SdkException;

/**
 * The root of every failure of an export download, record iteration or export job. Messages name
 * the export task, the file entry, byte offsets and line numbers where they help, and never the
 * {@code CosPath}'s query string (a credential).
 */
public class ExportException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final String exportId;

    /**
     * @param exportId the task concerned, or {@code null} when not known (a local file)
     * @param message  what went wrong; never contains the pre-signed query string
     * @param cause    the underlying failure, or {@code null}
     */
    public ExportException(String exportId, String message, Throwable cause) {
        super(message, cause);
        this.exportId = exportId;
    }

    /** The export task concerned, or {@code null} for a local file. */
    public String exportId() {
        return exportId;
    }
}
