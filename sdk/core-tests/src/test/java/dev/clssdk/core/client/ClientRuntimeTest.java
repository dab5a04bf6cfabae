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
import dev.clssdk.core.ExecutionHook;
import dev.clssdk.core.Operation;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientRuntimeTest {
    private final MockWebServer server = new MockWebServer();
    private ClientRuntime runtime;
    private final List<String> hookEvents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        runtime = new PingRuntimeBuilder()
                .credentials(CredentialsProvider.of("AKIDping", "pingSecretKey"))
                .endpointUrl("http://127.0.0.1:" + server.getPort())
                .rateLimiting(false)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1))
                        .maxDelay(Duration.ofMillis(2)).build())
                .addHook(new ExecutionHook() {
                    @Override
                    public void beforeExecution(Operation<?, ?> operation, Object request) {
                        hookEvents.add("before " + operation.action());
                    }

                    @Override
                    public void afterExecution(Operation<?, ?> operation, Object request, Object response, int attempts) {
                        hookEvents.add("after " + operation.action() + " " + attempts);
                    }

                    @Override
                    public void onFailure(Operation<?, ?> operation, Object request, SdkException failure, int attempts) {
                        hookEvents.add("failed " + operation.action() + " " + failure.getClass().getSimpleName());
                    }
                })
                .build();
    }

    @AfterEach
    void stop() {
        runtime.close();
        server.close();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void callsAnyServiceItsMetadataDescribes() throws Exception {
        server.enqueue(json("{\"Response\":{\"Echo\":\"hi\",\"RequestId\":\"r-1\"}}"));
        PingResponse response = runtime.execute(PingOperations.PING, PingRequest.builder().name("hi").build(), RequestOptions.none(), PingResponse.class);
        assertThat(response.echo()).isEqualTo("hi");
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded.getHeaders().get("Authorization")).contains("/ping/tc3_request");
        assertThat(recorded.getHeaders().get("X-TC-Action")).isEqualTo("Ping");
        assertThat(recorded.getHeaders().get("X-TC-Version")).isEqualTo("2001-02-03");
        assertThat(recorded.getHeaders().get("User-Agent")).contains("ping 2001-02-03");
        assertThat(hookEvents).containsExactly("before Ping", "after Ping 1");
    }

    @Test
    void anErrorAnswerBecomesTheServicesOwnException() {
        server.enqueue(json("{\"Response\":{\"Error\":{\"Code\":\"LimitExceeded.Things\",\"Message\":\"no\"},\"RequestId\":\"r\"}}"));
        assertThatThrownBy(() -> runtime.execute(PingOperations.PUT, PutRequest.builder().name("x").build(), RequestOptions.none(), PutResponse.class))
                .isInstanceOf(PingServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).rawCode()).isEqualTo("LimitExceeded.Things"));
        assertThat(hookEvents).containsExactly("before Put", "failed Put LimitExceededException");
    }

    @Test
    void retriesFollowTheErrorKindsOfTheMetadata() throws Exception {
        // TRANSIENT: repeated for the idempotent action ...
        server.enqueue(json("{\"Response\":{\"Error\":{\"Code\":\"Oops\"},\"RequestId\":\"r\"}}"));
        server.enqueue(json("{\"Response\":{\"Echo\":\"ok\",\"RequestId\":\"r\"}}"));
        assertThat(runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class).echo())
                .isEqualTo("ok");
        // ... never for the non-idempotent one
        server.enqueue(json("{\"Response\":{\"Error\":{\"Code\":\"Oops\"},\"RequestId\":\"r\"}}"));
        assertThatThrownBy(() -> runtime.execute(PingOperations.PUT, PutRequest.builder().name("a").build(), RequestOptions.none(), PutResponse.class))
                .isInstanceOf(ServiceException.class);
        // THROTTLING: repeated for any action
        server.enqueue(json("{\"Response\":{\"Error\":{\"Code\":\"Busy\"},\"RequestId\":\"r\"}}"));
        server.enqueue(json("{\"Response\":{\"Echo\":\"put\",\"RequestId\":\"r\"}}"));
        assertThat(runtime.execute(PingOperations.PUT, PutRequest.builder().name("a").build(), RequestOptions.none(), PutResponse.class).echo())
                .isEqualTo("put");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void perRequestOptionsOverrideHeadersCredentialsAndRetries() throws Exception {
        server.enqueue(json("{\"Response\":{\"Error\":{\"Code\":\"Busy\"},\"RequestId\":\"r\"}}"));
        RequestOptions options = RequestOptions.builder()
                .header("X-Trace", "t-1")
                .credentials(CredentialsProvider.of("AKIDother", "otherKey"))
                .retryPolicy(RetryPolicy.none())
                .build();
        assertThatThrownBy(() -> runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), options, PingResponse.class))
                .isInstanceOf(ServiceException.class);
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(recorded.getHeaders().get("Authorization")).contains("Credential=AKIDother/");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void asynchronousCallsUseTheSameMachinery() throws Exception {
        server.enqueue(json("{\"Response\":{\"Echo\":\"async\",\"RequestId\":\"r\"}}"));
        assertThat(runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class)
                .get(5, TimeUnit.SECONDS).echo()).isEqualTo("async");
        server.enqueue(json("{\"Response\":{\"Error\":{\"Code\":\"Nope\"},\"RequestId\":\"r\"}}"));
        assertThatThrownBy(() -> runtime.executeAsync(PingOperations.PUT, PutRequest.builder().name("a").build(), RequestOptions.none(),
                PutResponse.class).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(PingServiceException.class);
    }

    @Test
    void aClosedRuntimeRefusesCallsWithATypedError() {
        runtime.close();
        assertThatThrownBy(() -> runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("closed");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void badArgumentsFailWithMessagesNamingThem() {
        assertThatThrownBy(() -> runtime.execute(PingOperations.PING, null, RequestOptions.none(), PingResponse.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request");
        assertThatThrownBy(() -> runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), null, PingResponse.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options");
        assertThatThrownBy(() -> runtime.remaining(null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }
}
