package dev.clssdk.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.http.ExchangeControl;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The watchdog aborts the exchange of an interrupted thread within a few ticks, whether it was busy
 * or parked idle when the exchange began (an idle watchdog parks for seconds and must be woken).
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptWatchdogTest {
    private final InterruptWatchdog watchdog = new InterruptWatchdog();

    @AfterEach
    void stop() {
        watchdog.stop();
    }

    @Test
    void anInterruptedThreadsExchangeIsAbortedSoonAfterTheWatchdogWasIdle() throws Exception {
        for (int round = 0; round < 20; round++) {
            // Long enough for the watchdog to find nothing to watch and park for its idle time.
            Thread.sleep(3 * InterruptWatchdog.TICK_MILLIS);
            assertThat(abortDelayMillis()).as("round %d", round).isLessThan(1_000);
        }
    }

    @Test
    void anInterruptedThreadsExchangeIsAbortedWhileOthersAreWatched() throws Exception {
        ExchangeControl other = new ExchangeControl();
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            watchdog.watch(other);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                watchdog.unwatch();
            }
        });
        busy.start();
        try {
            assertThat(abortDelayMillis()).isLessThan(1_000);
            assertThat(other.isAborted()).isFalse();
        } finally {
            release.countDown();
            busy.join(5_000);
        }
    }

    /** Watches an exchange on a new thread, interrupts it and returns how long the abort took. */
    private long abortDelayMillis() throws InterruptedException {
        ExchangeControl exchange = new ExchangeControl();
        CountDownLatch aborted = new CountDownLatch(1);
        exchange.onAbort(aborted::countDown);
        CountDownLatch watching = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            watchdog.watch(exchange);
            watching.countDown();
            // Blocking I/O ignores interrupts: spin, as a read stuck in a socket would stay, until aborted.
            while (aborted.getCount() > 0) {
                Thread.onSpinWait();
            }
            watchdog.unwatch();
        });
        caller.start();
        watching.await();
        long start = System.nanoTime();
        caller.interrupt();
        boolean done = aborted.await(10, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        caller.join(5_000);
        assertThat(done).as("aborted within 10 s").isTrue();
        return millis;
    }
}
