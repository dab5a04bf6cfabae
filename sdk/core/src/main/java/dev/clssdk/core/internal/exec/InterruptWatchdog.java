package dev.clssdk.core.internal.exec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import dev.clssdk.core.http.ExchangeControl;

/**
 * Makes blocking calls interruptible whatever the transport. Blocking socket I/O (OkHttp's) does not
 * notice {@link Thread#interrupt()} (a stalled body was read until the read timeout, seconds later), so a blocking attempt is watched
 * while it runs: one daemon thread per client looks every {@value #TICK_MILLIS} ms at the threads
 * with an attempt in flight and cancels the attempt of any that is interrupted, closing its socket
 * at once. The thread parks when nothing is watched, ends after 5 s of that (a client nobody closes
 * keeps no thread) or when the client closes, and starts again with the next blocking attempt.
 */
final class InterruptWatchdog {
    static final long TICK_MILLIS = 10;
    /** How long the thread waits with nothing to watch before it ends. */
    static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Map<Thread, ExchangeControl> watched = new ConcurrentHashMap<>();
    private volatile Thread thread;
    private volatile boolean stopped;
    /**
     * Set by the thread before it looks for work and parks for long; a new attempt wakes it only then
     * (waking a thread is a system call, which every call paid when it was unconditional). Set before
     * the look and read after the put, so either the thread sees the attempt or the attempt sees it idle.
     */
    private volatile boolean idle;

    /** Watches {@code exchange}, made by the current thread, until {@link #unwatch()}. */
    void watch(ExchangeControl exchange) {
        watched.put(Thread.currentThread(), exchange);
        // Under the lock retire() takes, so a thread that is ending is never the one relied on.
        Thread running = start();
        if (running != null && idle) {
            LockSupport.unpark(running);
        }
    }

    void unwatch() {
        watched.remove(Thread.currentThread());
    }

    private synchronized Thread start() {
        if (thread == null && !stopped) {
            Thread watchdog = new Thread(this::run, "sdk-core interrupt watchdog");
            watchdog.setDaemon(true);
            thread = watchdog;
            watchdog.start();
        }
        return thread;
    }

    /**
     * Ends the thread if nothing is watched; under the same lock as {@link #start()}, so an attempt
     * added meanwhile either keeps it or starts a new one.
     */
    private synchronized boolean retire() {
        if (!watched.isEmpty()) {
            return false;
        }
        thread = null;
        return true;
    }

    private void run() {
        while (!stopped) {
            idle = true;
            if (watched.isEmpty()) {
                // Idle: park, and end after a while, so that a client nobody closes keeps no thread.
                long parkedAt = System.nanoTime();
                LockSupport.parkNanos(this, IDLE_NANOS);
                idle = false;
                if (watched.isEmpty() && System.nanoTime() - parkedAt >= IDLE_NANOS && retire()) {
                    return;
                }
                continue;
            }
            idle = false;
            for (Map.Entry<Thread, ExchangeControl> entry : watched.entrySet()) {
                if (entry.getKey().isInterrupted()) {
                    entry.getValue().abort();
                }
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
        }
    }

    void stop() {
        stopped = true;
        Thread running = thread;
        if (running != null) {
            LockSupport.unpark(running);
        }
    }
}
