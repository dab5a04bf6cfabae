package dev.clssdk.core.internal.auth;

import dev.clssdk.core.auth.CallLimits;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds a blocking fetch that no timeout of its own can bound: {@link java.net.HttpURLConnection}'s
 * read timeout is per read, so a peer that trickles a byte now and then holds it for ever, and
 * neither an interrupt nor a cancelled call reaches a blocked read. While a fetch is watched, one
 * shared daemon thread looks every {@value #TICK_MILLIS} ms whether its total time is up, the call it
 * is for is over ({@link CallLimits}) or its thread was interrupted, and then aborts it (closing the
 * connection, which ends the blocked read at once). The thread exists only while something is watched.
 */
public final class FetchWatchdog {
    static final long TICK_MILLIS = 10;

    /** Why a watched fetch was aborted. */
    public enum Reason {
        /** Its own total time limit passed. */
        TIME_LIMIT,
        /** The call's deadline passed, or the call was cancelled. */
        CALL_OVER,
        /** Its thread was interrupted. */
        INTERRUPTED
    }

    private static final ScheduledExecutorService TICKS = newTicks();

    private FetchWatchdog() {
    }

    private static ScheduledExecutorService newTicks() {
        ScheduledThreadPoolExecutor ticks = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "sdk-core credentials fetch watchdog");
            thread.setDaemon(true);
            return thread;
        });
        ticks.setKeepAliveTime(1, TimeUnit.SECONDS);
        ticks.allowCoreThreadTimeOut(true);
        ticks.setRemoveOnCancelPolicy(true);
        return ticks;
    }

    /**
     * Watches the current thread's fetch until the returned watch is closed.
     *
     * @param limitNanos the fetch's own total time limit
     * @param limits the limits of the call it is for
     * @param abort aborts the fetch (closes its connection); may be called from another thread
     * @return the watch: close it when the fetch ends, then ask it why it was aborted, if it was
     */
    public static Watch watch(long limitNanos, CallLimits limits, Runnable abort) {
        return new Watch(System.nanoTime() + limitNanos, limits, abort, Thread.currentThread());
    }

    /** One watched fetch. */
    public static final class Watch implements AutoCloseable {
        private final long deadlineNanos;
        private final CallLimits limits;
        private final Runnable abort;
        private final Thread thread;
        private final ScheduledFuture<?> ticks;
        private volatile Reason reason;

        Watch(long deadlineNanos, CallLimits limits, Runnable abort, Thread thread) {
            this.deadlineNanos = deadlineNanos;
            this.limits = limits;
            this.abort = abort;
            this.thread = thread;
            this.ticks = TICKS.scheduleWithFixedDelay(this::check, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }

        /**
         * The time left of the fetch's own limit and the call's deadline, whichever ends first.
         *
         * @return milliseconds, at least 1
         */
        public int remainingMillis() {
            long end = Math.min(deadlineNanos, limits.deadlineNanos());
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        }

        private void check() {
            if (reason != null) {
                return;
            }
            Reason found = thread.isInterrupted() ? Reason.INTERRUPTED
                    : limits.isOver() ? Reason.CALL_OVER
                    : System.nanoTime() - deadlineNanos >= 0 ? Reason.TIME_LIMIT
                    : null;
            if (found != null) {
                reason = found;
                abort.run();
            }
        }

        /**
         * Why the fetch was aborted; also tells of an interrupt or a call that ended just before the
         * watchdog looked.
         *
         * @return the reason, or {@code null} if it was not
         */
        public Reason reason() {
            check();
            return reason;
        }

        @Override
        public void close() {
            ticks.cancel(false);
        }
    }
}
