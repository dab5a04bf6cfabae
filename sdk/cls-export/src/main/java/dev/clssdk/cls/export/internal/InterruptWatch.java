package dev.clssdk.cls.export.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Makes a blocking download interruptible. A socket read does not notice {@link Thread#interrupt()}
 * (Okio checks the flag only before a read, so a stalled server held an interrupted thread until the
 * read timeout, 30 s), so the calls in flight are watched: one daemon thread, shared, looks every
 * {@value #TICK_MILLIS} ms at the threads with a call in flight and closes the call of any that is
 * interrupted, so its read fails at once and the download sees the interrupt. It parks while nothing
 * is watched.
 */
final class InterruptWatch {

    static final long TICK_MILLIS = 10;
    private static final Map<Thread, Closeable> WATCHED = new ConcurrentHashMap<>();
    private static volatile Thread watcher;

    private InterruptWatch() {
    }

    /** Closes {@code call} if the current thread is interrupted while it is watched. */
    static void watch(Closeable call) {
        WATCHED.put(Thread.currentThread(), call);
        LockSupport.unpark(watcher());
    }

    static void unwatch() {
        WATCHED.remove(Thread.currentThread());
    }

    private static Thread watcher() {
        Thread running = watcher;
        if (running == null) {
            synchronized (InterruptWatch.class) {
                running = watcher;
                if (running == null) {
                    running = new Thread(InterruptWatch::run, "cls-export interrupt watch");
                    running.setDaemon(true);
                    running.start();
                    watcher = running;
                }
            }
        }
        return running;
    }

    private static void run() {
        while (true) {
            if (WATCHED.isEmpty()) {
                LockSupport.park(InterruptWatch.class);
                continue;
            }
            for (Map.Entry<Thread, Closeable> entry : WATCHED.entrySet()) {
                if (entry.getKey().isInterrupted() && WATCHED.remove(entry.getKey(), entry.getValue())) {
                    try {
                        entry.getValue().close();
                    } catch (IOException | RuntimeException ignored) {
                        // the interrupted thread reports the interrupt, not this
                    }
                }
            }
            LockSupport.parkNanos(InterruptWatch.class, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
        }
    }
}
