package dev.clssdk.cls.export;

/**
 * A stretch of time the histogram cannot split holds more logs than one export may: its bucket is
 * already the finest {@code DescribeLogHistogram} gives (one millisecond, or an interval the service
 * would not make finer). Export it with a narrower query, or raise the per-export limit up to
 * {@link RangeSlicer#MAX_LOGS_PER_EXPORT}.
 */
public class SliceTooLargeException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final long from;
    private final long to;
    private final long logs;
    private final long limit;

    public SliceTooLargeException(long from, long to, long logs, long limit) {
        super(null, "The logs in [" + from + ", " + to + ") ms (" + logs + " counted by DescribeLogHistogram) are more than"
                + " one export may hold (" + limit + "), and the histogram gives no finer bucket to split them by:"
                + " narrow the query, or raise the per-export limit (Count, at most " + RangeSlicer.MAX_LOGS_PER_EXPORT + ")",
                null);
        this.from = from;
        this.to = to;
        this.logs = logs;
        this.limit = limit;
    }

    /** The bucket's first millisecond. */
    public long from() {
        return from;
    }

    /** The millisecond after the bucket. */
    public long to() {
        return to;
    }

    /** The logs the histogram counted in it. */
    public long logs() {
        return logs;
    }

    /** The per-export limit it is over. */
    public long limit() {
        return limit;
    }
}
