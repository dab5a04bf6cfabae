package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.LogRecord;
import java.io.IOException;

/** The records of one file or tar entry, one at a time. */
interface RecordSource {
    /** The next record, or {@code null} at the end. */
    LogRecord next() throws IOException;

    /** Lines skipped as malformed (when asked to skip). */
    long skipped();
}
