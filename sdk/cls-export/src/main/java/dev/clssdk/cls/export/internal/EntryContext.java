package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.MalformedRecordException;

/** What a record parser needs to report a bad line: the task, the entry, whether to skip. */
record EntryContext(String exportId, String entry, boolean skipMalformed) {

    MalformedRecordException malformed(long line, String what, Throwable cause) {
        String where = (entry.isEmpty() ? "" : "entry " + entry + ", ") + "line " + line;
        String task = exportId == null ? "" : "Export " + exportId + ": ";
        return new MalformedRecordException(exportId, task + where + ": " + what, entry, line, cause);
    }
}
