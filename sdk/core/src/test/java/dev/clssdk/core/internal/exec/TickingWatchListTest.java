package dev.clssdk.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Items are checked every tick while they are watched, whether the thread was ticking or parked
 * idle when they were added (an idle thread parks for seconds and must be woken), and not after
 * they are removed or the list is stopped.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TickingWatchListTest {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch checked = new CountDownLatch(1);
    private final TickingWatchList<String> list = new TickingWatchList<>("test ticker", Duration.ofMillis(10), item -> {
        seen.add(item);
        checked.countDown();
    });

    @AfterEach
    void stop() {
        list.stop();
    }

    @Test
    void anItemAddedWhileTheThreadIsIdleIsCheckedWithinAFewTicks() throws Exception {
        for (int round = 0; round < 3; round++) {
            // Longer than the thread keeps ticking once the list is empty: it parks idle.
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(TickingWatchList.LINGER_NANOS) + 200);
            checked = new CountDownLatch(1);
            long start = System.nanoTime();
            list.add("round " + round);

            assertThat(checked.await(5, TimeUnit.SECONDS)).as("round %d checked", round).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("round %d", round).isLessThan(500);
            list.remove("round " + round);
        }
    }

    @Test
    void aRemovedItemIsNoLongerChecked() throws Exception {
        list.add("kept");
        list.add("removed");
        list.remove("removed");
        seen.clear();
        checked = new CountDownLatch(3);

        assertThat(checked.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("kept");
    }

    @Test
    void nothingIsCheckedOnceStopped() throws Exception {
        list.add("a");
        assertThat(checked.await(5, TimeUnit.SECONDS)).isTrue();
        list.stop();
        Thread.sleep(30); // a check already running may finish
        seen.clear();
        list.add("b");
        Thread.sleep(100);

        assertThat(seen).isEmpty();
    }
}
