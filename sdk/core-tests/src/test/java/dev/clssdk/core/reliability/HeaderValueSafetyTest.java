package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.EnvironmentCredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Header values are checked where they are configured, with a typed error naming the setting and
 * never the secret; a failure inside the HTTP stack is typed, not retried, and leaves nothing
 * uncaught on OkHttp's threads (issue 16, defect 2).
 */
@Timeout(20)
class HeaderValueSafetyTest {
    private static final String BAD_TOKEN = "sessionTok\r\nX-Evil: 1";

    private final MockWebServer server = new MockWebServer();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    }

    @AfterEach
    void stop() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        server.close();
    }

    @Test
    void aTokenOrSecretIdWithControlOrNonAsciiCharactersIsRefusedNamingTheSettingNotTheValue() {
        assertThatThrownBy(() -> Credentials.of("AKIDok", "key", BAD_TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token")
                .hasMessageNotContaining("sessionTok").hasMessageNotContaining("Evil");
        assertThatThrownBy(() -> Credentials.of("AKIDok", "key", "t\u00f6ken"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        assertThatThrownBy(() -> Credentials.of("AKID\nok", "key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secretId")
                .hasMessageNotContaining("AKID");
        assertThat(Credentials.of("AKIDok", "key with spaces is only hashed", "tok+/=_-.").token()).isEqualTo("tok+/=_-.");
    }

    @Test
    void aBadTokenInTheEnvironmentIsACredentialsErrorNamingTheVariable() {
        Map<String, String> env = Map.of("TENCENTCLOUD_SECRET_ID", "AKIDenv", "TENCENTCLOUD_SECRET_KEY", "envKey",
                "TENCENTCLOUD_SESSION_TOKEN", BAD_TOKEN);
        assertThatThrownBy(() -> new EnvironmentCredentialsProvider(env::get).resolve())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("TENCENTCLOUD_SESSION_TOKEN")
                .hasMessageNotContaining("sessionTok");
    }

    /**
     * A client whose transport throws an unchecked exception quoting a header value, as an HTTP
     * library does for a bad header (the OkHttp transport's own case is in sdk/okhttp).
     */
    private ClientRuntime clientWhoseStackThrows(AtomicInteger attempts) {
        HttpTransport throwing = new HttpTransport() {
            @Override
            public TransportOutcome execute(TransportRequest request, ExchangeControl control) {
                attempts.incrementAndGet();
                throw new IllegalArgumentException("Unexpected char 0x0a in X-TC-Token value: " + BAD_TOKEN);
            }

            @Override
            public CompletableFuture<TransportOutcome> executeAsync(TransportRequest request, ExchangeControl control) {
                return CompletableFuture.supplyAsync(() -> execute(request, control));
            }

            @Override
            public void close() {
            }
        };
        return new PingRuntimeBuilder().credentials(dev.clssdk.core.auth.CredentialsProvider.of("AKIDok", "key"))
                .endpointUrl("http://127.0.0.1:" + server.getPort()).httpTransport(settings -> throwing)
                .rateLimiting(false).build();
    }

    @Test
    void anUncheckedFailureInsideTheTransportIsTypedAndNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        try (ClientRuntime runtime = clientWhoseStackThrows(attempts)) {
            Throwable failure = catchThrowable(() ->
                    runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class));
            assertThat(failure).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isRetryable()).isFalse());
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
            assertThat(failure.getCause()).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.getMessage()).doesNotContain("sessionTok"));
            Thread.sleep(200); // an uncaught exception would surface on the dispatcher thread just after the callback
            assertThat(attempts).hasValue(1);
            assertThat(uncaught).isEmpty();
        }
    }
}
