package dev.clssdk.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.Sleeper;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.testing.FakeTime;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.SlowRequest;
import dev.clssdk.ping.model.SlowResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A call that gives up while it waits for its rate-limiter slot (interrupted, cancelled) gives the
 * slot back: the next call gets it instead of queueing behind a call that will never be sent.
 * {@code Slow} allows 2 calls a second, one slot every 500 ms.
 */
@Timeout(30)
class RateLimiterReservationTest {
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private final FakeTime time = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicBoolean interruptNextSleep = new AtomicBoolean();
    private final List<Duration> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Sleeper sleeper = duration -> {
        sleeps.add(duration);
        if (interruptNextSleep.getAndSet(false)) {
            throw new InterruptedException("test");
        }
        time.sleep(duration);
    };
    private final ClientRuntime runtime = new PingRuntimeBuilder()
            .credentials(CredentialsProvider.of("AKIDlimit", "limitKey"))
            .httpTransport(settings -> new AnswersOk())
            .clock(time).sleeper(sleeper).build();

    @AfterEach
    void close() {
        runtime.close();
        Thread.interrupted();
    }

    private SlowResponse slow() {
        return runtime.execute(PingOperations.SLOW, SlowRequest.builder().name("a").build(), RequestOptions.none(), SlowResponse.class);
    }

    @Test
    void aCallInterruptedWhileWaitingForItsSlotGivesTheSlotBack() {
        slow(); // takes the slot at t=0
        interruptNextSleep.set(true);
        assertThatThrownBy(this::slow).isInstanceOf(SdkInterruptedException.class);
        assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
        assertThat(sleeps).containsExactly(INTERVAL);

        slow();
        assertThat(sleeps).as("the next call waits for the slot the interrupted call left, not the one after")
                .containsExactly(INTERVAL, INTERVAL);
    }

    @Test
    void anAsynchronousCallCancelledWhileWaitingForItsSlotGivesTheSlotBack() {
        slow(); // takes the slot at t=0
        CompletableFuture<SlowResponse> queued = runtime.executeAsync(PingOperations.SLOW, SlowRequest.builder().name("a").build(),
                RequestOptions.none(), SlowResponse.class);
        assertThat(queued.cancel(true)).isTrue();

        slow();
        assertThat(sleeps).as("the blocking call takes the slot the cancelled one left").containsExactly(INTERVAL);
    }

    @Test
    void anAsynchronousCallThatTimesOutWhileWaitingForItsSlotGivesTheSlotBack() {
        slow(); // takes the slot at t=0
        CompletableFuture<SlowResponse> queued = runtime.executeAsync(PingOperations.SLOW,
                SlowRequest.builder().name("a").build(), RequestOptions.none(), SlowResponse.class)
                .orTimeout(1, TimeUnit.MILLISECONDS);
        assertThatThrownBy(() -> queued.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);

        slow();
        assertThat(sleeps).as("the blocking call takes the slot the timed-out one left").containsExactly(INTERVAL);
    }

    /** Answers every call at once with a success envelope; nothing leaves the process. */
    private static final class AnswersOk implements HttpTransport {
        @Override
        public TransportOutcome execute(TransportRequest request, ExchangeControl control) {
            return new TransportResponse(200, List.of(Map.entry("Content-Type", "application/json")),
                    "{\"Response\":{\"Echo\":\"e\",\"RequestId\":\"r\"}}".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public CompletableFuture<TransportOutcome> executeAsync(TransportRequest request, ExchangeControl control) {
            return CompletableFuture.completedFuture(execute(request, control));
        }

        @Override
        public void close() {
        }
    }
}
