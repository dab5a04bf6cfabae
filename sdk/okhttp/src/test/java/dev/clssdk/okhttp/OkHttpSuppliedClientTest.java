package dev.clssdk.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.PingServiceException;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.model.PutRequest;
import dev.clssdk.ping.model.PutResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An application's {@link OkHttpClient} given with {@link OkHttpTransports#using}: its interceptors
 * run and see the signed request, an answer one of them makes is read like any other, and an
 * unchecked exception one of them throws is a typed, unretried failure that quotes no header value
 * and is never left uncaught on OkHttp's threads.
 */
@Timeout(30)
class OkHttpSuppliedClientTest {
    private static final String BAD_TOKEN = "sessionTok\nEvil: header";

    private final MockWebServer server = new MockWebServer();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    }

    @AfterEach
    void stop() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        server.close();
    }

    private ClientRuntime client(OkHttpClient http) {
        return new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDping", "pingSecretKey"))
                .endpointUrl("http://127.0.0.1:" + server.getPort()).rateLimiting(false)
                .httpTransport(OkHttpTransports.using(http)).build();
    }

    @Test
    void anAnswerMadeByAnInterceptorOfTheApplicationsClientIsReadLikeAnyOther() {
        String[] answers = {"{\"Response\":{\"Echo\":\"cached\",\"RequestId\":\"r-9\"}}",
                "{\"Response\":{\"Error\":{\"Code\":\"Nope\",\"Message\":\"no\"},\"RequestId\":\"r-10\"}}"};
        AtomicInteger next = new AtomicInteger();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        OkHttpClient answering = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    authorizations.add(chain.request().header("Authorization"));
                    return new Response.Builder()
                            .request(chain.request())
                            .protocol(Protocol.HTTP_1_1)
                            .code(200)
                            .message("OK")
                            .body(ResponseBody.create(answers[next.getAndIncrement()], MediaType.get("application/json")))
                            .build();
                })
                .build();
        try (ClientRuntime supplied = client(answering)) {
            assertThat(supplied.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class).echo())
                    .isEqualTo("cached");
            assertThatThrownBy(() -> supplied.execute(PingOperations.PUT, PutRequest.builder().name("b").build(), RequestOptions.none(),
                    PutResponse.class))
                    .isInstanceOf(PingServiceException.class)
                    .hasMessageContaining("Nope");
        }
        assertThat(server.getRequestCount()).isZero();
        assertThat(authorizations).allSatisfy(value -> assertThat(value).startsWith("TC3-HMAC-SHA256 Credential=AKIDping/"));
    }

    /** A client whose HTTP stack throws an unchecked exception before sending, as OkHttp does for a bad header. */
    private ClientRuntime clientWhoseStackThrows(AtomicInteger attempts) {
        return client(new OkHttpClient.Builder().addInterceptor(chain -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("Unexpected char 0x0a in X-TC-Token value: " + BAD_TOKEN);
        }).build());
    }

    @Test
    void anUncheckedFailureInsideTheHttpStackIsTypedNotSentAndNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        try (ClientRuntime runtime = clientWhoseStackThrows(attempts)) {
            Throwable failure = catchThrowable(() ->
                    runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class));
            assertThat(failure).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.mayHaveReachedServer()).isFalse();
                assertThat(e.isRetryable()).isFalse();
            });
            assertThat(failure.getMessage()).doesNotContain("sessionTok");
            assertThat(failure.getCause() == null ? "" : String.valueOf(failure.getCause())).doesNotContain("sessionTok");
            assertThat(attempts).hasValue(1);
        }
    }

    @Test
    void anUncheckedFailureInAnAsyncCallFailsTheFutureOnceAndLeavesNothingUncaught() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (ClientRuntime runtime = clientWhoseStackThrows(attempts)) {
            Throwable failure = catchThrowable(() -> runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("a").build(),
                    RequestOptions.none(), PingResponse.class).get(10, TimeUnit.SECONDS));
            assertThat(failure).isInstanceOf(ExecutionException.class);
            assertThat(failure.getCause()).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.mayHaveReachedServer()).isFalse();
                assertThat(e.getMessage()).doesNotContain("sessionTok");
            });
            Thread.sleep(200); // an uncaught exception would surface on the dispatcher thread just after the callback
            assertThat(attempts).hasValue(1);
            assertThat(uncaught).isEmpty();
        }
    }
}
