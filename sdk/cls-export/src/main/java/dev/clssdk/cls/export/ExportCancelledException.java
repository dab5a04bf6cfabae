package dev.clssdk.cls.export;

/** The job was cancelled ({@link ExportJob#cancel()}) or its thread interrupted. */
public class ExportCancelledException extends ExportException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String exportId, String message) {
        super(exportId, message, null);
    }
}
