package dev.clssdk.cls.runtime.waiter;

import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.ExportStatus;
import dev.clssdk.cls.runtime.ClsInterruptedException;
import dev.clssdk.cls.runtime.retry.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls DescribeExports until an export task completes. {@code Completed} is success,
 * {@code Failed} and {@code Expired} are terminal failures, and anything else (including a status
 * this SDK does not know, no status, or a task not yet listed) means keep polling. The wait
 * between polls grows from {@code initialDelay} by half each time up to {@code maxDelay}; the
 * last poll happens at the deadline. DescribeExports paging is followed for the caller.
 */
public final class ExportWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(ExportWaiter.class);
    /** The largest page DescribeExports serves. */
    static final long PAGE_SIZE = 100;
    /** A bound on pages per poll, against a server that never stops paging. */
    static final int MAX_PAGES = 1000;

    private final Function<DescribeExportsRequest, DescribeExportsResponse> describe;
    private final TimeSource time;
    private final Duration initialDelay;
    private final Duration maxDelay;

    /**
     * @param describe calls DescribeExports (with the client's retries)
     * @param time the clock and sleeper
     * @param initialDelay the wait after the first poll
     * @param maxDelay the longest wait between polls
     */
    public ExportWaiter(Function<DescribeExportsRequest, DescribeExportsResponse> describe, TimeSource time,
            Duration initialDelay, Duration maxDelay) {
        this.describe = Objects.requireNonNull(describe, "describe");
        this.time = Objects.requireNonNull(time, "time");
        this.initialDelay = Objects.requireNonNull(initialDelay, "initialDelay");
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
    }

    /**
     * Waits until the task completes.
     *
     * @param topicId the task's topic
     * @param exportId the task
     * @param timeout how long to wait at most
     * @return the completed task, with its {@code CosPath}
     * @throws ExportFailedException if the task failed or expired
     * @throws ExportWaitTimeoutException if the timeout passed first
     * @throws ClsInterruptedException if the thread was interrupted
     */
    public ExportInfo waitUntilCompleted(String topicId, String exportId, Duration timeout) {
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(exportId, "exportId");
        long deadline = time.nanoTime() + timeout.toNanos();
        Duration delay = initialDelay;
        ExportInfo last = null;
        int polls = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ClsInterruptedException("Waiting for export " + exportId + " was interrupted", null);
            }
            Optional<ExportInfo> found = find(topicId, exportId);
            polls++;
            if (found.isPresent()) {
                last = found.get();
                ExportStatus status = last.status();
                if (status == ExportStatus.COMPLETED) {
                    return last;
                }
                if (status == ExportStatus.FAILED || status == ExportStatus.EXPIRED) {
                    throw new ExportFailedException(last);
                }
            }
            long remaining = deadline - time.nanoTime();
            if (remaining <= 0) {
                throw new ExportWaitTimeoutException(exportId, last, timeout, polls);
            }
            LOG.debug("Export {} is {}; polling again in {} ms", exportId,
                    last == null ? "not listed yet" : last.statusAsString(), delay.toMillis());
            try {
                time.sleep(Duration.ofNanos(Math.min(delay.toNanos(), remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClsInterruptedException("Waiting for export " + exportId + " was interrupted", e);
            }
            delay = delay.plus(delay.dividedBy(2));
            if (delay.compareTo(maxDelay) > 0) {
                delay = maxDelay;
            }
        }
    }

    /**
     * The task, looked up page by page.
     *
     * @param topicId the topic
     * @param exportId the task
     * @return the task, or empty if no page lists it
     */
    public Optional<ExportInfo> find(String topicId, String exportId) {
        List<ExportInfo> found = new ArrayList<>(1);
        scan(topicId, info -> {
            if (exportId.equals(info.exportId())) {
                found.add(info);
                return false;
            }
            return true;
        });
        return found.stream().findFirst();
    }

    /**
     * Every task of a topic, following the pages.
     *
     * @param topicId the topic
     * @return the tasks, in the server's order
     */
    public List<ExportInfo> listAll(String topicId) {
        List<ExportInfo> all = new ArrayList<>();
        scan(topicId, all::add);
        return all;
    }

    private void scan(String topicId, Function<ExportInfo, Boolean> visitor) {
        long offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            DescribeExportsResponse response = describe.apply(
                    DescribeExportsRequest.builder().topicId(topicId).offset(offset).limit(PAGE_SIZE).build());
            List<ExportInfo> exports = response.exports();
            for (ExportInfo info : exports) {
                if (!visitor.apply(info)) {
                    return;
                }
            }
            offset += exports.size();
            Long total = response.totalCount();
            if (exports.size() < PAGE_SIZE || (total != null && offset >= total)) {
                return;
            }
        }
    }
}
