package dev.clssdk.cls.export;

/** The file COS served is longer or shorter than the task's {@code FileSize}. */
public class ExportSizeMismatchException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final long expectedBytes;
    private final long actualBytes;

    public ExportSizeMismatchException(String exportId, String message, long expectedBytes, long actualBytes) {
        super(exportId, message, null);
        this.expectedBytes = expectedBytes;
        this.actualBytes = actualBytes;
    }

    /** The task's {@code FileSize}. */
    public long expectedBytes() {
        return expectedBytes;
    }

    /** The bytes served (for a longer body: at least this many). */
    public long actualBytes() {
        return actualBytes;
    }
}
