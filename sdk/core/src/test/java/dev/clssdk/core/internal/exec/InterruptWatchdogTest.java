package dev.clssdk.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.http.ExchangeControl;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The watchdog aborts the exchange of an interrupted thread within a few ticks, and only that one. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptWatchdogTest {
    private final InterruptWatchdog watchdog = new InterruptWatchdog();

    @AfterEach
    void stop() {
        watchdog.stop();
    }

    @Test
    void anInterruptedThreadsExchangeIsAbortedAndNoOther() throws Exception {
        ExchangeControl other = new ExchangeControl();
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            InterruptWatchdog.Watched watched = watchdog.watch(other);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                watchdog.unwatch(watched);
            }
        });
        busy.start();
        try {
            ExchangeControl exchange = new ExchangeControl();
            CountDownLatch aborted = new CountDownLatch(1);
            exchange.onAbort(aborted::countDown);
            CountDownLatch watching = new CountDownLatch(1);
            Thread caller = new Thread(() -> {
                InterruptWatchdog.Watched watched = watchdog.watch(exchange);
                watching.countDown();
                // Blocking I/O ignores interrupts: spin, as a read stuck in a socket would stay, until aborted.
                while (aborted.getCount() > 0) {
                    Thread.onSpinWait();
                }
                watchdog.unwatch(watched);
            });
            caller.start();
            watching.await();
            long start = System.nanoTime();
            caller.interrupt();

            assertThat(aborted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
            assertThat(other.isAborted()).isFalse();
            caller.join(5_000);
        } finally {
            release.countDown();
            busy.join(5_000);
        }
    }
}
