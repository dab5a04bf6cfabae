package dev.clssdk.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.CallMetrics;
import dev.clssdk.core.ClientClosedException;
import dev.clssdk.core.ExecutionHook;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.TransportFailure;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.testing.FakeTime;
import dev.clssdk.ping.BusyException;
import dev.clssdk.ping.ClockException;
import dev.clssdk.ping.OopsException;
import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.model.PutRequest;
import dev.clssdk.ping.model.PutResponse;
import dev.clssdk.ping.model.SlowRequest;
import dev.clssdk.ping.model.SlowResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The core's call executor on its own: the attempt loop, which failures it repeats and after how
 * long, the retry policy's limits, clock-skew recovery, interrupts, close and metrics. The
 * generated Ping service is called through a scripted transport on a fake clock: nothing leaves
 * the process and no test sleeps. Retry policy: 100 ms base delay, jitter fixed at one half.
 */
@Timeout(30)
class CallExecutorTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String OK = "{\"Response\":{\"Echo\":\"e\",\"RequestId\":\"r\"}}";

    private final FakeTime time = new FakeTime(START);
    private final ScriptedTransport transport = new ScriptedTransport();
    private final List<CallMetrics> metrics = new CopyOnWriteArrayList<>();
    private ClientRuntime runtime = client(policy().build(), false);

    private static RetryPolicy.Builder policy() {
        return RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(5))
                .totalTimeout(Duration.ofSeconds(30)).random(() -> 0.5);
    }

    private ClientRuntime client(RetryPolicy policy, boolean rateLimiting) {
        return new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDexec", "execKey"))
                .httpTransport(settings -> transport).clock(time).sleeper(time)
                .retryPolicy(policy).rateLimiting(rateLimiting)
                .addHook(new ExecutionHook() {
                    @Override
                    public void onCallMetrics(CallMetrics m) {
                        metrics.add(m);
                    }
                })
                .build();
    }

    @AfterEach
    void close() {
        runtime.close();
        Thread.interrupted();
    }

    private PingResponse ping() {
        return runtime.execute(PingOperations.PING, PingRequest.builder().name("n").build(), RequestOptions.none(),
                PingResponse.class);
    }

    private PutResponse put() {
        return runtime.execute(PingOperations.PUT, PutRequest.builder().name("n").build(), RequestOptions.none(),
                PutResponse.class);
    }

    private static TransportOutcome ok() {
        return json(200, OK);
    }

    private static TransportOutcome error(String code) {
        return json(200, "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"m\"},\"RequestId\":\"r\"}}");
    }

    private static TransportOutcome json(int status, String body) {
        return new TransportResponse(status, List.of(Map.entry("Content-Type", "application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static TransportOutcome html(int status) {
        return new TransportResponse(status, List.of(Map.entry("Content-Type", "text/html")),
                "<html>busy</html>".getBytes(StandardCharsets.UTF_8));
    }

    private static TransportOutcome refused() {
        return TransportFailure.beforeSend(false, "connection refused", new ConnectException("refused"));
    }

    private static TransportOutcome readTimeout() {
        return TransportFailure.afterSend(true, "read timed out", new SocketTimeoutException("read timed out"));
    }

    @Test
    void anIdempotentCallIsRepeatedAfterTransientErrorsWithTheBackoffsOfThePolicy() {
        transport.script(error("Oops"), html(503), ok());
        assertThat(ping().echo()).isEqualTo("e");
        assertThat(transport.requests()).hasSize(3);
        assertThat(time.sleeps()).as("half of the 100 ms and 200 ms caps").containsExactly(Duration.ofMillis(50),
                Duration.ofMillis(100));
    }

    @Test
    void aCallThatIsNotIdempotentIsNotRepeatedAfterATransientError() {
        transport.script(error("Oops"), ok());
        assertThatThrownBy(this::put).isInstanceOf(OopsException.class)
                .satisfies(e -> assertThat(((ServiceException) e).isRetryable()).isFalse());
        transport.script(html(503), ok());
        assertThatThrownBy(this::put).isInstanceOf(ProtocolException.class)
                .satisfies(e -> assertThat(((ProtocolException) e).httpStatus()).isEqualTo(503));
        assertThat(transport.requests()).hasSize(2);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void throttlingIsRepeatedForAnyActionNoSoonerThanTheNextRateWindow() {
        transport.script(error("Busy"), ok());
        assertThat(put().echo()).isEqualTo("e");
        transport.script(html(429), ok());
        assertThat(put().echo()).isEqualTo("e");
        assertThat(transport.requests()).hasSize(4);
        assertThat(time.sleeps()).as("the 50 ms backoff is raised to the API's one-second window")
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aBackoffLongerThanTheRateWindowIsKeptAfterThrottling() {
        runtime.close();
        runtime = client(policy().baseDelay(Duration.ofSeconds(4)).random(() -> 1.0).build(), false);
        transport.script(error("Busy"), ok());
        put();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void aFailureBeforeAnythingWasSentIsRepeatedEvenForACallThatIsNotIdempotent() {
        transport.script(refused(), ok());
        assertThat(put().echo()).isEqualTo("e");
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void aFailureAfterTheRequestMayHaveBeenSentIsRepeatedOnlyForAnIdempotentCall() {
        transport.script(readTimeout(), ok());
        assertThatThrownBy(this::put).isInstanceOf(TransportException.class)
                .satisfies(e -> {
                    assertThat(((TransportException) e).mayHaveReachedServer()).isTrue();
                    assertThat(((TransportException) e).isTimeout()).isTrue();
                });
        assertThat(transport.requests()).as("the write is never sent twice").hasSize(1);

        transport.script(readTimeout(), ok());
        assertThat(ping().echo()).isEqualTo("e");
        assertThat(transport.requests()).hasSize(3);
    }

    @Test
    void anErrorThatIsNeitherThrottlingNorTransientIsNeverRepeated() {
        transport.script(error("InvalidParameter"), ok());
        assertThatThrownBy(this::ping).isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).rawCode()).isEqualTo("InvalidParameter"));
        transport.script(html(404), ok());
        assertThatThrownBy(this::ping).isInstanceOf(ProtocolException.class);
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void attemptsStopAtTheMaximumWithTheLastFailure() {
        transport.script(error("Oops"), error("Oops"), error("Busy"), error("Oops"), ok());
        assertThatThrownBy(this::ping).isInstanceOf(OopsException.class);
        assertThat(transport.requests()).hasSize(4);
        assertThat(time.sleeps()).as("three waits between four attempts")
                .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    @Test
    void noRetryStartsWhenItsBackoffWouldEndPastTheTotalTimeout() {
        runtime.close();
        runtime = client(policy().baseDelay(Duration.ofMillis(400)).random(() -> 1.0)
                .totalTimeout(Duration.ofMillis(1500)).build(), false);
        // Each attempt takes 200 ms of the clock: 200 + 400 + 200 = 800 ms, then 800 ms more would pass 1500.
        transport.onEach(() -> time.advance(Duration.ofMillis(200)));
        transport.script(error("Oops"), error("Oops"), ok());
        assertThatThrownBy(this::ping).isInstanceOf(OopsException.class);
        assertThat(transport.requests()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(400));
    }

    private static TransportOutcome clockError(Instant serverNow) {
        return new TransportResponse(200, List.of(Map.entry("Content-Type", "application/json"),
                Map.entry("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow.atOffset(ZoneOffset.UTC)))),
                "{\"Response\":{\"Error\":{\"Code\":\"Clock\",\"Message\":\"m\"},\"RequestId\":\"r\"}}"
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aClockSkewErrorIsRepeatedAtOnceSignedWithTheServersTime() {
        Instant serverNow = START.plusSeconds(600);
        transport.script(clockError(serverNow), ok());
        assertThat(put().echo()).as("re-signing is safe even for a call that is not idempotent").isEqualTo("e");
        assertThat(time.sleeps()).isEmpty();
        List<TransportRequest> sent = transport.requests();
        assertThat(sent.get(0).headers().get("X-TC-Timestamp")).isEqualTo(Long.toString(START.getEpochSecond()));
        assertThat(sent.get(1).headers().get("X-TC-Timestamp")).isEqualTo(Long.toString(serverNow.getEpochSecond()));
        transport.script(ok());
        put();
        assertThat(transport.requests().get(2).headers().get("X-TC-Timestamp"))
                .as("later calls keep the correction").isEqualTo(Long.toString(serverNow.getEpochSecond()));
    }

    @Test
    void aCallIsReSignedForClockSkewOnlyOnce() {
        transport.script(clockError(START.plusSeconds(600)), clockError(START.plusSeconds(1200)), ok());
        assertThatThrownBy(this::put).isInstanceOf(ClockException.class)
                .hasMessageContaining("retried once; the server still rejects its timestamp");
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void aClockSkewErrorIsNotRepeatedWhenTheServersDateShowsNoSkew() {
        transport.script(clockError(START.plusSeconds(5)), ok());
        assertThatThrownBy(this::put).isInstanceOf(ClockException.class).hasMessageContaining("shows no clock skew");
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aClockSkewErrorWithoutADateHeaderIsNotRepeated() {
        transport.script(error("Clock"), ok());
        assertThatThrownBy(this::ping).isInstanceOf(ClockException.class)
                .hasMessageContaining("no usable Date header");
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void anInterruptedCallerSendsNothingAndKeepsItsInterrupt() {
        transport.script(ok());
        Thread.currentThread().interrupt();
        assertThatThrownBy(this::ping).isInstanceOf(SdkInterruptedException.class)
                .hasMessageContaining("before it was sent");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aCallerInterruptedDuringABackoffStopsThereAndKeepsItsInterrupt() {
        time.onSleep(d -> Thread.currentThread().interrupt());
        transport.script(error("Oops"), ok());
        assertThatThrownBy(this::ping).isInstanceOf(SdkInterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aClosedClientSendsNothing() {
        runtime.close();
        transport.script(ok());
        assertThatThrownBy(this::ping).isInstanceOf(ClientClosedException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aClientClosedDuringABackoffEndsTheCallWithoutAnotherAttempt() {
        time.onSleep(d -> runtime.close());
        transport.script(error("Oops"), ok());
        assertThatThrownBy(this::ping).isInstanceOf(ClientClosedException.class)
                .satisfies(e -> assertThat(((ClientClosedException) e).isRetryable()).isFalse());
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void callsOfARateLimitedActionAreSpacedByItsRate() {
        runtime.close();
        runtime = client(policy().build(), true);
        transport.script(ok(), ok(), ok(), ok());
        for (int i = 0; i < 3; i++) {
            runtime.execute(PingOperations.SLOW, SlowRequest.builder().name("n").build(), RequestOptions.none(),
                    SlowResponse.class);
        }
        ping();
        assertThat(time.sleeps()).as("Slow allows 2 a second; Ping has no limit")
                .containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(metrics).extracting(CallMetrics::rateLimitWait)
                .containsExactly(Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(500), Duration.ZERO);
    }

    @Test
    void withRateLimitingOffCallsAreNotSpaced() {
        transport.script(ok(), ok(), ok());
        for (int i = 0; i < 3; i++) {
            runtime.execute(PingOperations.SLOW, SlowRequest.builder().name("n").build(), RequestOptions.none(),
                    SlowResponse.class);
        }
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void metricsShowEveryAttemptOfACall() {
        transport.onEach(() -> time.advance(Duration.ofMillis(30)));
        transport.script(error("Busy"), html(502), ok());
        ping();
        assertThat(metrics).hasSize(1);
        CallMetrics call = metrics.get(0);
        assertThat(call.service()).isEqualTo("ping");
        assertThat(call.action()).isEqualTo("Ping");
        assertThat(call.succeeded()).isTrue();
        assertThat(call.retries()).isEqualTo(2);
        assertThat(call.throttledAttempts()).isEqualTo(1);
        assertThat(call.attempts()).extracting(CallMetrics.Attempt::httpStatus).containsExactly(200, 502, 200);
        assertThat(call.attempts()).extracting(CallMetrics.Attempt::latency).containsOnly(Duration.ofMillis(30));
        assertThat(call.totalLatency()).as("three attempts and the 1 s and 100 ms waits")
                .isEqualTo(Duration.ofMillis(30 * 3 + 1000 + 100));
    }

    @Test
    void metricsOfAFailedCallNameItsFailure() {
        transport.script(error("Busy"), error("Busy"), error("Busy"), error("Busy"));
        assertThatThrownBy(this::put).isInstanceOf(BusyException.class);
        CallMetrics call = metrics.get(0);
        assertThat(call.succeeded()).isFalse();
        assertThat(call.errorCode()).isEqualTo("Busy");
        assertThat(call.failure()).isEqualTo("BusyException");
        assertThat(call.throttledAttempts()).isEqualTo(4);
    }

    @Test
    void anAsynchronousCallFollowsTheSameRules() throws Exception {
        runtime.close();
        runtime = client(policy().baseDelay(Duration.ofMillis(1)).build(), false);
        transport.script(error("Oops"), ok());
        CompletableFuture<PingResponse> idempotent = runtime.executeAsync(PingOperations.PING,
                PingRequest.builder().name("n").build(), RequestOptions.none(), PingResponse.class);
        assertThat(idempotent.get(10, TimeUnit.SECONDS).echo()).isEqualTo("e");

        transport.script(readTimeout(), ok());
        CompletableFuture<PutResponse> write = runtime.executeAsync(PingOperations.PUT,
                PutRequest.builder().name("n").build(), RequestOptions.none(), PutResponse.class);
        assertThatThrownBy(() -> write.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TransportException.class);
        assertThat(transport.requests()).hasSize(3);
    }

    /** Plays the given outcomes in order, one per attempt, and keeps every request it was given. */
    private static final class ScriptedTransport implements HttpTransport {
        private final Deque<TransportOutcome> script = new ArrayDeque<>();
        private final List<TransportRequest> requests = new ArrayList<>();
        private Runnable onEach = () -> { };

        synchronized void script(TransportOutcome... outcomes) {
            script.clear();
            script.addAll(List.of(outcomes));
        }

        synchronized void onEach(Runnable action) {
            onEach = action;
        }

        synchronized List<TransportRequest> requests() {
            return new ArrayList<>(requests);
        }

        @Override
        public synchronized TransportOutcome execute(TransportRequest request, ExchangeControl control) {
            requests.add(request);
            onEach.run();
            TransportOutcome next = script.poll();
            return next != null ? next
                    : TransportFailure.clientFailed(true, new IOException("the test scripted no more outcomes"));
        }

        @Override
        public CompletableFuture<TransportOutcome> executeAsync(TransportRequest request, ExchangeControl control) {
            return CompletableFuture.completedFuture(execute(request, control));
        }

        @Override
        public boolean interruptible() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
