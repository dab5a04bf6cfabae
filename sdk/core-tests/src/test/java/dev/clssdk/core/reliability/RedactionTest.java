package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.model.PutRequest;
import dev.clssdk.ping.model.PutResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.internal.http.Redactor;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Text from an answer is redacted with the credentials of the call that produced it (issue 16, defects 3 and 4). */
@Timeout(20)
class RedactionTest {
    private static final String TOKEN_TAIL = "Zq9XwVb7Lm3Np5Rt";

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger rotations = new AtomicInteger();
    /** A new session token for every attempt, as a rotating provider gives them. */
    private final CredentialsProvider rotating = () -> Credentials.of("AKIDrotating01", "rotatingSecretKey01",
            "tok" + rotations.incrementAndGet() + TOKEN_TAIL);
    private ClientRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        runtime = new PingRuntimeBuilder().credentials(rotating).endpointUrl("http://127.0.0.1:" + server.getPort())
                .rateLimiting(false).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        runtime.close();
        server.close();
    }

    /** Echoes each request's token in Error.Message; the first answer waits until the second request has arrived. */
    private void echoTokensOutOfOrder() {
        CountDownLatch secondArrived = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String token = request.getHeaders().get("X-TC-Token");
                if (token.startsWith("tok1")) {
                    secondArrived.await(5, TimeUnit.SECONDS);
                } else {
                    secondArrived.countDown();
                }
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\"bad token " + token
                                + "\"},\"RequestId\":\"r\"}}").build();
            }
        });
    }

    @Test
    void concurrentCallsWithRotatingTokensEachRedactTheirOwnToken() throws Exception {
        echoTokensOutOfOrder();
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> failure(() ->
                runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class)));
        while (server.getRequestCount() < 1) {
            Thread.sleep(5);
        }
        Throwable second = failure(() -> runtime.execute(PingOperations.PING, PingRequest.builder().name("b").build(), RequestOptions.none(), PingResponse.class));
        for (Throwable failure : List.of(first.get(10, TimeUnit.SECONDS), second)) {
            assertThat(failure).isInstanceOf(ServiceException.class);
            assertThat(failure.getMessage()).contains("bad token ***").doesNotContain(TOKEN_TAIL);
        }
    }

    @Test
    void concurrentAsyncCallsWithRotatingTokensEachRedactTheirOwnToken() throws Exception {
        echoTokensOutOfOrder();
        CompletableFuture<?> first = runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class);
        while (server.getRequestCount() < 1) {
            Thread.sleep(5);
        }
        CompletableFuture<?> second = runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("b").build(), RequestOptions.none(), PingResponse.class);
        for (CompletableFuture<?> future : List.of(first, second)) {
            ExecutionException e = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> future.get(10, TimeUnit.SECONDS));
            assertThat(e.getCause()).isInstanceOf(ServiceException.class);
            assertThat(e.getCause().getMessage()).contains("bad token ***").doesNotContain(TOKEN_TAIL);
        }
    }

    @Test
    void aTokenCutByTheBodyPreviewLeavesNoFragmentInTheMessage() {
        // The token starts 10 bytes before the 200-byte preview limit: the cut keeps "tok1Zq9Xw".
        String head = "<html>" + "x".repeat(184) + "echo ";
        assertThat(head).hasSize(195);
        server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html")
                .body(head + "tok1" + TOKEN_TAIL + "</html>").build());
        Throwable failure = failure(() -> runtime.execute(PingOperations.PUT, PutRequest.builder().name("a").build(), RequestOptions.none(), PutResponse.class));
        assertThat(failure).isInstanceOf(ProtocolException.class);
        assertThat(failure.getMessage()).contains("echo ***").doesNotContain("tok1Z").doesNotContain("Zq9X");
    }

    @Test
    void theRedactorMasksFragmentsAtEitherEndOfACutText() {
        Redactor redactor = new Redactor(Set.of());
        Credentials credentials = Credentials.of("AKIDfragment01", "fragmentSecretKey", "tokenFragment42");
        assertThat(redactor.redact("... sent tokenFra", credentials)).isEqualTo("... sent ***");
        assertThat(redactor.redact("ment42 was refused", credentials)).isEqualTo("*** was refused");
        assertThat(redactor.redact("id AKIDfragment01 key fragmentSecretKey", credentials)).isEqualTo("id *** key ***");
        assertThat(redactor.redact("tok", credentials)).isEqualTo("tok");
        byte[] body = ("{\"Response\":{\"Error\":{\"Message\":\"x tokenFragment42\"}}}").getBytes(StandardCharsets.UTF_8);
        assertThat(redactor.preview(body, 40, credentials)).doesNotContain("tokenF").doesNotContain("okenFr").endsWith(" bytes)");
    }

    private static Throwable failure(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
