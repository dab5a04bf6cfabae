package dev.clssdk.cls.export;

import dev.clssdk.cls.export.internal.ArchiveRecords;
import dev.clssdk.cls.export.internal.CosUrl;
import dev.clssdk.cls.export.internal.JobControl;
import dev.clssdk.cls.export.internal.ProgressMeter;
import dev.clssdk.cls.export.internal.ResumingDownload;
import dev.clssdk.cls.model.ExportInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Downloads a completed export's file from its {@code CosPath}: to a file, atomically; as a stream;
 * or straight into records. Connections that drop are resumed with HTTP {@code Range} (bounded
 * attempts, exponential backoff); a server that ignores the range restarts from the beginning with
 * the bytes already delivered skipped; the byte count is held to {@code FileSize}. Only HTTPS
 * addresses are followed. Thread-safe; share one.
 *
 * <p>Without a {@link dev.clssdk.cls.ClsClient} it cannot get a fresh {@code CosPath}: an expired one
 * ends in {@link CosPathExpiredException}. {@link ClsExporter} describes the task again once.
 */
public final class ExportDownloader {

    private final OkHttpClient http;
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffCap;
    private final ProgressListener listener;
    private final Duration progressInterval;
    private final boolean allowHttpToLoopback;

    private ExportDownloader(Builder b) {
        OkHttpClient base = b.okHttpClient != null ? b.okHttpClient : new OkHttpClient();
        this.http = base.newBuilder()
                .connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(0, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followSslRedirects(false)
                .addNetworkInterceptor(ResumingDownload.REFUSE_MALFORMED_LENGTH)
                .build();
        this.maxAttempts = b.maxAttempts;
        this.backoffBase = b.backoffBase;
        this.backoffCap = b.backoffCap;
        this.listener = b.listener;
        this.progressInterval = b.progressInterval;
        this.allowHttpToLoopback = b.allowHttpToLoopback;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A downloader with the defaults (5 attempts without progress, backoff 200 ms to 10 s, 30 s read timeout). */
    public static ExportDownloader create() {
        return builder().build();
    }

    /**
     * Downloads the export's file to {@code target}: written to a temporary file in the same
     * directory, checked against {@code FileSize}, forced to disk and renamed onto {@code target}
     * (replacing it). On any failure the temporary file is removed and {@code target} is untouched.
     */
    public DownloadResult download(ExportInfo export, Path target) {
        return download(export, target, null, JobControl.unbounded(), listener);
    }

    /** The export's file as a stream (resuming as needed; at its end the byte count has been checked). Close it. */
    public InputStream open(ExportInfo export) {
        return stream(export, null, JobControl.unbounded(), listener);
    }

    /** The export's records, read as the file downloads; the format is the task's {@code Format} unless the options name one. */
    public ExportRecords records(ExportInfo export, RecordOptions options) {
        return records(export, options, null, JobControl.unbounded(), listener);
    }

    ProgressListener listener() {
        return listener;
    }

    ExportRecords records(ExportInfo export, RecordOptions options, Refresher refresher, JobControl control,
            ProgressListener progress) {
        ProgressMeter meter = meter(export, progress, control);
        ResumingDownload in = download(export, refresher, control, meter);
        RecordOptions effective = options.format() != null ? options : options.withFormat(export.format());
        return new ExportRecords(new ArchiveRecords(in, effective, export.exportId(), meter), meter);
    }

    InputStream stream(ExportInfo export, Refresher refresher, JobControl control, ProgressListener progress) {
        ProgressMeter meter = meter(export, progress, control);
        ResumingDownload in = download(export, refresher, control, meter);
        return new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = in.read(b, off, len);
                if (n < 0) {
                    meter.finish();
                }
                return n;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    DownloadResult download(ExportInfo export, Path target, Refresher refresher, JobControl control,
            ProgressListener progress) {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        ProgressMeter meter = meter(export, progress, control);
        ResumingDownload in = download(export, refresher, control, meter);
        Path temp = null;
        try (in) {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            control.temporaryFile(temp, "writing " + absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            control.check("writing " + absolute); // a cancel now has deleted the file: no rename of a half
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            control.temporaryFileDone(temp);
            temp = null;
            meter.finish();
            return new DownloadResult(absolute, in.position(), in.requests());
        } catch (IOException e) {
            if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException
                    || Thread.currentThread().isInterrupted() || control.isCancelled()) {
                // The file channel closes itself when its thread is interrupted; a cancel deletes the file under it.
                throw control.cancelled("writing " + absolute, e);
            }
            throw new ExportException(export.exportId(), "Export " + export.exportId() + ": cannot write " + absolute
                    + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover .part file is named as such
                }
                control.temporaryFileDone(temp);
            }
        }
    }

    private ProgressMeter meter(ExportInfo export, ProgressListener progress, JobControl control) {
        return new ProgressMeter(progress, progressInterval, export.exportId(), expectedBytes(export), control.startNanos());
    }

    private static long expectedBytes(ExportInfo export) {
        return export.fileSize() == null || export.fileSize() < 0 ? -1 : export.fileSize();
    }

    private ResumingDownload download(ExportInfo export, Refresher refresher, JobControl control, ProgressMeter meter) {
        Objects.requireNonNull(export, "export");
        String exportId = export.exportId();
        if (control.exportId() == null) {
            control.exportId(exportId); // so that a cancel or an interrupt names the task
        }
        CosUrl first = CosUrl.parse(exportId, export.cosPath(), allowHttpToLoopback);
        ResumingDownload.Source source = new ResumingDownload.Source() {
            private CosUrl url = first;

            @Override
            public CosUrl url() {
                return url;
            }

            @Override
            public boolean refresh() {
                if (refresher == null) {
                    return false;
                }
                ExportInfo fresh = refresher.refresh(export);
                if (fresh == null || fresh.cosPath() == null || fresh.cosPath().isBlank()) {
                    return false;
                }
                url = CosUrl.parse(exportId, fresh.cosPath(), allowHttpToLoopback);
                return true;
            }
        };
        return new ResumingDownload(http, source, exportId, expectedBytes(export), maxAttempts, backoffBase, backoffCap,
                control, meter);
    }

    /** Describes a task again for a fresh {@code CosPath}; {@code null} when it is no longer listed or not completed. */
    interface Refresher {
        ExportInfo refresh(ExportInfo stale);
    }

    /** Settings; each is checked when set. */
    public static final class Builder {
        private OkHttpClient okHttpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private int maxAttempts = 5;
        private Duration backoffBase = Duration.ofMillis(200);
        private Duration backoffCap = Duration.ofSeconds(10);
        private ProgressListener listener = ProgressListener.NONE;
        private Duration progressInterval = Duration.ofMillis(250);
        private boolean allowHttpToLoopback;

        private Builder() {
        }

        /** An OkHttp client to derive from (its pool and dispatcher are shared; proxies, TLS settings kept). */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long a read may stall before the connection counts as dropped (and is resumed). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** Failed requests in a row, without a byte of progress, before giving up (default 5). */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1 || attempts > 100) {
                throw new IllegalArgumentException("maxAttempts must be 1..100: " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /** Backoff between resume attempts: base·2ⁿ⁻¹ capped at {@code cap}, jittered to half of that to all of it. */
        public Builder backoff(Duration base, Duration cap) {
            if (base.isNegative() || cap.isNegative() || cap.compareTo(base) < 0) {
                throw new IllegalArgumentException("backoff needs 0 <= base <= cap");
            }
            this.backoffBase = base;
            this.backoffCap = cap;
            return this;
        }

        /** Told about download progress (and, through {@link ClsExporter}, the task's status changes). */
        public Builder progressListener(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "progressListener");
            return this;
        }

        /** The least time between two progress events (default 250 ms). */
        public Builder progressInterval(Duration interval) {
            this.progressInterval = positive(interval, "progressInterval");
            return this;
        }

        /**
         * For tests only: accept {@code http://} addresses whose host is a loopback literal
         * ({@code 127.0.0.1}, {@code ::1}, {@code localhost}). Any other non-HTTPS address is refused
         * with {@link InsecureCosPathException} either way.
         */
        public Builder allowHttpToLoopbackForTests(boolean allow) {
            this.allowHttpToLoopback = allow;
            return this;
        }

        public ExportDownloader build() {
            return new ExportDownloader(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
