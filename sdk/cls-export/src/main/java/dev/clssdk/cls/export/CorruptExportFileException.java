package dev.clssdk.cls.export;

/**
 * The export file is not a readable gzip or tar stream: truncated, or damaged. Names the tar entry
 * being read (empty before the first entry, or for a plain {@code .gz}) and the byte offset in the
 * file where reading failed; the original decompressor error is the cause, never thrown itself.
 */
public class CorruptExportFileException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final String entry;
    private final long fileOffset;

    public CorruptExportFileException(String exportId, String message, String entry, long fileOffset, Throwable cause) {
        super(exportId, message, cause);
        this.entry = entry;
        this.fileOffset = fileOffset;
    }

    /** The tar entry being read, or {@code ""}. */
    public String entry() {
        return entry;
    }

    /** The byte offset in the (compressed) file up to which it had been read when reading failed. */
    public long fileOffset() {
        return fileOffset;
    }
}
