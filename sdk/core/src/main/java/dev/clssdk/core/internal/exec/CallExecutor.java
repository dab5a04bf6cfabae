package dev.clssdk.core.internal.exec;

import dev.clssdk.core.ClientClosedException;
import dev.clssdk.core.ExecutionHook;
import dev.clssdk.core.Operation;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.client.ErrorKind;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportFailure;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.internal.http.ActionCalls;
import dev.clssdk.core.internal.http.ResponseReader;
import dev.clssdk.core.internal.http.Attempt;
import dev.clssdk.core.internal.http.ClockSkew;
import dev.clssdk.core.internal.http.ExchangeLog;
import dev.clssdk.core.internal.http.RequestSigner;
import dev.clssdk.core.internal.retry.ActionRateLimiters;
import dev.clssdk.core.internal.retry.TimeSource;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call of any action with the rate limiter, retries and clock-skew recovery, blocking
 * or asynchronously. Each attempt goes through the core's stages in order: write the request
 * ({@link ActionCalls}), sign it ({@link RequestSigner}), send it ({@link HttpTransport}), read
 * the response or the failure ({@link ResponseReader}), and decide whether to try again
 * ({@link Attempts}). Failures are values until here: the transport returns them, the reader turns
 * them into typed exceptions. Generic over {@link Operation}: the generated client hands it the
 * action's metadata and its response class, so a new action needs no change here.
 */
