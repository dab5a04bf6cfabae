package dev.clssdk.cls.runtime.waiter;

import dev.clssdk.cls.ClsException;
import dev.clssdk.cls.model.ExportInfo;
import java.time.Duration;

/**
 * The export task did not complete within the timeout. The task keeps running on the server;
 * waiting again with its ExportId picks it up.
 */
public class ExportWaitTimeoutException extends ClsException {
    private static final long serialVersionUID = 1L;

    private final transient ExportInfo lastSeen;
    /** How long the waiter waited. */
    private final Duration timeout;
    /** How many times it polled. */
    private final int polls;

    /**
     * @param exportId the task waited for
     * @param lastSeen the task as last described, or {@code null} if DescribeExports never listed it
     * @param timeout the timeout
     * @param polls how many times DescribeExports was asked
     */
    public ExportWaitTimeoutException(String exportId, ExportInfo lastSeen, Duration timeout, int polls) {
        super("Export " + exportId + " did not complete within " + timeout + " (" + polls + " polls; last status: "
                + (lastSeen == null ? "not listed by DescribeExports" : lastSeen.statusAsString()) + ")");
        this.lastSeen = lastSeen;
        this.timeout = timeout;
        this.polls = polls;
    }

    /**
     * The task as last described.
     *
     * @return the task, or {@code null} if it was never listed
     */
    public ExportInfo lastSeen() {
        return lastSeen;
    }

    /**
     * The timeout that expired.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * How many times DescribeExports was asked.
     *
     * @return the count
     */
    public int polls() {
        return polls;
    }
}
