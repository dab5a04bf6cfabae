package dev.clssdk.core.internal.exec;

import dev.clssdk.core.http.ExchangeControl;
import java.time.Duration;

/**
 * Makes blocking calls interruptible on a transport that cannot notice an interrupt itself
 * ({@link dev.clssdk.core.http.HttpTransport#interruptible()}): blocking socket I/O (OkHttp's) reads a
 * stalled body until the read timeout, seconds later. A blocking attempt is watched while it runs:
 * one daemon thread per client looks every {@value #TICK_MILLIS} ms at the threads with an attempt in
 * flight and aborts the attempt of any that is interrupted, closing its socket at once.
 */
final class InterruptWatchdog {
    static final long TICK_MILLIS = 10;

    private final TickingWatchList<Watched> watched = new TickingWatchList<>("sdk-core interrupt watchdog",
            Duration.ofMillis(TICK_MILLIS), Watched::check);

    /** One attempt in flight and the thread blocked in it. */
    static final class Watched {
        private final Thread thread;
        private final ExchangeControl exchange;

        private Watched(Thread thread, ExchangeControl exchange) {
            this.thread = thread;
            this.exchange = exchange;
        }

        private void check() {
            if (thread.isInterrupted()) {
                exchange.abort();
            }
        }
    }

    /**
     * Watches {@code exchange}, made by the current thread.
     *
     * @return what to give {@link #unwatch} when the attempt ends
     */
    Watched watch(ExchangeControl exchange) {
        Watched attempt = new Watched(Thread.currentThread(), exchange);
        watched.add(attempt);
        return attempt;
    }

    void unwatch(Watched attempt) {
        watched.remove(attempt);
    }

    void stop() {
        watched.stop();
    }
}
