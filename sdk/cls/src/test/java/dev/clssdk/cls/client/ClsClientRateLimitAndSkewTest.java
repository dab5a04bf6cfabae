package dev.clssdk.cls.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.AuthFailureException;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.internal.retry.RateLimiter;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ClsClientRateLimitAndSkewTest {
    private final ClientFixture fixture = new ClientFixture();

    ClsClientRateLimitAndSkewTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static String httpDate(java.time.Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private long timestampOf(RecordedRequest request) {
        return Long.parseLong(request.getHeaders().get("X-TC-Timestamp"));
    }

    @Test
    void rateLimiterSpacesCreateExportCallsAtItsDocumentedTwentyPerSecond() {
        for (int i = 0; i < 4; i++) {
            fixture.server.enqueue(Answers.created("e" + i));
        }
        try (ClsClient client = fixture.builder().build()) {
            for (int i = 0; i < 4; i++) {
                client.createExport(ClientFixture.createRequest());
            }
        }
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(50),
                Duration.ofMillis(50));
    }

    @Test
    void rateLimiterKeepsASeparateScheduleForEachAction() {
        fixture.server.enqueue(Answers.created("e"));
        fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":0"));
        try (ClsClient client = fixture.builder().build()) {
            client.createExport(ClientFixture.createRequest());
            client.describeExports(ClientFixture.describeRequest());
        }
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void rateLimitingCanBeSwitchedOff() {
        for (int i = 0; i < 3; i++) {
            fixture.server.enqueue(Answers.created("e" + i));
        }
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            for (int i = 0; i < 3; i++) {
                client.createExport(ClientFixture.createRequest());
            }
        }
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void concurrentAsyncBurstReachesTheServerSpacedInRealTime() throws Exception {
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        fixture.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrivals.add(System.nanoTime());
                return Answers.created("e");
            }
        });
        try (ClsClient client = ClsClient.builder().credentials(CredentialsProvider.of("AKIDx", "key"))
                .endpointUrl(fixture.url()).build()) {
            List<CompletableFuture<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                futures.add(client.createExportAsync(ClientFixture.createRequest()));
            }
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.SECONDS);
            // Call i may start no earlier than i * 50 ms after the burst began, so it cannot arrive earlier.
            List<Long> sorted = new ArrayList<>(arrivals);
            Collections.sort(sorted);
            assertThat(sorted).hasSize(5);
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i) - start).as("arrival of call %d", i)
                        .isGreaterThanOrEqualTo(i * 50_000_000L - 1_000_000L);
            }
        }
    }

    @Test
    void rateLimiterReservesEvenlySpacedSlots() {
        RateLimiter limiter = new RateLimiter(20);
        assertThat(limiter.reserve(1_000)).isZero();
        assertThat(limiter.reserve(1_000)).isEqualTo(50_000_000L);
        assertThat(limiter.reserve(1_000)).isEqualTo(100_000_000L);
        assertThat(limiter.reserve(1_000 + 1_000_000_000L)).as("idle time does not bank a burst").isZero();
        assertThat(limiter.reserve(1_000 + 1_000_000_000L)).isEqualTo(50_000_000L);
    }

    @Test
    void signatureExpiredWithAServerClockAnHourAheadIsReSignedWithTheCorrectedTimeOnce() throws Exception {
        long local = ClientFixture.START.getEpochSecond();
        fixture.server.enqueue(Answers.error("AuthFailure.SignatureExpire", "r1").newBuilder()
                .setHeader("Date", httpDate(ClientFixture.START.plusSeconds(3600))).build());
        fixture.server.enqueue(Answers.created("e1"));
        fixture.server.enqueue(Answers.created("e2"));
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            assertThat(client.createExport(ClientFixture.createRequest()).exportId()).isEqualTo("e1");
            assertThat(client.createExport(ClientFixture.createRequest()).exportId()).isEqualTo("e2");
        }
        assertThat(timestampOf(fixture.server.takeRequest())).isEqualTo(local);
        assertThat(timestampOf(fixture.server.takeRequest())).isEqualTo(local + 3600);
        assertThat(timestampOf(fixture.server.takeRequest())).as("later calls keep the correction")
                .isEqualTo(local + 3600);
    }

    @Test
    void signatureExpiredTwiceDespiteTheCorrectionSaysSoInTheException() {
        String ahead = httpDate(ClientFixture.START.plusSeconds(3600));
        fixture.server.enqueue(Answers.error("AuthFailure.SignatureExpire", "r1").newBuilder().setHeader("Date", ahead)
                .build());
        fixture.server.enqueue(Answers.error("AuthFailure.SignatureExpire", "r2").newBuilder().setHeader("Date", ahead)
                .build());
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(AuthFailureException.class, e -> assertThat(e.requestId()).isEqualTo("r2"))
                    .hasMessageContaining("re-signed with the clock corrected by 3600 s")
                    .hasMessageContaining("retried once");
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void signatureExpiredWithoutClockSkewIsNotRetried() {
        fixture.server.enqueue(Answers.error("AuthFailure.SignatureExpire", "r1").newBuilder()
                .setHeader("Date", httpDate(ClientFixture.START.plusSeconds(2))).build());
        try (ClsClient client = fixture.builder().build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOf(AuthFailureException.class).hasMessageContaining("shows no clock skew");
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(1);
    }
}
