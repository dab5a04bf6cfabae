package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Async calls use as many connections as the pool keeps; a client's threads never keep a JVM alive (issue 16, defects 5 and 11). */
@Timeout(30)
class ConcurrencyAndThreadsTest {
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile int target = 1;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                // Hold each answer until `target` calls are in flight together, or a second has passed.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                while (inFlight.get() < target && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(20);
                inFlight.decrementAndGet();
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"Response\":{\"Echo\":\"e\",\"RequestId\":\"r\"}}").build();
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PingRuntimeBuilder builder() {
        return new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDconc", "concKey"))
                .endpointUrl("http://127.0.0.1:" + server.getPort()).rateLimiting(false);
    }

    private int maxConcurrencyOf(ClientRuntime runtime, int calls) throws Exception {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        return maxInFlight.get();
    }

    @Test
    void asyncCallsRunAsConcurrentlyAsTheConnectionPoolAllowsByDefault() throws Exception {
        try (ClientRuntime runtime = builder().build()) {
            target = 24;
            assertThat(maxConcurrencyOf(runtime, 24)).isEqualTo(24);
        }
    }

    @Test
    void asyncConcurrencyIsAnOption() throws Exception {
        try (ClientRuntime runtime = builder().maxConcurrentRequests(3).build()) {
            target = 4;
            assertThat(maxConcurrencyOf(runtime, 9)).isEqualTo(3);
        }
    }

    @Test
    void everyThreadAClientStartsIsADaemon() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ClientRuntime runtime = builder().build(); // never closed, as in a program that forgets to
        runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class).get(10, TimeUnit.SECONDS);
        runtime.execute(PingOperations.PING, PingRequest.builder().name("b").build(), RequestOptions.none(), PingResponse.class);
        List<String> nonDaemon = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                .filter(t -> !t.getName().startsWith("MockWebServer"))
                .map(Thread::getName).collect(Collectors.toList());
        assertThat(nonDaemon).isEmpty();
    }
}
