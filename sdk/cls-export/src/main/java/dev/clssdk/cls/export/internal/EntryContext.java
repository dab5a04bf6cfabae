package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.MalformedRecordException;

/**
 * What a record parser needs to report a bad line: the task, the entry, whether to skip; and the
 * limits that bound its memory (a record's bytes and fields).
 */
record EntryContext(String exportId, String entry, boolean skipMalformed, int maxRecordBytes, int maxFields) {

    MalformedRecordException malformed(long line, String what, Throwable cause) {
        String where = (entry.isEmpty() ? "" : "entry " + entry + ", ") + "line " + line;
        String task = exportId == null ? "" : "Export " + exportId + ": ";
        return new MalformedRecordException(exportId, task + where + ": " + what, entry, line, cause);
    }

    /** What a record over {@link #maxRecordBytes} is, in a message. */
    String tooLong(String what) {
        return what + " longer than " + maxRecordBytes + " bytes (the limit, RecordOptions.maxRecordBytes)";
    }

    /** What a record over {@link #maxFields} is, in a message. */
    String tooManyFields(String what) {
        return what + " of more than " + maxFields + " fields (the limit, RecordOptions.MAX_FIELDS_PER_RECORD)";
    }
}
