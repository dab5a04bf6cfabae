package dev.clssdk.cls.export;

/** The export task ended without a file: its status is {@code Failed} or {@code Expired}, or it is no longer listed. */
public class ExportTaskFailedException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final String status;

    public ExportTaskFailedException(String exportId, String message, String status) {
        super(exportId, message, null);
        this.status = status;
    }

    /** The task's last status ({@code Failed}, {@code Expired}), or {@code null} when it vanished. */
    public String status() {
        return status;
    }
}
