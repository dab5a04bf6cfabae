package dev.clssdk.cls.export;

import dev.clssdk.cls.model.Format;

/**
 * How to read an export's records.
 *
 * <p>Memory is bounded by these limits, not by the file: a record (a JSON line, or a CSV row with
 * the line breaks in its quoted fields) is held whole while it is parsed, and costs up to about five
 * times its size on the heap while Jackson decodes it (the line, then a string value of n ASCII
 * characters as Jackson's char segments, 2n, and the String built from them). A record over a limit
 * is a {@link MalformedRecordException} naming its line and the limit, found before the bytes past
 * the limit are buffered: an export file is only as trustworthy as the network it came over, and a
 * 100 MiB line is 100 KB gzipped.
 *
 * @param format         {@link Format#JSON} (one object per line) or {@link Format#CSV} (header row, RFC 4180
 *                       quoting); {@code null} to decide from the content (a first line starting with
 *                       <code>{</code> is JSON)
 * @param skipMalformed  skip and count (see {@link ExportRecords#skippedCount()}) lines that are not records,
 *                       instead of throwing {@link MalformedRecordException}; a JSON line over
 *                       {@code maxRecordBytes} is skipped too, without buffering it, but a CSV row over it
 *                       still ends the read (where a quoted row ends cannot be known without reading it)
 * @param maxRecordBytes the longest record read, in bytes, not counting its line break (default
 *                       {@value #DEFAULT_MAX_RECORD_BYTES}, 4 MiB); 1 to {@value #MAX_MAX_RECORD_BYTES}.
 *                       The default is what the worst record parses in, downloading, at {@code -Xmx64m} with
 *                       room to spare (42 MiB measured; 8 MiB records did not fit: see the module README).
 *                       CLS accepts at most 1 MB per value and 5 MB of values per upload, so nearly every real
 *                       log is far under it; raise it with the heap (about five times the limit, plus ~20 MiB).
 *                       At most {@value #MAX_FIELDS_PER_RECORD} fields per record, whatever this limit
 */
public record RecordOptions(Format format, boolean skipMalformed, int maxRecordBytes) {

    /** The default {@link #maxRecordBytes()}: 4 MiB, a record that parses within a 64 MiB heap, downloading. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 4 * 1024 * 1024;

    /** The highest {@link #maxRecordBytes()} accepted: 1 GiB (the line buffer is one array). */
    public static final int MAX_MAX_RECORD_BYTES = 1 << 30;

    /**
     * The most fields one record may have: each costs a hundred bytes and more of objects whatever
     * its size, so 8 MiB of {@code "k1":1,"k2":1,...} alone would be some 80 MiB of heap.
     */
    public static final int MAX_FIELDS_PER_RECORD = 100_000;

    public RecordOptions {
        if (maxRecordBytes < 1 || maxRecordBytes > MAX_MAX_RECORD_BYTES) {
            throw new IllegalArgumentException("maxRecordBytes must be 1.." + MAX_MAX_RECORD_BYTES + ": " + maxRecordBytes);
        }
    }

    /** These options with the default {@link #maxRecordBytes()}. */
    public RecordOptions(Format format, boolean skipMalformed) {
        this(format, skipMalformed, DEFAULT_MAX_RECORD_BYTES);
    }

    /** Decide the format from the content; throw on a malformed line; records of at most 4 MiB. */
    public static RecordOptions defaults() {
        return new RecordOptions(null, false);
    }

    /** These options with another format. */
    public RecordOptions withFormat(Format newFormat) {
        return new RecordOptions(newFormat, skipMalformed, maxRecordBytes);
    }

    /** These options, skipping (and counting) malformed lines. */
    public RecordOptions skippingMalformed() {
        return new RecordOptions(format, true, maxRecordBytes);
    }

    /** These options with another limit on a record's size (raise it only with the heap to parse it). */
    public RecordOptions withMaxRecordBytes(int bytes) {
        return new RecordOptions(format, skipMalformed, bytes);
    }
}
