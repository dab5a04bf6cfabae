package dev.clssdk.cls.export;

import dev.clssdk.cls.model.Format;

/**
 * How to read an export's records.
 *
 * @param format        {@link Format#JSON} (one object per line) or {@link Format#CSV} (header row, RFC 4180
 *                      quoting); {@code null} to decide from the content (a first line starting with
 *                      <code>{</code> is JSON)
 * @param skipMalformed skip and count (see {@link ExportRecords#skippedCount()}) lines that are not records,
 *                      instead of throwing {@link MalformedRecordException}
 */
public record RecordOptions(Format format, boolean skipMalformed) {

    /** Decide the format from the content; throw on a malformed line. */
    public static RecordOptions defaults() {
        return new RecordOptions(null, false);
    }

    /** These options with another format. */
    public RecordOptions withFormat(Format newFormat) {
        return new RecordOptions(newFormat, skipMalformed);
    }

    /** These options, skipping (and counting) malformed lines. */
    public RecordOptions skippingMalformed() {
        return new RecordOptions(format, true);
    }
}
