package dev.clssdk.cls.waiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ResourceNotFoundException;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.ExportStatus;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.WaiterFailedException;
import dev.clssdk.core.WaiterTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The export waiter, generated from the spec's {@code x-tc-waiters} (ExportCompleted), through the
 * generated client against a loopback DescribeExports.
 */
@Timeout(10)
class ExportWaiterTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());

    private final ClientFixture fixture = new ClientFixture();
    /** The polls' request bodies. */
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final Deque<String> statuses = new ArrayDeque<>();

    ExportWaiterTest() throws IOException {
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static String export(String id, String status) {
        return "{\"TopicId\":\"topic-1\",\"ExportId\":\"" + id + "\""
                + (status == null ? "" : ",\"Status\":\"" + status + "\"")
                + ("Completed".equals(status) ? ",\"CosPath\":\"https://cos.example/" + id + "\"" : "") + "}";
    }

    private static String page(List<String> exports, long total) {
        return "\"Exports\":[" + String.join(",", exports) + "],\"TotalCount\":" + total;
    }

    /** Serves DescribeExports from {@code answer}, recording each request body. */
    private void serve(Function<JsonNode, MockResponse> answer) {
        fixture.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    JsonNode body = JSON.readTree(request.getBody().utf8());
                    requests.add(body);
                    return answer.apply(body);
                } catch (IOException e) {
                    return new MockResponse.Builder().code(500).build();
                }
            }
        });
    }

    /** A server whose task "export-1" goes through the queued statuses, the last one repeating. */
    private void serveStatuses() {
        serve(body -> {
            String status;
            synchronized (statuses) {
                status = statuses.size() > 1 ? statuses.poll() : statuses.peek();
            }
            List<String> exports = status == null ? List.of() : List.of(export("export-1", status));
            return Answers.success(page(exports, exports.size()));
        });
    }

    private ClsClient client() {
        return fixture.builder().waiterPollInterval(Duration.ofSeconds(1), Duration.ofSeconds(4)).build();
    }

    @Test
    void waiterReturnsTheCompletedExportWithItsCosPathAfterQueuingAndProcessing() {
        statuses.addAll(List.of("Queuing", "Processing", "Processing", "Completed"));
        serveStatuses();
        try (ClsClient client = client()) {
            ExportInfo done = client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1));
            assertThat(done.status()).isEqualTo(ExportStatus.COMPLETED);
            assertThat(done.cosPath()).isEqualTo("https://cos.example/export-1");
        }
        assertThat(requests).hasSize(4);
        assertThat(fixture.time.sleeps()).as("backoff grows by half").containsExactly(Duration.ofMillis(1000),
                Duration.ofMillis(1500), Duration.ofMillis(2250));
    }

    @Test
    void waitBetweenPollsIsCappedAtTheMaximum() {
        statuses.addAll(List.of("Queuing", "Queuing", "Queuing", "Queuing", "Queuing", "Queuing", "Completed"));
        serveStatuses();
        try (ClsClient client = client()) {
            client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(5));
        }
        assertThat(fixture.time.sleeps()).endsWith(Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    void theSpecsDelaysApplyWhenTheClientSetsNone() {
        statuses.addAll(List.of("Queuing", "Queuing", "Completed"));
        serveStatuses();
        try (ClsClient client = fixture.builder().build()) {
            client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(5));
        }
        // x-tc-waiters ExportCompleted: delay initial 1 s, max 10 s
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(1500));
    }

    @Test
    void failedExportEndsTheWaitWithATypedException() {
        statuses.addAll(List.of("Processing", "Failed"));
        serveStatuses();
        try (ClsClient client = client()) {
            assertThatThrownBy(() -> client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1)))
                    .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
                        assertThat(e.lastSeen(ExportInfo.class).status()).isEqualTo(ExportStatus.FAILED);
                        assertThat(e.waiter()).isEqualTo("ExportCompleted");
                    })
                    .hasMessageContaining("ExportId=export-1").hasMessageContaining("Status=Failed");
        }
    }

    @Test
    void expiredExportEndsTheWaitWithATypedException() {
        statuses.add("Expired");
        serveStatuses();
        try (ClsClient client = client()) {
            assertThatThrownBy(() -> client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1)))
                    .isInstanceOfSatisfying(WaiterFailedException.class,
                            e -> assertThat(e.lastSeen(ExportInfo.class).status()).isEqualTo(ExportStatus.EXPIRED));
        }
    }

    @Test
    void unknownStatusKeepsThePollingGoing() {
        statuses.addAll(List.of("Paused", "SomethingNew", "Completed"));
        serveStatuses();
        try (ClsClient client = client()) {
            assertThat(client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1)).status())
                    .isEqualTo(ExportStatus.COMPLETED);
        }
        assertThat(requests).hasSize(3);
    }

    @Test
    void exportNotListedYetKeepsThePollingGoing() {
        AtomicInteger calls = new AtomicInteger();
        serve(body -> calls.incrementAndGet() <= 2 ? Answers.success(page(List.of(), 0))
                : Answers.success(page(List.of(export("export-1", "Completed")), 1)));
        try (ClsClient client = client()) {
            assertThat(client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1)).status())
                    .isEqualTo(ExportStatus.COMPLETED);
        }
        assertThat(calls.get()).isEqualTo(3);
        assertThat(fixture.time.sleeps()).hasSize(2);
    }

    @Test
    void missingStatusKeepsThePollingGoing() {
        AtomicInteger calls = new AtomicInteger();
        serve(body -> Answers.success(page(List.of(export("export-1",
                calls.incrementAndGet() < 3 ? null : "Completed")), 1)));
        try (ClsClient client = client()) {
            assertThat(client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1)).status())
                    .isEqualTo(ExportStatus.COMPLETED);
        }
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void timeoutEndsTheWaitAfterALastPollAtTheDeadline() {
        statuses.add("Processing");
        serveStatuses();
        try (ClsClient client = client()) {
            assertThatThrownBy(() -> client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofSeconds(10)))
                    .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                        assertThat(e.lastSeen(ExportInfo.class).statusAsString()).isEqualTo("Processing");
                        assertThat(e.polls()).isEqualTo(requests.size());
                    })
                    .hasMessageContaining("did not reach success within PT10S")
                    .hasMessageContaining("Status=Processing");
        }
        assertThat(fixture.time.sleeps().stream().mapToLong(Duration::toMillis).sum()).isEqualTo(10_000);
        // 1 + 1.5 + 2.25 + 3.375 = 8.125 s, then the remaining 1.875 s to the deadline
        assertThat(fixture.time.sleeps()).last().isEqualTo(Duration.ofMillis(1875));
    }

    @Test
    void serviceErrorsWhilePollingReachTheCaller() {
        serve(body -> Answers.error("ResourceNotFound.TopicNotExist", "r"));
        try (ClsClient client = client()) {
            assertThatThrownBy(() -> client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void nullArgumentsAreTypedErrorsNamingThem() {
        try (ClsClient client = client()) {
            assertThatThrownBy(() -> client.waitUntilExportCompleted(null, "export-1", Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topicId");
            assertThatThrownBy(() -> client.waitUntilExportCompleted("topic-1", null, Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exportId");
            assertThatThrownBy(() -> client.waitUntilExportCompleted("topic-1", "export-1", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        }
        assertThat(fixture.server.getRequestCount()).isZero();
    }

    @Test
    void pagingIsFollowedToFindTheExportOnALaterPage() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            all.add(export("other-" + i, "Completed"));
        }
        all.add(export("export-1", "Completed"));
        serve(body -> {
            int from = body.path("Offset").asInt(0);
            int to = Math.min(all.size(), from + body.path("Limit").asInt(20));
            return Answers.success(page(all.subList(from, to), all.size()));
        });
        try (ClsClient client = client()) {
            assertThat(client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1)).exportId())
                    .isEqualTo("export-1");
            assertThat(requests).extracting(r -> r.path("Offset").asLong(0)).containsExactly(0L, 100L);
            assertThat(requests).extracting(r -> r.path("Limit").asLong()).containsOnly(100L);
            requests.clear();
            DescribeExportsRequest listing = DescribeExportsRequest.builder().topicId("topic-1").limit(100L).build();
            assertThat(client.describeExportsPaginator(listing).stream().count()).isEqualTo(151);
            assertThat(requests).hasSize(2);
        }
    }

    @Test
    void interruptionWhileWaitingEndsTheWaitAndKeepsTheInterruptFlag() throws Exception {
        statuses.add("Processing");
        serveStatuses();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        try (ClsClient client = ClsClient.builder()
                .credentials(dev.clssdk.core.auth.CredentialsProvider.of(ClientFixture.SECRET_ID, ClientFixture.SECRET_KEY))
                .endpointUrl(fixture.url())
                .waiterPollInterval(Duration.ofSeconds(30), Duration.ofSeconds(30))
                .build()) {
            Thread thread = new Thread(() -> {
                try {
                    client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(5));
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            thread.start();
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS)).join();
            thread.interrupt();
            thread.join(5000);
            assertThat(thread.isAlive()).isFalse();
        }
        assertThat(thrown.get()).isInstanceOf(SdkInterruptedException.class);
        assertThat(flag.get()).isTrue();
    }
}
