package dev.clssdk.cls.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.cls.RequestLimitExceededException;
import dev.clssdk.cls.ResourceNotFoundException;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.TransportException;
import dev.clssdk.cls.ClsErrorCode;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ClsClientRetryTest {
    private final ClientFixture fixture = new ClientFixture();

    ClsClientRetryTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/html").body("<html>busy</html>")
                .build();
    }

    private static MockResponse dropConnectionAfterRequest() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }

    @Test
    void createExportIsSentExactlyOnceOnInternalError() {
        fixture.server.enqueue(Answers.error("InternalError", "r1"));
        fixture.server.enqueue(Answers.created("never"));
        try (ClsClient client = fixture.builder().build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(ClsServiceException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ClsErrorCode.INTERNAL_ERROR));
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(1);
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void createExportIsSentExactlyOnceOn5xx() {
        fixture.server.enqueue(status(502));
        try (ClsClient client = fixture.builder().build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.isRetryable()).isFalse());
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void createExportIsSentExactlyOnceWhenTheConnectionDropsAfterTheRequest() {
        fixture.server.enqueue(dropConnectionAfterRequest());
        try (ClsClient client = fixture.builder().build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.mayHaveReachedServer()).isTrue();
                        assertThat(e.isRetryable()).isFalse();
                    });
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void createExportIsSentExactlyOnceWhenAServerThatIsNoProxyAnswers407() {
        fixture.server.enqueue(status(407));
        fixture.server.enqueue(Answers.created("never"));
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            // The server answered (with a status no proxy-less client can act on): the answer is read as any other.
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(407);
                        assertThat(e.isRetryable()).isFalse();
                    });
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void createExportIsSentExactlyOnceOnReadTimeout() {
        fixture.server.enqueue(Answers.created("late").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        try (ClsClient client = fixture.builder().readTimeout(Duration.ofMillis(200)).build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.mayHaveReachedServer()).isTrue();
                    });
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void createExportIsRetriedOnThrottling() {
        fixture.server.enqueue(Answers.error("RequestLimitExceeded", "r1"));
        fixture.server.enqueue(Answers.error("RequestLimitExceeded", "r2"));
        fixture.server.enqueue(Answers.created("e"));
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            assertThat(client.createExport(ClientFixture.createRequest()).exportId()).isEqualTo("e");
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(3);
        // the backoff (full jitter: 50 ms, then 100 ms) is raised to the next rate window after throttling
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void createExportIsRetriedOnHttp429() {
        fixture.server.enqueue(status(429));
        fixture.server.enqueue(Answers.created("e"));
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            assertThat(client.createExport(ClientFixture.createRequest()).exportId()).isEqualTo("e");
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void createExportIsRetriedWhenTheConnectionFailsBeforeAnythingIsSent() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (MockWebServer late = new MockWebServer()) {
            late.enqueue(Answers.created("after-refusal"));
            fixture.time.onSleep(d -> {
                if (!late.getStarted()) {
                    try {
                        late.start(InetAddress.getByName("127.0.0.1"), port);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            try (ClsClient client = fixture.builder().rateLimiting(false).endpointUrl("http://127.0.0.1:" + port).build()) {
                assertThat(client.createExport(ClientFixture.createRequest()).exportId()).isEqualTo("after-refusal");
            }
            assertThat(late.getRequestCount()).isEqualTo(1);
            assertThat(fixture.time.sleeps()).hasSize(1);
        }
    }

    @Test
    void refusedConnectionsEndInATransportExceptionSayingNothingWasSent() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (ClsClient client = fixture.builder().rateLimiting(false).endpointUrl("http://127.0.0.1:" + port).build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.mayHaveReachedServer()).isFalse();
                        assertThat(e.isRetryable()).isTrue();
                    })
                    .hasMessageContaining("before the request was sent");
        }
        assertThat(fixture.time.sleeps()).as("one backoff between each of the 4 attempts").hasSize(3);
    }

    @Test
    void describeExportsIsRetriedOnInternalErrorUntilItSucceeds() {
        fixture.server.enqueue(Answers.error("InternalError", "r1"));
        fixture.server.enqueue(Answers.error("InternalError", "r2"));
        fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":0"));
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            assertThat(client.describeExports(ClientFixture.describeRequest()).totalCount()).isZero();
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void deleteExportIsRetriedOn5xxAndOnADroppedConnection() {
        fixture.server.enqueue(status(503));
        fixture.server.enqueue(dropConnectionAfterRequest());
        fixture.server.enqueue(Answers.success(""));
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            assertThat(client.deleteExport(ClientFixture.deleteRequest()).requestId()).isEqualTo("req-ok");
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void describeExportsIsRetriedAfterAReadTimeout() {
        fixture.server.enqueue(Answers.success("\"Exports\":[]").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":0"));
        try (ClsClient client = fixture.builder().rateLimiting(false).readTimeout(Duration.ofMillis(200)).build()) {
            assertThat(client.describeExports(ClientFixture.describeRequest()).totalCount()).isZero();
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesStopAtMaxAttempts() {
        for (int i = 0; i < 5; i++) {
            fixture.server.enqueue(Answers.error("InternalError", "r" + i));
        }
        try (ClsClient client = fixture.builder().rateLimiting(false)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).random(() -> 0.0).build()).build()) {
            assertThatThrownBy(() -> client.describeExports(ClientFixture.describeRequest()))
                    .isInstanceOfSatisfying(ClsServiceException.class, e -> assertThat(e.requestId()).isEqualTo("r2"));
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void retriesStopWhenTheNextBackoffWouldPassTheTotalTimeout() {
        for (int i = 0; i < 10; i++) {
            fixture.server.enqueue(Answers.error("RequestLimitExceeded", "r" + i));
        }
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofSeconds(1))
                .maxDelay(Duration.ofSeconds(1)).totalTimeout(Duration.ofMillis(2500)).random(() -> 1.0).build();
        try (ClsClient client = fixture.builder().rateLimiting(false).retryPolicy(policy).build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOf(RequestLimitExceededException.class);
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(3);
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void nonRetryableErrorsAreNotRetriedForAnyAction() {
        fixture.server.enqueue(Answers.error("ResourceNotFound.TopicNotExist", "r1"));
        fixture.server.enqueue(Answers.error("InvalidParameter", "r2"));
        try (ClsClient client = fixture.builder().build()) {
            assertThatThrownBy(() -> client.describeExports(ClientFixture.describeRequest()))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> client.deleteExport(ClientFixture.deleteRequest()))
                    .isInstanceOf(ClsServiceException.class);
        }
        assertThat(fixture.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void asyncDescribeExportsIsRetriedAndAsyncCreateExportIsNot() throws Exception {
        fixture.server.enqueue(Answers.error("InternalError", "r1"));
        fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":0"));
        try (ClsClient client = fixture.builder().rateLimiting(false).build()) {
            assertThat(client.describeExportsAsync(ClientFixture.describeRequest()).get(5, TimeUnit.SECONDS)
                    .totalCount()).isZero();
            assertThat(fixture.server.getRequestCount()).isEqualTo(2);

            fixture.server.enqueue(Answers.error("InternalError", "r2"));
            fixture.server.enqueue(Answers.created("never"));
            Throwable thrown = catchThrowable(
                    () -> client.createExportAsync(ClientFixture.createRequest()).get(5, TimeUnit.SECONDS));
            assertThat(thrown.getCause()).isInstanceOf(ClsServiceException.class);
            assertThat(fixture.server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void backoffIsFullJitterUnderACappedExponential() {
        List<Double> randoms = List.of(1.0, 1.0, 1.0, 1.0, 0.25, 0.0);
        int[] next = {0};
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(350))
                .random(() -> randoms.get(next[0]++)).build();
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(350));
        assertThat(policy.backoff(80)).isEqualTo(Duration.ofMillis(350));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ZERO);
    }
}
