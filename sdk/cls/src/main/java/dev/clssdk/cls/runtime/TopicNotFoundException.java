package dev.clssdk.cls.runtime;

/**
 * {@code ResourceNotFound.TopicNotExist}: the log topic does not exist in this region.
 */
public class TopicNotFoundException extends ClsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    protected TopicNotFoundException(Details details) {
        super(details);
    }
}
