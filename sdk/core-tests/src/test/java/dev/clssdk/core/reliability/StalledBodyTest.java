package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.testing.StallingServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A body that stalls: an interrupt ends the call promptly, and the read timeout ends each attempt
 * at its timeout, not a multiple of it (issue 16, defects 9 and 10). The bounds leave room for a
 * loaded build machine's scheduling (a thread may wait a few hundred milliseconds for a core) while
 * staying far below what the defects took: the whole read timeout (10 s) for an interrupt, and a
 * timeout started again by each byte or each retry of a read.
 */
@Timeout(60)
class StalledBodyTest {
    private StallingServer server;

    @BeforeEach
    void start() throws Exception {
        server = new StallingServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private ClientRuntime client(Duration readTimeout) {
        return new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDstall", "stallKey"))
                .endpointUrl(server.url()).rateLimiting(false).retryPolicy(RetryPolicy.none())
                .readTimeout(readTimeout).callTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void anInterruptEndsABlockingCallWithAStalledBodyPromptlyAndKeepsTheFlag() throws Exception {
        try (ClientRuntime runtime = client(Duration.ofSeconds(10))) {
            CompletableFuture<Object[]> outcome = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class);
                    outcome.complete(new Object[] {null, false, 0L});
                } catch (RuntimeException e) {
                    outcome.complete(new Object[] {e, Thread.currentThread().isInterrupted(), System.nanoTime()});
                }
            });
            caller.start();
            Thread.sleep(500); // the body has stalled by now
            long interruptedAt = System.nanoTime();
            caller.interrupt();
            Object[] result = outcome.get(15, TimeUnit.SECONDS);
            assertThat(result[0]).isInstanceOf(SdkInterruptedException.class);
            assertThat((Boolean) result[1]).as("interrupt flag").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis((Long) result[2] - interruptedAt)).as("ms from interrupt to exception")
                    .isLessThan(1000);
        }
    }

    @Test
    void stalledAttemptsEndAtTheirReadTimeout() throws Exception {
        Duration timeout = Duration.ofMillis(2000);
        List<Long> millis = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        try (ClientRuntime runtime = client(timeout)) {
            for (int i = 0; i < 9; i++) {
                long start = System.nanoTime();
                try {
                    runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class);
                } catch (TransportException e) {
                    assertThat(e.isTimeout()).isTrue();
                    messages.add(e.getMessage());
                }
                if (i > 0) { // the first attempt also loads classes and connects: not measured
                    millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                }
            }
        }
        System.out.println("stalled attempts (ms): " + millis + " " + messages.stream().distinct().toList());
        assertThat(messages).hasSize(9);
        List<Long> sorted = millis.stream().sorted().toList();
        assertThat(sorted.get(0)).as("the fastest attempt, ms").isGreaterThanOrEqualTo(timeout.toMillis() * 9 / 10);
        assertThat(sorted.get(sorted.size() / 2)).as("the median attempt, ms").isLessThanOrEqualTo(timeout.toMillis() * 11 / 10);
        assertThat(sorted.get(sorted.size() - 1)).as("the slowest attempt, ms").isLessThanOrEqualTo(timeout.toMillis() * 3 / 2);
    }
}
