package dev.clssdk.cls.export;

/**
 * A search reached the most logs {@code SearchLog} hands out through its {@code Context} cursor
 * ({@value SearchRecords#MAX_LOGS}) while more logs match and the caller asked for more. Those logs
 * can be had only from an export ({@link ClsExporter#newJob}; the command without {@code --search}),
 * or by narrowing the query or the time range. Thrown before any request past the limit is sent; the
 * records returned until then were the first {@value SearchRecords#MAX_LOGS}.
 */
public class SearchLimitExceededException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final long delivered;

    public SearchLimitExceededException(String message, long delivered) {
        super(null, message, null);
        this.delivered = delivered;
    }

    /** The records the search returned before it stopped. */
    public long delivered() {
        return delivered;
    }
}
