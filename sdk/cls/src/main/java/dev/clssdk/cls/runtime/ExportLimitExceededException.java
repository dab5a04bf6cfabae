package dev.clssdk.cls.runtime;

/**
 * {@code LimitExceeded.Export}: the export asks for more logs than allowed, or too many exports are running.
 */
public class ExportLimitExceededException extends ClsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected ExportLimitExceededException(Details details) {
        super(details);
    }
}
