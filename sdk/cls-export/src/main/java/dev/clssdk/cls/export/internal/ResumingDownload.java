package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.CosPathExpiredException;
import dev.clssdk.cls.export.DownloadFailedException;
import dev.clssdk.cls.export.ExportFileNotFoundException;
import dev.clssdk.cls.export.ExportSizeMismatchException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export file as one stream, whatever happens to the connections under it: a connection that
 * drops is resumed with {@code Range: bytes=N-} after a backoff (at most {@code maxAttempts} failed
 * requests in a row without a byte of progress); a server that ignores the range and answers 200
 * from the start has the bytes already delivered skipped, so the reader sees each byte once; the
 * byte count is held to {@code FileSize}; 403 asks the source for a fresh address once; every
 * failure is one of the typed export exceptions, never a raw {@link IOException}.
 */
public final class ResumingDownload extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ResumingDownload.class);
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    /** Where the bytes are: the current address, and a way to get a fresh one. */
    public interface Source {
        CosUrl url();

        /** Describes the task again for a fresh address; returns whether there is one (called at most once). */
        default boolean refresh() {
            return false;
        }
    }

    private final OkHttpClient http;
    private final Source source;
    private final String exportId;
    private final long expected;
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffCap;
    private final JobControl control;
    private final ProgressMeter meter;

    private Response response;
    private InputStream body;
    private long bodyDeclaredLength;
    private long position;
    private int requests;
    private int failuresInARow;
    private int lastStatus;
    private boolean refreshed;
    private boolean ignoreRange;
    private boolean eof;
    private IOException lastFailure;

    public ResumingDownload(OkHttpClient http, Source source, String exportId, long expectedBytes, int maxAttempts,
            Duration backoffBase, Duration backoffCap, JobControl control, ProgressMeter meter) {
        this.http = http;
        this.source = source;
        this.exportId = exportId;
        this.expected = expectedBytes;
        this.maxAttempts = maxAttempts;
        this.backoffBase = backoffBase;
        this.backoffCap = backoffCap;
        this.control = control;
        this.meter = meter;
    }

    /** Bytes of the file delivered so far. */
    public long position() {
        return position;
    }

    /** HTTP requests made so far. */
    public int requests() {
        return requests;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (eof) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        while (true) {
            control.check("downloading");
            if (body == null) {
                open();
                continue;
            }
            int n;
            try {
                n = body.read(b, off, len);
            } catch (IOException e) {
                failed(e);
                continue;
            }
            if (n < 0) {
                closeResponse();
                if (expected >= 0 && position < expected) {
                    if (bodyDeclaredLength < 0) {
                        // No declared length: a close looks like an end; treat it as a drop and resume.
                        failed(new IOException("connection closed before FileSize was reached"));
                        continue;
                    }
                    throw new ExportSizeMismatchException(exportId, "Export " + exportId + ": the file served ("
                            + source.url().redacted() + ") is shorter than FileSize: " + position + " of " + expected
                            + " bytes", expected, position);
                }
                eof = true;
                return -1;
            }
            if (n == 0) {
                continue;
            }
            position += n;
            failuresInARow = 0;
            if (expected >= 0 && position > expected) {
                closeResponse();
                throw new ExportSizeMismatchException(exportId, "Export " + exportId + ": the file served ("
                        + source.url().redacted() + ") is longer than FileSize (" + expected + " bytes)", expected, position);
            }
            meter.addBytes(n);
            return n;
        }
    }

    private void open() {
        requests++;
        CosUrl url = source.url();
        Request.Builder request = new Request.Builder().url(url.url()).get().header("Accept-Encoding", "identity");
        boolean ranged = position > 0 && !ignoreRange;
        if (ranged) {
            request.header("Range", "bytes=" + position + "-");
        }
        Call call = http.newCall(request.build());
        control.current(call::cancel);
        Response r;
        try {
            r = call.execute();
        } catch (IOException e) {
            failed(e);
            return;
        }
        lastStatus = r.code();
        LOG.debug("GET {} (from byte {}) -> {}", url.redacted(), position, r.code());
        switch (r.code()) {
            case 200 -> startBody(r, 0, url);
            case 206 -> {
                Matcher m = CONTENT_RANGE.matcher(String.valueOf(r.header("Content-Range")));
                long start = m.matches() ? Long.parseLong(m.group(1)) : -1;
                if (m.matches() && !m.group(3).equals("*") && expected >= 0 && Long.parseLong(m.group(3)) != expected) {
                    r.close();
                    throw new ExportSizeMismatchException(exportId, "Export " + exportId + ": COS reports a file of "
                            + m.group(3) + " bytes, FileSize says " + expected, expected, Long.parseLong(m.group(3)));
                }
                if (start != position) {
                    // A range we did not ask for: ask for the whole file and skip what we have.
                    r.close();
                    if (ignoreRange) {
                        failed(new IOException("HTTP 206 for a range not asked for"));
                    }
                    ignoreRange = true;
                    return;
                }
                startBody(r, position, url);
            }
            case 416 -> {
                r.close();
                if (expected >= 0 && position >= expected) {
                    eof = true;
                    body = InputStream.nullInputStream();
                    return;
                }
                throw new ExportSizeMismatchException(exportId, "Export " + exportId + ": COS has no bytes from "
                        + position + " on (HTTP 416); the file is shorter than expected", expected, position);
            }
            case 403 -> {
                r.close();
                if (!refreshed) {
                    refreshed = true;
                    if (source.refresh()) {
                        LOG.debug("Export {}: CosPath refused (403), described again for a fresh one", exportId);
                        return;
                    }
                }
                throw new CosPathExpiredException(exportId, "Export " + exportId + ": COS refused the download address ("
                        + url.redacted() + ", HTTP 403); it is valid for about an hour: describe the task again"
                        + " (DescribeExports) for a fresh CosPath");
            }
            case 404 -> {
                r.close();
                throw new ExportFileNotFoundException(exportId, "Export " + exportId + ": COS has no file at "
                        + url.redacted() + " (HTTP 404); export files expire 3 days after the task");
            }
            default -> {
                r.close();
                if (r.code() >= 500 || r.code() == 429 || r.code() == 408) {
                    failed(new IOException("HTTP " + r.code()));
                    return;
                }
                throw new DownloadFailedException(exportId, "Export " + exportId + ": COS answered HTTP " + r.code()
                        + " for " + url.redacted(), r.code(), requests, position, null);
            }
        }
    }

    private void startBody(Response r, long from, CosUrl url) {
        ResponseBody responseBody = r.body();
        long length = responseBody.contentLength();
        if (expected >= 0 && length >= 0 && from + length != expected) {
            r.close();
            String relation = from + length > expected ? "longer" : "shorter";
            throw new ExportSizeMismatchException(exportId, "Export " + exportId + ": the file served (" + url.redacted()
                    + ") is " + relation + " than FileSize: " + (from + length) + " bytes, FileSize " + expected,
                    expected, from + length);
        }
        response = r;
        bodyDeclaredLength = length;
        body = responseBody.byteStream();
        if (from < position) {
            LOG.debug("Export {}: server ignored the range; skipping {} bytes already read", exportId, position);
            skipFully(position - from);
        }
    }

    private void skipFully(long n) {
        byte[] scratch = new byte[64 * 1024];
        long left = n;
        try {
            while (left > 0) {
                int got = body.read(scratch, 0, (int) Math.min(scratch.length, left));
                if (got < 0) {
                    throw new IOException("the restarted download ended before the resume point");
                }
                left -= got;
            }
        } catch (IOException e) {
            failed(e);
        }
    }

    private void failed(IOException e) {
        closeResponse();
        lastFailure = e;
        control.check("downloading");
        failuresInARow++;
        if (failuresInARow >= maxAttempts) {
            throw new DownloadFailedException(exportId, "Export " + exportId + ": download from "
                    + source.url().redacted() + " failed " + failuresInARow + " times in a row (" + requests
                    + " requests; received " + position + (expected >= 0 ? " of " + expected : "") + " bytes): "
                    + describe(lastFailure), lastStatus, requests, position, lastFailure);
        }
        long cap = Math.min(backoffCap.toMillis(), backoffBase.toMillis() << Math.min(20, failuresInARow - 1));
        long delay = cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap / 2, cap + 1);
        LOG.debug("Export {}: download interrupted at byte {} ({}); resuming in {} ms", exportId, position,
                describe(e), delay);
        control.sleep(Duration.ofMillis(delay), "downloading");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        // OkHttp's messages can carry the URL; keep only the kind of failure.
        if (message != null && message.contains("://")) {
            message = null;
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void closeResponse() {
        control.current(null);
        if (response != null) {
            response.close();
        }
        response = null;
        body = null;
    }

    @Override
    public void close() {
        closeResponse();
        eof = true;
    }
}
