package dev.clssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.client.WaiterDefinition;
import dev.clssdk.core.client.WaiterDefinition.Acceptor;
import dev.clssdk.core.client.WaiterDefinition.State;
import dev.clssdk.core.internal.exec.WaiterEngine;
import dev.clssdk.core.internal.retry.TimeSource;
import dev.clssdk.core.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WaiterEngineTest {
    record Task(String status) {}

    private static final WaiterDefinition<Task> DONE = WaiterDefinition.of("TaskDone", "DescribeTasks", List.of(
            new Acceptor<>("Status", Task::status, "Done", State.SUCCESS),
            new Acceptor<>("Status", Task::status, "Broken", State.FAILURE)), Duration.ofSeconds(1),
            Duration.ofSeconds(10));

    private final FakeTime time = new FakeTime(Instant.parse("2024-01-01T00:00:00Z"));
    private final WaiterEngine engine = new WaiterEngine(TimeSource.of(time, time), null, null);

    private static Supplier<Task> sequence(String... statuses) {
        Deque<Task> queue = new ArrayDeque<>();
        Arrays.stream(statuses).forEach(s -> queue.add(s == null ? new Task(null) : new Task(s)));
        return () -> queue.size() > 1 ? queue.poll() : queue.peek();
    }

    @Test
    void unknownValuesAndMissingTargetsKeepPollingUntilSuccess() {
        Deque<Task> answers = new ArrayDeque<>(List.of(new Task("Queued"), new Task("SomethingNew"), new Task("Done")));
        int[] polls = {0};
        Task done = engine.await(DONE, "TaskId=t", Duration.ofMinutes(1), () -> {
            polls[0]++;
            return polls[0] == 1 ? null : answers.poll();
        });
        assertThat(done.status()).isEqualTo("Done");
        assertThat(polls[0]).isEqualTo(4);
    }

    @Test
    void aFailureStateEndsTheWaitWithTheTarget() {
        assertThatThrownBy(() -> engine.await(DONE, "TaskId=t", Duration.ofMinutes(1), sequence("Queued", "Broken")))
                .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
                    assertThat(e.matched()).isEqualTo("Status=Broken");
                    assertThat(e.lastSeen(Task.class).status()).isEqualTo("Broken");
                    assertThat(e.getMessage()).contains("TaskDone").contains("TaskId=t");
                });
    }

    @Test
    void theTimeoutEndsTheWaitWithTheLastStateSeen() {
        assertThatThrownBy(() -> engine.await(DONE, "TaskId=t", Duration.ofSeconds(30), sequence("Queued")))
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                    assertThat(e.lastSeen(Task.class).status()).isEqualTo("Queued");
                    assertThat(e.polls()).isGreaterThan(2);
                    assertThat(e.getMessage()).contains("Status=Queued");
                });
    }

    @Test
    void anEnormousTimeoutDoesNotOverflowAndABadOneIsATypedError() {
        assertThat(engine.await(DONE, "t", Duration.ofDays(365_000), sequence("Queued", "Done")).status())
                .isEqualTo("Done");
        assertThatThrownBy(() -> engine.await(DONE, "t", null, sequence("Done")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> engine.await(DONE, "t", Duration.ofSeconds(-1), sequence("Done")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }

    @Test
    void pollsAreSpacedByTheWaitersDelayGrowingByHalfUpToItsMaximum() {
        engine.await(DONE, "t", Duration.ofMinutes(10), sequence("Queued", "Queued", "Queued", "Queued", "Queued",
                "Queued", "Queued", "Done"));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500),
                Duration.ofMillis(2250), Duration.ofMillis(3375), Duration.ofNanos(5_062_500_000L),
                Duration.ofNanos(7_593_750_000L), Duration.ofSeconds(10));
    }

    @Test
    void theLastWaitIsCutToTheDeadlineAndTheWaitEndsThere() {
        assertThatThrownBy(() -> engine.await(DONE, "t", Duration.ofSeconds(3), sequence("Queued")))
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> assertThat(e.polls()).isEqualTo(4));
        assertThat(time.sleeps()).as("1 s, 1.5 s, then the 0.5 s left of 3 s")
                .containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofMillis(500));
    }

    @Test
    void aZeroTimeoutPollsOnce() {
        assertThatThrownBy(() -> engine.await(DONE, "t", Duration.ZERO, sequence("Queued")))
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> assertThat(e.polls()).isEqualTo(1));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void theClientsPollIntervalOverridesTheWaitersOwn() {
        WaiterEngine client = new WaiterEngine(TimeSource.of(time, time), Duration.ofMillis(200), Duration.ofMillis(300));
        client.await(DONE, "t", Duration.ofMinutes(1), sequence("Queued", "Queued", "Queued", "Done"));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @Test
    void anInterruptDuringAWaitEndsItAndIsKept() {
        time.onSleep(d -> Thread.currentThread().interrupt());
        int[] polls = {0};
        try {
            assertThatThrownBy(() -> engine.await(DONE, "TaskId=t", Duration.ofMinutes(1), () -> {
                polls[0]++;
                return new Task("Queued");
            })).isInstanceOf(SdkInterruptedException.class).hasMessageContaining("TaskId=t");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(polls[0]).as("no poll after the interrupt").isEqualTo(1);
        } finally {
            Thread.interrupted();
        }
    }
}
