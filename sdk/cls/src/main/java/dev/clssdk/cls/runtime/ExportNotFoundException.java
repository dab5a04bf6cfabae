package dev.clssdk.cls.runtime;

/**
 * {@code ResourceNotFound.ExportNotExist}: the export task does not exist (or was deleted).
 */
public class ExportNotFoundException extends ClsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected ExportNotFoundException(Details details) {
        super(details);
    }
}
