package dev.clssdk.cls.export;

/**
 * A line of the export is not a record: a JSON line that is not a JSON object, or a CSV row whose
 * number of fields differs from the header's. Thrown unless the caller asked to skip such lines
 * ({@link RecordOptions#skipMalformed()}), in which case they are counted instead.
 */
public class MalformedRecordException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final String entry;
    private final long lineNumber;

    public MalformedRecordException(String exportId, String message, String entry, long lineNumber, Throwable cause) {
        super(exportId, message, cause);
        this.entry = entry;
        this.lineNumber = lineNumber;
    }

    /** The tar entry, or {@code ""}. */
    public String entry() {
        return entry;
    }

    /** The 1-based line number in the entry (for CSV, the line the row starts on). */
    public long lineNumber() {
        return lineNumber;
    }
}
