package dev.clssdk.core.internal.exec;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Things in flight that one daemon thread looks at every tick (a deadline passed? the caller
 * interrupted?). Adding and removing cost no thread wake-up while the thread ticks, which it keeps
 * doing for a second after the list empties: a thread woken per call, or a timer task scheduled per
 * call, cost a context switch on every call. Idle longer, the thread parks until something is added,
 * and after {@link #RETIRE_NANOS} more it ends (an owner nobody closes keeps no thread); the next
 * {@link #add} starts it again. A check runs up to one tick late.
 *
 * @param <T> what is watched
 */
public final class TickingWatchList<T> {
    /** How long the thread keeps ticking after the list empties. */
    static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long the thread stays parked with nothing to watch before it ends. */
    static final long RETIRE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final String threadName;
    private final long tickNanos;
    private final Consumer<T> check;
    private final Set<T> watched = ConcurrentHashMap.newKeySet();
    private volatile Thread thread;
    private volatile boolean stopped;
    /**
     * Set by the thread before it looks for work and parks for long; {@link #add} wakes it only then.
     * Set before the look and read after the add, so either the thread sees the item or the adder
     * sees it idle.
     */
    private volatile boolean idle;

    /**
     * @param threadName the name of the daemon thread
     * @param tick how often each item is checked
     * @param check looks at one item; runs on the daemon thread and must not block
     */
    public TickingWatchList(String threadName, java.time.Duration tick, Consumer<T> check) {
        this.threadName = threadName;
        this.tickNanos = tick.toNanos();
        this.check = check;
    }

    /** Watches {@code item} until {@link #remove}; once stopped, does nothing. */
    public void add(T item) {
        watched.add(item);
        // Under the lock retire() takes, so a thread that is ending is never the one relied on.
        Thread running = start();
        if (running != null && idle) {
            LockSupport.unpark(running);
        }
    }

    /** Stops watching {@code item}. */
    public void remove(T item) {
        watched.remove(item);
    }

    /** Ends the thread; nothing added afterwards is watched. */
    public void stop() {
        stopped = true;
        watched.clear();
        Thread running = thread;
        if (running != null) {
            LockSupport.unpark(running);
        }
    }

    private synchronized Thread start() {
        if (thread == null && !stopped) {
            Thread ticking = new Thread(this::run, threadName);
            ticking.setDaemon(true);
            thread = ticking;
            ticking.start();
        }
        return thread;
    }

    /**
     * Ends the thread if nothing is watched; under the same lock as {@link #start()}, so an item
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
        long busyAt = System.nanoTime();
        while (!stopped) {
            long now = System.nanoTime();
            if (!watched.isEmpty()) {
                busyAt = now;
                for (T item : watched) {
                    check.accept(item);
                }
            } else if (now - busyAt >= LINGER_NANOS) {
                idle = true;
                if (watched.isEmpty()) {
                    LockSupport.parkNanos(this, RETIRE_NANOS);
                    idle = false;
                    if (watched.isEmpty() && System.nanoTime() - now >= RETIRE_NANOS && retire()) {
                        return;
                    }
                }
                idle = false;
                busyAt = System.nanoTime();
                continue;
            }
            LockSupport.parkNanos(this, tickNanos);
        }
    }
}
