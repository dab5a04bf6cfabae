package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.CosPathExpiredException;
import dev.clssdk.cls.export.DownloadFailedException;
import dev.clssdk.cls.export.ExportFileNotFoundException;
import dev.clssdk.cls.export.ExportSizeMismatchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Call;
import okhttp3.Interceptor;
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
 * failure is one of the typed export exceptions, never a raw {@link IOException} nor an unchecked
 * exception from parsing what the server sent (its status, {@code Content-Length} and
 * {@code Content-Range} are checked here, not trusted to OkHttp's lenient reading); and every
 * response is closed on every path that does not go on to read its body.
 */
public final class ResumingDownload extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ResumingDownload.class);

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
            } catch (RuntimeException e) {
                CosUrl url = source.url();
                closeResponse();
                throw unreadable(url, e);
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
        } catch (MalformedAnswer e) {
            control.current(null);
            throw protocolError(url, e.status, e.what);
        } catch (IOException e) {
            failed(e);
            return;
        } catch (Exception e) {
            // OkHttp's connect phase can rethrow an InterruptedException undeclared (Kotlin); anything
            // else unchecked from the client is not a connection failure worth repeating.
            control.current(null);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                control.check("downloading");
            }
            throw unreadable(url, e);
        }
        lastStatus = r.code();
        LOG.debug("GET {} (from byte {}) -> {}", url.redacted(), position, r.code());
        try {
            answered(r, url);
        } finally {
            if (response != r) {
                // Every path that does not read this body, including a failure, frees its connection.
                r.close();
            }
        }
    }

    /** Acts on one response; a body to read becomes {@link #response}, anything else is closed by the caller. */
    private void answered(Response r, CosUrl url) {
        int code = r.code();
        if (code < 100 || code > 599) {
            throw protocolError(url, code, "a status outside HTTP's 100-599");
        }
        switch (code) {
            case 200 -> startBody(r, 0, declaredLength(r), url);
            case 206 -> {
                String header = r.header("Content-Range");
                HttpRanges.ContentRange range = HttpRanges.contentRange(header);
                if (range == null) {
                    throw protocolError(url, code, header == null ? "no Content-Range"
                            : "a Content-Range that is not a byte range of a file " + HttpRanges.quote(header));
                }
                if (range.total() >= 0 && expected >= 0 && range.total() != expected) {
                    throw new ExportSizeMismatchException(exportId, "Export " + exportId + ": COS reports a file of "
                            + range.total() + " bytes, FileSize says " + expected, expected, range.total());
                }
                long length = declaredLength(r);
                if (length >= 0 && length != range.length()) {
                    throw protocolError(url, code, "a Content-Length of " + length + " for a Content-Range of "
                            + range.length() + " bytes");
                }
                if (range.start() != position) {
                    // A range we did not ask for: ask for the whole file and skip what we have.
                    if (ignoreRange) {
                        failed(new IOException("HTTP 206 for a range not asked for"));
                    }
                    ignoreRange = true;
                    return;
                }
                startBody(r, position, range.length(), url);
            }
            case 416 -> {
                if (expected >= 0 && position >= expected) {
                    eof = true;
                    body = InputStream.nullInputStream();
                    return;
                }
                throw new ExportSizeMismatchException(exportId, "Export " + exportId + ": COS has no bytes from "
                        + position + " on (HTTP 416); the file is shorter than expected", expected, position);
            }
            case 403 -> {
                if (!refreshed) {
                    refreshed = true;
                    r.close(); // before describing the task again, which may take a while
                    if (source.refresh()) {
                        LOG.debug("Export {}: CosPath refused (403), described again for a fresh one", exportId);
                        return;
                    }
                }
                throw new CosPathExpiredException(exportId, "Export " + exportId + ": COS refused the download address ("
                        + url.redacted() + ", HTTP 403); it is valid for about an hour: describe the task again"
                        + " (DescribeExports) for a fresh CosPath");
            }
            case 404 -> throw new ExportFileNotFoundException(exportId, "Export " + exportId + ": COS has no file at "
                    + url.redacted() + " (HTTP 404); export files expire 3 days after the task");
            default -> {
                if (code >= 500 || code == 429 || code == 408) {
                    r.close();
                    failed(new IOException("HTTP " + code));
                    return;
                }
                throw new DownloadFailedException(exportId, "Export " + exportId + ": COS answered HTTP " + code
                        + " for " + url.redacted(), code, requests, position, null);
            }
        }
    }

    /**
     * Refuses a response whose {@code Content-Length} is not one value of plain digits that a long can
     * hold, before anything reads its body. It has to be a network interceptor: OkHttp reads a
     * malformed or too big length as "unknown" (the body then ends wherever the connection does), and
     * a negative one as a length, whose body then throws a raw {@link IllegalArgumentException} when
     * read, and again when closed, so that its connection can never be released. An exception thrown
     * here instead makes OkHttp abandon the exchange and release the connection; {@link #open()} turns
     * it into a {@link DownloadFailedException}.
     */
    public static final Interceptor REFUSE_MALFORMED_LENGTH = chain -> {
        Response response = chain.proceed(chain.request());
        String problem = null;
        long length = -1;
        for (String value : response.headers("Content-Length")) {
            long n = HttpRanges.nonNegativeLong(value.trim());
            if (n < 0) {
                problem = "a malformed Content-Length " + HttpRanges.quote(value);
                break;
            }
            if (length >= 0 && n != length) {
                problem = "two different Content-Length values";
                break;
            }
            length = n;
        }
        if (problem != null) {
            throw new MalformedAnswer(response.code(), problem);
        }
        return response;
    };

    /** A response {@link #REFUSE_MALFORMED_LENGTH} refused: an I/O failure to OkHttp, a protocol error to us. */
    private static final class MalformedAnswer extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String what;

        MalformedAnswer(int status, String what) {
            super("HTTP " + status + " with " + what);
            this.status = status;
            this.what = what;
        }
    }

    /** The body's declared length (checked by {@link #REFUSE_MALFORMED_LENGTH}), or -1 when none is (or it is chunked). */
    private static long declaredLength(Response r) {
        return r.body().contentLength() < 0 ? -1 : HttpRanges.nonNegativeLong(r.header("Content-Length", "").trim());
    }

    private DownloadFailedException protocolError(CosUrl url, int code, String what) {
        return new DownloadFailedException(exportId, "Export " + exportId + ": COS answered HTTP " + code + " with "
                + what + " (" + url.redacted() + ")", code, requests, position, null);
    }

    /** A failure of the HTTP client that is neither an I/O error nor one of ours: typed, with the cause kept. */
    private DownloadFailedException unreadable(CosUrl url, Exception e) {
        return new DownloadFailedException(exportId, "Export " + exportId + ": the HTTP client could not read the response"
                + " from " + url.redacted() + " (" + e.getClass().getSimpleName() + ")", lastStatus, requests, position, e);
    }

    private void startBody(Response r, long from, long length, CosUrl url) {
        ResponseBody responseBody = r.body();
        if (expected >= 0 && length >= 0 && from + length != expected) {
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
        } catch (RuntimeException e) {
            CosUrl url = source.url();
            closeResponse();
            throw unreadable(url, e);
        }
    }

    private void failed(IOException e) {
        closeResponse();
        lastFailure = e;
        if (isInterruption(e)) {
            throw control.cancelled("downloading", e);
        }
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

    /**
     * Whether the failure is the thread's interrupt: Okio's {@code InterruptedIOException} other than
     * a timeout (whose message is "timeout", or a {@link SocketTimeoutException}).
     */
    private static boolean isInterruption(IOException e) {
        return Thread.currentThread().isInterrupted() || (e instanceof InterruptedIOException
                && !(e instanceof SocketTimeoutException) && !"timeout".equals(e.getMessage()));
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
