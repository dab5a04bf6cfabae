package dev.clssdk.cls.export;

/** COS has no file at the download address (HTTP 404): the export's file expired (after 3 days) or was removed. */
public class ExportFileNotFoundException extends ExportException {
    private static final long serialVersionUID = 1L;

    public ExportFileNotFoundException(String exportId, String message) {
        super(exportId, message, null);
    }
}
