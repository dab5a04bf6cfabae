package dev.clssdk.cls.export;

/**
 * The download address is not HTTPS, or not a URL the download can use at all (not RFC 3986, a port
 * outside 1 to 65535, a host that is not a valid name or address); the message names which. Plain
 * HTTP is accepted only to a loopback address, and only when
 * {@link ExportDownloader.Builder#allowHttpToLoopbackForTests(boolean)} is set.
 */
public class InsecureCosPathException extends ExportException {
    private static final long serialVersionUID = 1L;

    public InsecureCosPathException(String exportId, String message) {
        super(exportId, message, null);
    }
}
