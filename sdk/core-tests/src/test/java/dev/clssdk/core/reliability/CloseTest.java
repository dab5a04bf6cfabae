package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.ClientClosedException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.model.SlowRequest;
import dev.clssdk.ping.model.SlowResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.testing.RawHttpServer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After {@code close()} returns no request leaves the client: calls waiting in the rate limiter end
 * with {@link ClientClosedException}, in-flight calls are cancelled (issue 16, defect 6).
 */
@Timeout(30)
class CloseTest {
    private final MockWebServer server = new MockWebServer();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean stall;
    private ClientRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (stall) {
                    release.await(10, TimeUnit.SECONDS);
                }
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"Response\":{\"Echo\":\"e\",\"RequestId\":\"r\"}}").build();
            }
        });
        runtime = new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDclose", "closeKey"))
                .endpointUrl("http://127.0.0.1:" + server.getPort()).readTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofSeconds(25)).build();
    }

    @AfterEach
    void stop() {
        release.countDown();
        runtime.close();
        server.close();
    }

    private Throwable blockingSlowCall() {
        try {
            runtime.execute(PingOperations.SLOW, SlowRequest.builder().name("a").build(), RequestOptions.none(), SlowResponse.class);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void closeClosesTheConnectionsTheClientKeptAlive() throws Exception {
        String body = "{\"Response\":{\"Echo\":\"e\",\"RequestId\":\"r\"}}";
        try (RawHttpServer keepAlive = new RawHttpServer("keep-alive", (client, head, in, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The connection stays open, as a keep-alive server's does, until the client closes it.
            while (in.read() >= 0) {
                // a second request on the connection is not expected; drain until the client closes
            }
        })) {
            ClientRuntime client = new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDclose", "closeKey"))
                    .endpointUrl(keepAlive.url()).build();
            client.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class);
            assertThat(keepAlive.openConnections()).isEqualTo(1);

            client.close();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (keepAlive.openConnections() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(keepAlive.openConnections()).as("connections still open 2 s after close()").isZero();
        }
    }

    @Test
    void blockingCallsWaitingInTheRateLimiterEndWithAClosedErrorAndNeverReachTheServer() throws Exception {
        List<CompletableFuture<Throwable>> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            callers.add(CompletableFuture.supplyAsync(this::blockingSlowCall, runnable -> new Thread(runnable).start()));
        }
        while (server.getRequestCount() < 1) {
            Thread.sleep(5);
        }
        runtime.close();
        long closedAt = System.nanoTime();
        int reachedBeforeClose = server.getRequestCount();
        for (CompletableFuture<Throwable> caller : callers) {
            caller.get(2, TimeUnit.SECONDS);
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closedAt)).isLessThan(1_000);
        long closedErrors = callers.stream().map(CompletableFuture::join)
                .filter(failure -> failure instanceof ClientClosedException).count();
        assertThat(closedErrors).isGreaterThanOrEqualTo(8 - reachedBeforeClose);
        Thread.sleep(600);
        assertThat(server.getRequestCount()).isEqualTo(reachedBeforeClose);
    }

    @Test
    void asyncCallsWaitingInTheRateLimiterFailAtOnceWhenTheClientCloses() throws Exception {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(runtime.executeAsync(PingOperations.SLOW, SlowRequest.builder().name("a").build(), RequestOptions.none(), SlowResponse.class));
        }
        while (server.getRequestCount() < 1) {
            Thread.sleep(5);
        }
        runtime.close();
        int reachedBeforeClose = server.getRequestCount();
        int closed = 0;
        for (CompletableFuture<?> future : futures) {
            try {
                future.get(300, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ClientClosedException.class);
                closed++;
            }
        }
        assertThat(closed).isGreaterThanOrEqualTo(8 - reachedBeforeClose);
        Thread.sleep(600);
        assertThat(server.getRequestCount()).isEqualTo(reachedBeforeClose);
    }

    @Test
    void anInFlightCallIsCancelledByClose() throws Exception {
        stall = true;
        CompletableFuture<Throwable> caller = CompletableFuture.supplyAsync(() -> {
            try {
                runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class);
                return null;
            } catch (RuntimeException e) {
                // The caller's thread is its own: how the SDK stopped the call must not leave it interrupted.
                return Thread.currentThread().isInterrupted() ? new AssertionError("left interrupted", e) : e;
            }
        }, runnable -> new Thread(runnable).start());
        while (server.getRequestCount() < 1) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
        long start = System.nanoTime();
        runtime.close();
        Throwable failure = caller.get(2, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
        assertThat(failure).isInstanceOfSatisfying(ClientClosedException.class,
                e -> assertThat(((TransportException) e).mayHaveReachedServer()).isTrue());
    }
}