public final class CallExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);
    /** The window of the API's per-second rate limits: the least wait after a throttling response. */
    private static final Duration RATE_WINDOW = Duration.ofSeconds(1);

    private final ServiceMetadata service;
    private final HttpTransport transport;
    private final ActionCalls actions;
    private final RequestSigner signer;
    private final ResponseReader reader;
    private final RetryPolicy defaultPolicy;
    private final ActionRateLimiters limiters;
    private final TimeSource time;
    private final ClockSkew skew;
    private final Lifecycle lifecycle = new Lifecycle();
    private final InterruptWatchdog interrupts = new InterruptWatchdog();
    private final List<ExecutionHook> hooks;
    /** Signs the attempts of asynchronous calls whose credentials provider may wait; made on first use. */
    private volatile ExecutorService signing;

    /**
     * @param service the service called
     * @param transport sends the attempts
     * @param actions writes the request of an attempt
     * @param signer signs it
     * @param reader reads its response or failure
     * @param policy the client's retry policy
     * @param limiters the per-action rate limiters
     * @param time the clock and sleeper
     * @param skew the correction for the server's clock
     * @param hooks called around every call
     */
    public CallExecutor(ServiceMetadata service, HttpTransport transport, ActionCalls actions, RequestSigner signer,
            ResponseReader reader, RetryPolicy policy, ActionRateLimiters limiters, TimeSource time, ClockSkew skew,
            List<ExecutionHook> hooks) {
        this.service = service;
        this.transport = transport;
        this.actions = actions;
        this.signer = signer;
        this.reader = reader;
        this.defaultPolicy = policy;
        this.limiters = limiters;
        this.time = time;
        this.skew = skew;
        this.hooks = List.copyOf(hooks);
    }

    /**
     * Closes: from now on no attempt starts; calls waiting (rate limiter, backoff) end with
     * {@link ClientClosedException} at once, attempts in flight are cancelled.
     */
    public void close() {
        lifecycle.close();
        interrupts.stop();
        ExecutorService threads = signing;
        if (threads != null) {
            threads.shutdown();
        }
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return lifecycle.isClosed();
    }

    /**
     * Runs a call, blocking.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action
     * @param request the request
     * @param options per-call settings
     * @param responseType the class of the response
     * @return the response
     */
    public <I, O> O execute(Operation<I, O> operation, I request, RequestOptions options, Class<O> responseType) {
        Hooks calls = new Hooks(operation, request);
        Attempts attempts = new Attempts(operation, options, time.nanoTime());
        try {
            while (true) {
                checkOpen(operation);
                long reservedAt = time.nanoTime();
                long limiterWait = limiters.reserve(operation, reservedAt);
                calls.metrics.waitedForRateLimiter(limiterWait);
                try {
                    sleep(operation, Duration.ofNanos(limiterWait), "the rate limiter");
                } catch (SdkException e) {
                    limiters.cancel(operation, reservedAt + limiterWait, time.nanoTime());
                    throw e;
                }
                SdkException failure;
                calls.metrics.attemptStarted(time.nanoTime());
                try {
                    attempts.sent++;
                    O response = executeOnce(operation, request, options, responseType);
                    calls.metrics.attemptSucceeded(time.nanoTime(), 200);
                    calls.succeeded(response, attempts.sent);
                    return response;
                } catch (SdkException e) {
                    calls.metrics.attemptFailed(time.nanoTime(), e);
                    failure = e;
                }
                RetryDecision decision = attempts.next(failure);
                if (decision instanceof RetryDecision.GiveUp giveUp) {
                    throw giveUp.failure();
                }
                sleep(operation, ((RetryDecision.Retry) decision).delay(), "a retry backoff");
            }
        } catch (SdkException e) {
            calls.failed(e, attempts.sent);
            throw e;
        }
    }

    private <I, O> O executeOnce(Operation<I, O> operation, I request, RequestOptions options, Class<O> responseType) {
        ExchangeControl control = new ExchangeControl();
        if (!lifecycle.admit(control)) {
            throw closedError(operation);
        }
        InterruptWatchdog.Watched watched = transport.interruptible() ? null : interrupts.watch(control);
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new SdkInterruptedException(operation.action() + " was interrupted before it was sent", null);
            }
            Attempt attempt = prepare(operation, request, options, control);
            ExchangeLog.sending(attempt);
            long sentAt = System.nanoTime();
            TransportOutcome outcome = send(attempt);
            ExchangeLog.received(attempt, outcome, sentAt);
            if (outcome instanceof TransportFailure failure) {
                throw failed(attempt, failure, true);
            }
            return reader.read(attempt, outcome, responseType);
        } finally {
            if (watched != null) {
                interrupts.unwatch(watched);
            }
            lifecycle.done(control);
        }
    }

    /** Sends an attempt, blocking; a transport that throws, against its contract, fails it as a client failure. */
    private TransportOutcome send(Attempt attempt) {
        try {
            return transport.execute(attempt.request(), attempt.control());
        } catch (RuntimeException e) {
            return TransportFailure.clientFailed(true, e);
        }
    }

    /** Writes and signs an attempt. */
    private Attempt prepare(Operation<?, ?> operation, Object request, RequestOptions options, ExchangeControl control) {
        long start = time.nanoTime();
        return signer.sign(operation, options, actions.body(operation, request), control, start);
    }

    /**
     * The typed exception of a failed exchange: the client's close or the caller's interrupt first
     * (they abort exchanges, whatever failure that shows as), then what the transport reported.
     */
    private SdkException failed(Attempt attempt, TransportFailure failure, boolean callerThread) {
        if (lifecycle.isClosed()) {
            return new ClientClosedException(attempt.action(), "the client was closed during the call, which was cancelled",
                    failure.requestMayHaveBeenSent());
        }
        if (callerThread && (Thread.currentThread().isInterrupted() || failure.kind() == TransportFailure.Kind.ABORTED)) {
            Thread.currentThread().interrupt();
            return new SdkInterruptedException(attempt.action() + " was interrupted", failure.cause());
        }
        return reader.failed(attempt, failure);
    }

    /**
     * Runs a call asynchronously: each attempt is sent by the transport without blocking, waits are
     * scheduled, no thread blocks (an attempt whose credentials provider may wait is signed on a
     * thread of this executor's).
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action
     * @param request the request
     * @param options per-call settings
     * @param responseType the class of the response
     * @return the future response
     */
    public <I, O> CompletableFuture<O> executeAsync(Operation<I, O> operation, I request, RequestOptions options,
            Class<O> responseType) {
        AsyncCall<I, O> call = new AsyncCall<>(operation, request, options, responseType);
        call.schedule(Duration.ZERO);
        return call.result;
    }

    private Executor signingThreads() {
        ExecutorService threads = signing;
        if (threads == null) {
            synchronized (this) {
                threads = signing;
                if (threads == null) {
                    AtomicInteger count = new AtomicInteger();
                    threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                            task -> {
                                Thread thread = new Thread(task, "sdk-core credentials " + count.incrementAndGet());
                                thread.setDaemon(true);
                                return thread;
                            });
                    signing = threads;
                }
            }
        }
        return threads;
    }

    private void checkOpen(Operation<?, ?> operation) {
        if (lifecycle.isClosed()) {
            throw closedError(operation);
        }
    }

    private static ClientClosedException closedError(Operation<?, ?> operation) {
        return new ClientClosedException(operation.action(), "the client is closed", false);
    }

    /** Waits; on the system clock the wait ends early, with the closed error, when the client closes. */
    private void sleep(Operation<?, ?> operation, Duration duration, String what) {
        try {
            if (time.sleepsOnSystemClock()) {
                if (lifecycle.awaitClose(duration)) {
                    throw closedError(operation);
                }
            } else {
                time.sleep(duration);
                checkOpen(operation);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SdkInterruptedException(operation.action() + " was interrupted while waiting for " + what, e);
        }
    }

    /** Calls the hooks of one call; a hook that throws is logged and ignored. */
    private final class Hooks {
        private final Operation<?, ?> operation;
        private final Object request;
        final MetricsRecorder metrics;

        Hooks(Operation<?, ?> operation, Object request) {
            this.operation = operation;
            this.request = request;
            this.metrics = new MetricsRecorder(service, operation.action(), time.nanoTime());
            for (ExecutionHook hook : hooks) {
                try {
                    hook.beforeExecution(operation, request);
                } catch (RuntimeException e) {
                    LOG.warn("{}: hook {} failed before the call: {}", operation.action(), hook, e.toString());
                }
            }
        }

        void succeeded(Object response, int attempts) {
            for (ExecutionHook hook : hooks) {
                try {
                    hook.afterExecution(operation, request, response, attempts);
                } catch (RuntimeException e) {
                    LOG.warn("{}: hook {} failed after the call: {}", operation.action(), hook, e.toString());
                }
            }
            reportMetrics(null);
        }

        private void reportMetrics(SdkException failure) {
            if (hooks.isEmpty()) {
                return;
            }
            dev.clssdk.core.CallMetrics summary = metrics.finish(time.nanoTime(), failure);
            for (ExecutionHook hook : hooks) {
                try {
                    hook.onCallMetrics(summary);
                } catch (RuntimeException e) {
                    LOG.warn("{}: hook {} failed on the call's metrics: {}", operation.action(), hook, e.toString());
                }
            }
        }

        void failed(SdkException failure, int attempts) {
            for (ExecutionHook hook : hooks) {
                try {
                    hook.onFailure(operation, request, failure, attempts);
                } catch (RuntimeException e) {
                    LOG.warn("{}: hook {} failed after a failure: {}", operation.action(), hook, e.toString());
                }
            }
            reportMetrics(failure);
        }
    }

    /**
     * The retry state of one call: decides after each failure whether and when to try again.
     */
    private final class Attempts {
        private final Operation<?, ?> operation;
        private final RetryPolicy policy;
        private final long startNanos;
        private int attempts;
        /** Attempts handed to the transport so far. */
        int sent;
        private Long skewCorrection;

        Attempts(Operation<?, ?> operation, RequestOptions options, long startNanos) {
            this.operation = operation;
            this.policy = options.retryPolicy().orElse(defaultPolicy);
            this.startNanos = startNanos;
        }

        /**
         * Whether and when to try again after a failed attempt.
         *
         * @param failure the attempt's failure
         * @return the wait before the next attempt, or the failure to end the call with (with a
         *     note about clock skew, if any)
         */
        RetryDecision next(SdkException failure) {
            attempts++;
            if (failure instanceof ServiceException && service.errorKind(((ServiceException) failure).rawCode()) == ErrorKind.CLOCK_SKEW) {
                return afterClockSkew((ServiceException) failure);
            }
            if (!failure.isRetryable() || lifecycle.isClosed()) {
                return new RetryDecision.GiveUp(failure);
            }
            if (attempts >= policy.maxAttempts()) {
                LOG.debug("{} failed after {} attempts: {}", operation.action(), attempts, failure.getMessage());
                return new RetryDecision.GiveUp(failure);
            }
            Duration delay = policy.backoff(attempts);
            if (isThrottling(failure) && delay.compareTo(RATE_WINDOW) < 0) {
                // Rate limits are per second: an earlier retry would land in the same window and be refused too.
                delay = RATE_WINDOW;
            }
            long elapsed = time.nanoTime() - startNanos;
            if (elapsed + delay.toNanos() > policy.totalTimeout().toNanos()) {
                LOG.debug("{} gave up after {} attempts in {} ms: {}", operation.action(), attempts,
                        TimeUnit.NANOSECONDS.toMillis(elapsed), failure.getMessage());
                return new RetryDecision.GiveUp(failure);
            }
            LOG.debug("{} attempt {} failed ({}); retrying in {} ms", operation.action(), attempts,
                    failure.getClass().getSimpleName(), delay.toMillis());
            return new RetryDecision.Retry(delay);
        }

        private boolean isThrottling(SdkException failure) {
            if (failure instanceof ServiceException) {
                return service.errorKind(((ServiceException) failure).rawCode()) == ErrorKind.THROTTLING;
            }
            return failure instanceof ProtocolException && ((ProtocolException) failure).httpStatus() == 429;
        }

        private RetryDecision afterClockSkew(ServiceException failure) {
            if (skewCorrection != null) {
                return new RetryDecision.GiveUp(service.serviceException(failure.details().withNote("The request was re-signed with the"
                        + " clock corrected by " + skewCorrection + " s (from the server's Date header) and"
                        + " retried once; the server still rejects its timestamp.")));
            }
            OptionalLong observed = skew.observedSkewSeconds();
            if (observed.isEmpty() || Math.abs(observed.getAsLong() - skew.offsetSeconds()) < ClockSkew.THRESHOLD_SECONDS) {
                return new RetryDecision.GiveUp(service.serviceException(failure.details().withNote(observed.isEmpty()
                        ? "The response had no usable Date header, so clock skew could not be checked; not retried."
                        : "The server's Date header shows no clock skew, so the request was not re-signed.")));
            }
            skewCorrection = observed.getAsLong();
            skew.correct(skewCorrection);
            LOG.warn("{}: local clock is {} s off the server's; re-signing with the corrected time",
                    operation.action(), -skewCorrection);
            return new RetryDecision.Retry(Duration.ZERO);
        }
    }

    /** One asynchronous call: each attempt is sent without blocking, waits are scheduled, no thread blocks. */
    private final class AsyncCall<I, O> {
        private final Operation<I, O> operation;
        private final I request;
        private final RequestOptions options;
        private final Class<O> responseType;
        private final Attempts attempts;
        private final Hooks calls;
        private final CompletableFuture<O> result = new CompletableFuture<>();
        private volatile ExchangeControl current;

        AsyncCall(Operation<I, O> operation, I request, RequestOptions options, Class<O> responseType) {
            this.operation = operation;
            this.request = request;
            this.options = options;
            this.responseType = responseType;
            this.attempts = new Attempts(operation, options, time.nanoTime());
            this.calls = new Hooks(operation, request);
            result.whenComplete((value, error) -> {
                ExchangeControl control = current;
                if (result.isCancelled() && control != null) {
                    control.abort();
                }
            });
        }

        void schedule(Duration backoff) {
            long start = time.nanoTime() + backoff.toNanos();
            long limiterWait = limiters.reserve(operation, start);
            calls.metrics.waitedForRateLimiter(limiterWait);
            long wait = backoff.toNanos() + limiterWait;
            if (wait <= 0) {
                start();
            } else {
                // A call that ends while it waits (cancelled, the client closed) gives its slot back.
                long slot = start + limiterWait;
                AtomicBoolean waiting = new AtomicBoolean(true);
                result.whenComplete((value, error) -> {
                    if (waiting.getAndSet(false)) {
                        limiters.cancel(operation, slot, time.nanoTime());
                    }
                });
                // A call waiting for its slot or backoff fails at once when the client closes.
                Runnable unregister = lifecycle.whenClosed(() -> fail(closedError(operation)));
                CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> {
                    unregister.run();
                    if (waiting.getAndSet(false)) {
                        start();
                    }
                });
            }
        }

        private void start() {
            if (result.isDone()) {
                return;
            }
            ExchangeControl control = new ExchangeControl();
            try {
                checkOpen(operation);
                current = control;
                if (result.isCancelled()) {
                    control.abort();
                }
                if (!lifecycle.admit(control)) {
                    throw closedError(operation);
                }
                attempts.sent++;
                calls.metrics.attemptStarted(time.nanoTime());
            } catch (SdkException e) {
                fail(e);
                return;
            }
            if (signer.mayBlock(options)) {
                CompletableFuture.supplyAsync(() -> prepare(operation, request, options, control), signingThreads())
                        .whenComplete((attempt, error) -> {
                            if (error != null) {
                                lifecycle.done(control);
                                onFailed(unwrap(error));
                            } else {
                                send(attempt);
                            }
                        });
                return;
            }
            Attempt attempt;
            try {
                attempt = prepare(operation, request, options, control);
            } catch (SdkException e) {
                lifecycle.done(control);
                onFailed(e);
                return;
            }
            send(attempt);
        }

        private void send(Attempt attempt) {
            ExchangeLog.sending(attempt);
            long sentAt = System.nanoTime();
            CompletableFuture<TransportOutcome> exchange;
            try {
                exchange = transport.executeAsync(attempt.request(), attempt.control());
            } catch (RuntimeException e) {
                exchange = CompletableFuture.completedFuture(TransportFailure.clientFailed(true, e));
            }
            exchange.whenComplete((outcome, error) -> {
                lifecycle.done(attempt.control());
                if (error != null) { // a transport must not fail its future; if one does, it is a bug of its own
                    onFailed(reader.failed(attempt, TransportFailure.clientFailed(true, error)));
                    return;
                }
                ExchangeLog.received(attempt, outcome, sentAt);
                received(attempt, outcome);
            });
        }

        private void received(Attempt attempt, TransportOutcome outcome) {
            if (outcome instanceof TransportFailure failure) {
                SdkException typed = failed(attempt, failure, false);
                if (typed instanceof ClientClosedException) {
                    fail(typed);
                } else {
                    onFailed(typed);
                }
                return;
            }
            O body;
            try {
                body = reader.read(attempt, outcome, responseType);
            } catch (SdkException e) {
                onFailed(e);
                return;
            }
            calls.metrics.attemptSucceeded(time.nanoTime(), ((TransportResponse) outcome).status());
            if (result.complete(body)) {
                calls.succeeded(body, attempts.sent);
            }
        }

        private SdkException unwrap(Throwable error) {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof SdkException) {
                return (SdkException) cause;
            }
            if (lifecycle.isClosed()) {
                return closedError(operation);
            }
            return new dev.clssdk.core.CredentialsException(List.of("signing failed with " + cause.getClass().getName()));
        }

        private void onFailed(SdkException failure) {
            if (result.isDone()) {
                return;
            }
            calls.metrics.attemptFailed(time.nanoTime(), failure);
            RetryDecision decision = attempts.next(failure);
            if (decision instanceof RetryDecision.GiveUp giveUp) {
                fail(giveUp.failure());
            } else {
                schedule(((RetryDecision.Retry) decision).delay());
            }
        }

        private void fail(SdkException failure) {
            if (result.completeExceptionally(failure)) {
                calls.failed(failure, attempts.sent);
            }
        }
    }
}
