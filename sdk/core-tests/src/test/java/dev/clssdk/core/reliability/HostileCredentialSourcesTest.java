package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.CvmRoleCredentialsProvider;
import dev.clssdk.core.auth.RefreshingCredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.internal.auth.CallScope;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.testing.TricklingServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Credentials sources that stall, trickle or talk too much: every wait ends by the source's own
 * total limit, the call's deadline, or soon after an interrupt; what a source says reaches a message
 * only with anything shaped like a key or token masked.
 */
// A separate thread: on a regression the old blocking fetch ignores the interrupt JUnit sends, and would hang.
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileCredentialSourcesTest {

    /** The metadata service's per-read timeout is 1 s; it sends a header byte every 300 ms, so no read times out. */
    private static CvmRoleCredentialsProvider trickled(TricklingServer server, Duration read) {
        return CvmRoleCredentialsProvider.builder().endpoint(server.url()).roleName("role")
                .connectTimeout(Duration.ofMillis(500)).readTimeout(read).build();
    }

    @Test
    void aTricklingMetadataServiceIsCutAtTheProvidersTotalLimit() throws Exception {
        try (TricklingServer server = new TricklingServer(300)) {
            CvmRoleCredentialsProvider provider = trickled(server, Duration.ofSeconds(1));
            long start = System.nanoTime();

            assertThatThrownBy(provider::resolve)
                    .isInstanceOf(CredentialsException.class)
                    .hasMessageContaining("did not answer")
                    .hasMessageContaining("within 1500 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void aClientsCallTimeoutBoundsTheCredentialFetch() throws Exception {
        try (TricklingServer metadata = new TricklingServer(300);
                ClientRuntime runtime = new PingRuntimeBuilder().endpointUrl("http://127.0.0.1:9")
                        .credentials(trickled(metadata, Duration.ofSeconds(30)))
                        .callTimeout(Duration.ofSeconds(1)).build()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> runtime.execute(PingOperations.PING, PingRequest.builder().name("x").build(),
                    RequestOptions.none(), PingResponse.class))
                    .isInstanceOf(SdkException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ended by the 1 s call timeout")
                    .isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void anInterruptStopsAMetadataFetchAtOnce() throws Exception {
        try (TricklingServer server = new TricklingServer(300)) {
            CvmRoleCredentialsProvider provider = trickled(server, Duration.ofSeconds(30));
            Resolving caller = new Resolving(provider);
            Duration ended = caller.interruptAfter(700);

            assertThat(caller.isAlive()).isFalse();
            // Without the interrupt the fetch would go on for its 30 s timeout.
            assertThat(ended).isLessThan(Duration.ofSeconds(1));
            assertThat(caller.thrown).isInstanceOf(SdkInterruptedException.class);
            assertThat(caller.interruptedAfter).as("the interrupt flag is kept").isTrue();
        }
    }

    @Test
    void anInterruptedFetchIsNotRememberedAsTheSourcesFailure() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.builder("test source", () -> {
            if (fetches.incrementAndGet() == 1) {
                Thread.currentThread().interrupt(); // the caller is interrupted while its fetch runs
                throw new java.io.InterruptedIOException("stopped");
            }
            return Credentials.of("AKIDsecond", "second-key", null, Instant.now().plus(Duration.ofHours(1)));
        }).build();
        Resolving caller = new Resolving(provider);
        caller.start();
        caller.join(5_000);

        assertThat(caller.thrown).isInstanceOf(SdkInterruptedException.class);
        assertThat(provider.resolve().secretId()).as("the next caller fetches again at once").isEqualTo("AKIDsecond");
        assertThat(fetches).hasValue(2);
    }

    /** Resolves once on a thread of its own, keeping what was thrown and whether the interrupt flag was left set. */
    private static final class Resolving extends Thread {
        private final CredentialsProvider provider;
        volatile Throwable thrown;
        volatile boolean interruptedAfter;

        Resolving(CredentialsProvider provider) {
            this.provider = provider;
        }

        @Override
        public void run() {
            try {
                provider.resolve();
            } catch (RuntimeException e) {
                thrown = e;
            }
            interruptedAfter = isInterrupted();
        }

        /**
         * Starts resolving, interrupts the thread after {@code millis}, and waits up to 5 s for it to end.
         *
         * @return the time from the interrupt to the end of the wait
         */
        Duration interruptAfter(long millis) throws InterruptedException {
            start();
            Thread.sleep(millis);
            long interruptedAt = System.nanoTime();
            interrupt();
            join(5_000);
            return Duration.ofNanos(System.nanoTime() - interruptedAt);
        }
    }

    /** A source whose fetch another caller has started and holds until {@link #close()}. */
    private static final class FetchHeldByAnotherCaller implements AutoCloseable {
        private final CountDownLatch fetching = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        final RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.builder("slow source", () -> {
            fetching.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Credentials.of("AKIDslow", "slow-key", null, Instant.now().plus(Duration.ofHours(1)));
        }).build();
        private final Thread holder = new Thread(provider::resolve);

        FetchHeldByAnotherCaller() throws InterruptedException {
            holder.start();
            assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            holder.join(5_000);
        }
    }

    @Test
    void aCallerWaitingForAnotherCallersFetchStopsWhenInterrupted() throws Exception {
        try (FetchHeldByAnotherCaller held = new FetchHeldByAnotherCaller()) {
            Resolving waiter = new Resolving(held.provider);
            Duration ended = waiter.interruptAfter(200);

            assertThat(waiter.isAlive()).isFalse();
            // Without the interrupt it would wait until the other caller's fetch ends, which the test holds.
            assertThat(ended).isLessThan(Duration.ofSeconds(1));
            assertThat(waiter.thrown).isInstanceOf(SdkInterruptedException.class);
        }
    }

    @Test
    void aCallerWaitingForAnotherCallersFetchStopsAtItsCallsDeadline() throws Exception {
        try (FetchHeldByAnotherCaller held = new FetchHeldByAnotherCaller()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> CallScope.apply(CallScope.limits(Duration.ofMillis(300), () -> false), held.provider::resolve))
                    .isInstanceOf(CredentialsException.class)
                    .hasMessageContaining("the call ended");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(2));
        }
    }

    @Test
    void aMetadataCodeQuotingCredentialsNobodyHasSeenIsMasked() throws Exception {
        String key = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
        String token = "tok3nQmFzZTY0IHRva2VuIHZhbHVlIGhlcmU9PQ";
        String letterKey = "AbcdefghIjklmnopQrstuvwxYzabcdef";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("{\"Code\":\"Denied:" + key + ":" + token + ":" + letterKey + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            CvmRoleCredentialsProvider provider = CvmRoleCredentialsProvider.builder()
                    .endpoint("http://127.0.0.1:" + server.getAddress().getPort()).roleName("role").build();
            assertThatThrownBy(provider::resolve)
                    .isInstanceOf(CredentialsException.class)
                    .hasMessageContaining("Code Denied")
                    .hasMessageNotContaining(key).hasMessageNotContaining(key.substring(0, 12))
                    .hasMessageNotContaining(token.substring(0, 12))
                    .hasMessageNotContaining(letterKey.substring(0, 12));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aUserFetchersMessageIsRedactedLikeAnyCredentialsSourceText() {
        String key = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.builder("vault", () -> {
            throw new IOException("vault refused: secret_key=" + key + " is revoked\nsecond line");
        }).build();

        assertThatThrownBy(provider::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("vault refused")
                .hasMessageNotContaining(key)
                .hasMessageNotContaining("\n");
    }

    @Test
    void theProvidersOwnLimitDoesNotStopAFastSource() throws IOException {
        String answer = "{\"Code\":\"Success\",\"TmpSecretId\":\"AKIDfast\",\"TmpSecretKey\":\"fast-key\",\"Token\":\"t\","
                + "\"ExpiredTime\":" + Instant.now().plus(Duration.ofHours(1)).getEpochSecond() + "}";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            CvmRoleCredentialsProvider provider = CvmRoleCredentialsProvider.builder()
                    .endpoint("http://127.0.0.1:" + server.getAddress().getPort()).roleName("role").build();
            assertThat(CallScope.apply(CallScope.limits(Duration.ofSeconds(5), () -> false), provider::resolve).secretId())
                    .isEqualTo("AKIDfast");
        } finally {
            server.stop(0);
        }
    }
}
