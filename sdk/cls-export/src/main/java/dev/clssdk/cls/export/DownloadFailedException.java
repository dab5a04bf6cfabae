package dev.clssdk.cls.export;

/**
 * The download did not finish: the connection kept failing after every allowed resume attempt, or
 * COS answered a status other than 200/206/403/404.
 */
public class DownloadFailedException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int attempts;
    private final long bytesReceived;

    public DownloadFailedException(String exportId, String message, int httpStatus, int attempts, long bytesReceived,
            Throwable cause) {
        super(exportId, message, cause);
        this.httpStatus = httpStatus;
        this.attempts = attempts;
        this.bytesReceived = bytesReceived;
    }

    /** The last HTTP status, or 0 when the connection failed before one arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How many requests were made. */
    public int attempts() {
        return attempts;
    }

    /** The bytes of the file received before giving up. */
    public long bytesReceived() {
        return bytesReceived;
    }
}
