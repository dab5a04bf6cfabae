package dev.clssdk.cls.export;

/**
 * The download address is not HTTPS (or not a URL at all). Plain HTTP is accepted only to a loopback
 * address, and only when {@link ExportDownloader.Builder#allowHttpToLoopbackForTests(boolean)} is set.
 */
public class InsecureCosPathException extends ExportException {
    private static final long serialVersionUID = 1L;

    public InsecureCosPathException(String exportId, String message) {
        super(exportId, message, null);
    }
}
