package dev.clssdk.cls.export.internal;

import dev.clssdk.cls.export.ExportCancelledException;
import dev.clssdk.cls.export.ExportTimeoutException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One deadline and a cancel switch for everything a job does: sleeps wake up on cancel, and the
 * blocking call in progress (registered here) is aborted, so a cancelled or expired job stops
 * within moments even in the middle of a read; so does an interrupted one ({@link InterruptWatch}).
 * The job's temporary files are registered here too, and {@link #cancel()} deletes them itself: a
 * cancel from a JVM shutdown hook must not depend on the cancelled thread getting to its
 * {@code finally} before the JVM halts.
 */
public final class JobControl {

    private static final long UNBOUNDED = Long.MAX_VALUE;
    /** Aborts the blocking call in progress when a deadline passes (one daemon thread for all jobs). */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cls-export-deadline");
        t.setDaemon(true);
        return t;
    });

    private final long deadlineNanos;
    private final long startNanos;
    private final Duration timeout;
    private final String what;
    private volatile String exportId;
    private volatile boolean cancelled;
    private Closeable current;
    private final Set<Path> temporaryFiles = new HashSet<>();
    private ScheduledFuture<?> watchdog;

    private JobControl(Duration timeout, String what) {
        this.timeout = timeout;
        this.what = what;
        long now = System.nanoTime();
        this.startNanos = now;
        long nanos = timeout == null ? UNBOUNDED : saturatedNanos(timeout);
        this.deadlineNanos = nanos == UNBOUNDED || now + nanos < now ? UNBOUNDED : now + nanos;
    }

    /** No deadline; cancellable. */
    public static JobControl unbounded() {
        return new JobControl(null, "Export job");
    }

    public static JobControl withTimeout(Duration timeout) {
        return withTimeout(timeout, "Export job");
    }

    /** A deadline for {@code what} (named in messages: "Search timed out after ..."). */
    public static JobControl withTimeout(Duration timeout, String what) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        JobControl control = new JobControl(timeout, what);
        if (control.deadlineNanos != UNBOUNDED) {
            control.watchdog = WATCHDOG.schedule(control::abortCurrent, saturatedNanos(timeout), TimeUnit.NANOSECONDS);
        }
        return control;
    }

    /** Stops watching the deadline (the job is over). */
    public void disarm() {
        ScheduledFuture<?> w = watchdog;
        if (w != null) {
            w.cancel(false);
        }
    }

    private void abortCurrent() {
        Closeable toClose;
        synchronized (this) {
            toClose = current;
            notifyAll();
        }
        closeQuietly(toClose);
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return UNBOUNDED;
        }
    }

    /** When the job started ({@link System#nanoTime()}): every progress event's elapsed time counts from here. */
    public long startNanos() {
        return startNanos;
    }

    /** The time since the job started. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public void exportId(String id) {
        this.exportId = id;
    }

    public String exportId() {
        return exportId;
    }

    /** Time left, or {@code null} when unbounded. */
    public Duration remaining() {
        if (deadlineNanos == UNBOUNDED) {
            return null;
        }
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    public boolean expired() {
        return deadlineNanos != UNBOUNDED && System.nanoTime() - deadlineNanos >= 0;
    }

    /** Throws when cancelled, interrupted or past the deadline. */
    public void check(String doing) {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw cancelled(doing, null);
        }
        if (expired()) {
            throw timedOut(doing);
        }
    }

    /**
     * The exception a cancel or an interrupt ends the job with; an interrupt stays visible on the
     * thread (its flag set), as a caller that interrupts expects.
     */
    public ExportCancelledException cancelled(String doing, Throwable cause) {
        boolean interrupted = !cancelled;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ExportCancelledException(exportId, what + " " + (interrupted ? "interrupted" : "cancelled")
                + " while " + doing + (exportId == null ? "" : " (ExportId " + exportId + ")"), cause);
    }

    /** The job's timeout, as the exception it ends with. */
    public ExportTimeoutException timedOut(String doing) {
        return new ExportTimeoutException(exportId, what + " timed out after " + timeout + " while " + doing
                + (exportId == null ? "" : " (ExportId " + exportId + ")"), timeout);
    }

    /**
     * Whether a timeout of a call bounded by this job's deadline is that deadline: the call's
     * timeout was the time left, so it ends at the deadline (give or take the timer's precision).
     */
    public boolean reachedDeadline() {
        Duration left = remaining();
        return left != null && left.compareTo(Duration.ofMillis(50)) < 0;
    }

    /** Sleeps for {@code d} or until the deadline or a cancel, then {@link #check}s. */
    public synchronized void sleep(Duration d, String doing) {
        long until = System.nanoTime() + Math.max(0, saturatedNanos(d));
        if (deadlineNanos != UNBOUNDED && until - deadlineNanos > 0) {
            until = deadlineNanos;
        }
        try {
            long left;
            while (!cancelled && (left = until - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000), 0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        check(doing);
    }

    /** Stops the job: wakes a sleep, aborts the call in progress and deletes the job's temporary files. */
    public void cancel() {
        Closeable toClose;
        List<Path> toDelete;
        synchronized (this) {
            cancelled = true;
            toClose = current;
            toDelete = List.copyOf(temporaryFiles);
            temporaryFiles.clear();
            notifyAll();
        }
        closeQuietly(toClose);
        toDelete.forEach(JobControl::deleteQuietly);
    }

    /**
     * Registers a temporary file of the job, deleted by {@link #cancel()}; when the job is cancelled
     * already, deletes it at once and throws.
     */
    public void temporaryFile(Path file, String doing) {
        boolean late;
        synchronized (this) {
            late = cancelled;
            if (!late) {
                temporaryFiles.add(file);
            }
        }
        if (late) {
            deleteQuietly(file);
            throw cancelled(doing, null);
        }
    }

    /** The temporary file is gone (renamed or deleted by its writer). */
    public synchronized void temporaryFileDone(Path file) {
        temporaryFiles.remove(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException ignored) {
            // best effort: a leftover is named .part
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Registers the blocking resource the current thread is using (closed on cancel, on the deadline,
     * and when the thread is interrupted); {@code null} to clear.
     */
    public void current(Closeable resource) {
        boolean closeNow;
        synchronized (this) {
            current = resource;
            closeNow = cancelled && resource != null;
        }
        if (resource == null) {
            InterruptWatch.unwatch();
        } else {
            InterruptWatch.watch(resource);
        }
        if (closeNow) {
            closeQuietly(resource);
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException | RuntimeException ignored) {
                // cancelling: the failure it causes is what the job reports
            }
        }
    }
}
