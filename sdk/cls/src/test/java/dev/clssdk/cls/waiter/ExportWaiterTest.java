package dev.clssdk.cls.waiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.ExportStatus;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.Sleeper;
import dev.clssdk.cls.ResourceNotFoundException;
import dev.clssdk.core.internal.retry.TimeSource;
import dev.clssdk.core.testing.FakeTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ExportWaiterTest {
    private final FakeTime time = new FakeTime(Instant.parse("2024-03-09T12:00:00Z"));
    private final List<DescribeExportsRequest> requests = new ArrayList<>();
    private final Deque<String> statuses = new ArrayDeque<>();

    private static ExportInfo export(String id, String status) {
        return ExportInfo.builder().topicId("topic-1").exportId(id).status(status)
                .cosPath(status != null && status.equals("Completed") ? "https://cos.example/" + id : null).build();
    }

    /** A server whose task "export-1" goes through the queued statuses, the last one repeating. */
    private DescribeExportsResponse describe(DescribeExportsRequest request) {
        requests.add(request);
        String status = statuses.size() > 1 ? statuses.poll() : statuses.peek();
        List<ExportInfo> exports = status == null ? List.of() : List.of(export("export-1", status));
        return DescribeExportsResponse.builder().exports(exports).totalCount((long) exports.size()).requestId("r").build();
    }

    private ExportWaiter waiter() {
        return new ExportWaiter(this::describe, TimeSource.of(time, time), Duration.ofSeconds(1), Duration.ofSeconds(4));
    }

    @Test
    void waiterReturnsTheCompletedExportWithItsCosPathAfterQueuingAndProcessing() {
        statuses.addAll(List.of("Queuing", "Processing", "Processing", "Completed"));
        ExportInfo done = waiter().waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1));
        assertThat(done.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(done.cosPath()).isEqualTo("https://cos.example/export-1");
        assertThat(requests).hasSize(4);
        assertThat(time.sleeps()).as("backoff grows by half").containsExactly(Duration.ofMillis(1000),
                Duration.ofMillis(1500), Duration.ofMillis(2250));
    }

    @Test
    void waitBetweenPollsIsCappedAtTheMaximum() {
        statuses.addAll(List.of("Queuing", "Queuing", "Queuing", "Queuing", "Queuing", "Queuing", "Completed"));
        waiter().waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(5));
        assertThat(time.sleeps()).endsWith(Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    void failedExportEndsTheWaitWithATypedException() {
        statuses.addAll(List.of("Processing", "Failed"));
        assertThatThrownBy(() -> waiter().waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(WaiterFailedException.class,
                        e -> assertThat(e.export().status()).isEqualTo(ExportStatus.FAILED))
                .hasMessageContaining("ended with status Failed");
    }

    @Test
    void expiredExportEndsTheWaitWithATypedException() {
        statuses.add("Expired");
        assertThatThrownBy(() -> waiter().waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(WaiterFailedException.class,
                        e -> assertThat(e.export().status()).isEqualTo(ExportStatus.EXPIRED));
    }

    @Test
    void unknownStatusKeepsThePollingGoing() {
        statuses.addAll(List.of("Paused", "SomethingNew", "Completed"));
        assertThat(waiter().waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1)).status())
                .isEqualTo(ExportStatus.COMPLETED);
        assertThat(requests).hasSize(3);
    }

    @Test
    void exportNotListedYetKeepsThePollingGoing() {
        statuses.add("Completed");
        AtomicReference<Integer> calls = new AtomicReference<>(0);
        ExportWaiter waiter = new ExportWaiter(request -> {
            calls.set(calls.get() + 1);
            return calls.get() <= 2
                    ? DescribeExportsResponse.builder().exports(List.of()).totalCount(0L).requestId("r").build()
                    : describe(request);
        }, TimeSource.of(time, time), Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertThat(waiter.waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1)).status())
                .isEqualTo(ExportStatus.COMPLETED);
        assertThat(calls.get()).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void missingStatusKeepsThePollingGoing() {
        AtomicReference<Integer> calls = new AtomicReference<>(0);
        ExportWaiter waiter = new ExportWaiter(request -> {
            calls.set(calls.get() + 1);
            return DescribeExportsResponse.builder()
                    .exports(List.of(export("export-1", calls.get() < 3 ? null : "Completed"))).totalCount(1L)
                    .requestId("r").build();
        }, TimeSource.of(time, time), Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertThat(waiter.waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1)).status())
                .isEqualTo(ExportStatus.COMPLETED);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void timeoutEndsTheWaitAfterALastPollAtTheDeadline() {
        statuses.add("Processing");
        assertThatThrownBy(() -> waiter().waitUntilCompleted("topic-1", "export-1", Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                    assertThat(e.lastSeen().statusAsString()).isEqualTo("Processing");
                    assertThat(e.polls()).isEqualTo(requests.size());
                })
                .hasMessageContaining("did not complete within PT10S");
        assertThat(time.sleeps().stream().mapToLong(Duration::toMillis).sum()).isEqualTo(10_000);
        // 1 + 1.5 + 2.25 + 3.375 = 8.125 s, then the remaining 1.875 s to the deadline
        assertThat(time.sleeps()).last().isEqualTo(Duration.ofMillis(1875));
    }

    @Test
    void serviceErrorsWhilePollingReachTheCaller() {
        ExportWaiter waiter = new ExportWaiter(request -> {
            throw TopicNotFoundExceptionFactory.create();
        }, TimeSource.of(time, time), Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertThatThrownBy(() -> waiter.waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void pagingIsFollowedToFindTheExportOnALaterPage() {
        List<ExportInfo> all = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            all.add(export("other-" + i, "Completed"));
        }
        all.add(export("export-1", "Completed"));
        ExportWaiter waiter = new ExportWaiter(request -> {
            requests.add(request);
            int from = request.offset().intValue();
            int to = Math.min(all.size(), from + request.limit().intValue());
            return DescribeExportsResponse.builder().exports(all.subList(from, to)).totalCount((long) all.size())
                    .requestId("r").build();
        }, TimeSource.of(time, time), Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertThat(waiter.waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(1)).exportId())
                .isEqualTo("export-1");
        assertThat(requests).extracting(DescribeExportsRequest::offset).containsExactly(0L, 100L);
        assertThat(requests).extracting(DescribeExportsRequest::limit).containsOnly(100L);
        requests.clear();
        assertThat(waiter.listAll("topic-1")).hasSize(151);
    }

    @Test
    void interruptionWhileWaitingEndsTheWaitAndKeepsTheInterruptFlag() throws Exception {
        statuses.add("Processing");
        ExportWaiter waiter = new ExportWaiter(this::describe, TimeSource.of(Clock.systemUTC(), Sleeper.SYSTEM),
                Duration.ofSeconds(30), Duration.ofSeconds(30));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                waiter.waitUntilCompleted("topic-1", "export-1", Duration.ofMinutes(5));
            } catch (RuntimeException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        thread.start();
        CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS)).join();
        thread.interrupt();
        thread.join(5000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(SdkInterruptedException.class);
        assertThat(flag.get()).isTrue();
    }
}
