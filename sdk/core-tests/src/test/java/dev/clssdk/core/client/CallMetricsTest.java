package dev.clssdk.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.PingServiceException;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.model.PutRequest;
import dev.clssdk.ping.model.PutResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.CallMetrics;
import dev.clssdk.core.ExecutionHook;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.CredentialsProvider;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The metrics hook: one {@link CallMetrics} per call, attempt by attempt, sync and async. */
@Timeout(30)
class CallMetricsTest {
    private final MockWebServer server = new MockWebServer();
    private final List<CallMetrics> seen = new CopyOnWriteArrayList<>();
    private ClientRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        runtime = new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDping", "pingSecretKey"))
                .endpointUrl("http://127.0.0.1:" + server.getPort()).rateLimiting(false)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build())
                .addHook(new ExecutionHook() {
                    @Override
                    public void onCallMetrics(CallMetrics metrics) {
                        seen.add(metrics);
                    }
                })
                .build();
    }

    @AfterEach
    void stop() {
        runtime.close();
        server.close();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse error(String code) {
        return json(200, "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"m\"},\"RequestId\":\"r\"}}");
    }

    @Test
    void aThrottledThenTransientThenSuccessfulCallReportsEachAttempt() {
        server.enqueue(error("Busy"));
        server.enqueue(json(503, "<html>busy</html>"));
        server.enqueue(json(200, "{\"Response\":{\"Echo\":\"hi\",\"RequestId\":\"r-1\"}}"));
        runtime.execute(PingOperations.PING, PingRequest.builder().name("hi").build(), RequestOptions.none(), PingResponse.class);
        assertThat(seen).hasSize(1);
        CallMetrics metrics = seen.get(0);
        assertThat(metrics.service()).isEqualTo("ping");
        assertThat(metrics.action()).isEqualTo("Ping");
        assertThat(metrics.succeeded()).isTrue();
        assertThat(metrics.failure()).isNull();
        assertThat(metrics.attempts()).hasSize(3);
        assertThat(metrics.retries()).isEqualTo(2);
        assertThat(metrics.throttledAttempts()).isEqualTo(1);
        assertThat(metrics.attempts().get(0).errorCode()).isEqualTo("Busy");
        assertThat(metrics.attempts().get(0).failure()).isEqualTo("Busy");
        assertThat(metrics.attempts().get(1).httpStatus()).isEqualTo(503);
        assertThat(metrics.attempts().get(1).failure()).startsWith("ProtocolException(");
        assertThat(metrics.httpStatus()).isEqualTo(200);
        assertThat(metrics.errorCode()).isNull();
        assertThat(metrics.totalLatency()).isGreaterThanOrEqualTo(metrics.attempts().get(0).latency());
    }

    @Test
    void aFailedAsyncCallReportsItsErrorCodeAndStatus() throws Exception {
        server.enqueue(error("Nope.Really"));
        var future = runtime.executeAsync(PingOperations.PUT, PutRequest.builder().name("x").build(), RequestOptions.none(),
                PutResponse.class);
        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ServiceException.class);
        for (int i = 0; i < 100 && seen.isEmpty(); i++) {
            Thread.sleep(10);
        }
        CallMetrics metrics = seen.get(0);
        assertThat(metrics.action()).isEqualTo("Put");
        assertThat(metrics.succeeded()).isFalse();
        assertThat(metrics.failure()).isEqualTo("PingServiceException");
        assertThat(metrics.errorCode()).isEqualTo("Nope.Really");
        assertThat(metrics.httpStatus()).isEqualTo(200);
        assertThat(metrics.retries()).isZero();
    }
}
