package dev.clssdk.cls.export;

/**
 * The job was cancelled ({@link ExportJob#cancel()}) or its thread interrupted; in the second case
 * the thread's interrupt flag is still set. No temporary file is left behind either way.
 */
public class ExportCancelledException extends ExportException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String exportId, String message) {
        super(exportId, message, null);
    }

    /** With the failure the interrupt or cancel caused (a {@code ClosedByInterruptException}, say). */
    public ExportCancelledException(String exportId, String message, Throwable cause) {
        super(exportId, message, cause);
    }
}
