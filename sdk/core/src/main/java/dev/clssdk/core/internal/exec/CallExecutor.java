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
import dev.clssdk.core.TransportException;
import dev.clssdk.core.client.CallContext;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.client.ErrorKind;
import dev.clssdk.core.internal.http.ActionCalls;
import dev.clssdk.core.internal.http.ClockSkew;
import dev.clssdk.core.internal.retry.ActionRateLimiters;
import dev.clssdk.core.internal.retry.TimeSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Runs one call of any action with the rate limiter, retries and clock-skew recovery, blocking
 * or asynchronously. Generic over {@link Operation}: the generated client hands it the action's
 * metadata and its response class, so a new action needs no change here.
 */
public final class CallExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);
    /** The window of the API's per-second rate limits: the least wait after a throttling answer. */
    private static final Duration RATE_WINDOW = Duration.ofSeconds(1);

    private final ServiceMetadata service;
    private final OkHttpClient http;
    private final ActionCalls actions;
    private final RetryPolicy defaultPolicy;
    private final ActionRateLimiters limiters;
    private final TimeSource time;
    private final ClockSkew skew;
    private final Lifecycle lifecycle = new Lifecycle();
    private final InterruptWatchdog interrupts = new InterruptWatchdog();
    private final List<ExecutionHook> hooks;

    /**
     * @param service the service called
     * @param http the client that sends the attempts
     * @param actions makes the HTTP request of an attempt and reads its answer
     * @param policy the client's retry policy
     * @param limiters the per-action rate limiters
     * @param time the clock and sleeper
     * @param skew the correction for the server's clock
     * @param hooks called around every call
     */
    public CallExecutor(ServiceMetadata service, OkHttpClient http, ActionCalls actions, RetryPolicy policy,
            ActionRateLimiters limiters, TimeSource time, ClockSkew skew, List<ExecutionHook> hooks) {
        this.service = service;
        this.http = http;
        this.actions = actions;
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
     * @param responseType the class of the answer
     * @return the response
     */
    public <I, O> O execute(Operation<I, O> operation, I request, RequestOptions options, Class<O> responseType) {
        Hooks calls = new Hooks(operation, request);
        Attempts attempts = new Attempts(operation, options, time.nanoTime());
        try {
            while (true) {
                checkOpen(operation);
                long limiterWait = limiters.reserve(operation, time.nanoTime());
                calls.metrics.waitedForRateLimiter(limiterWait);
                sleep(operation, Duration.ofNanos(limiterWait), "the rate limiter");
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
                sleep(operation, attempts.next(failure), "a retry backoff");
            }
        } catch (SdkException e) {
            calls.failed(e, attempts.sent);
            throw e;
        }
    }

    private <I, O> O executeOnce(Operation<I, O> operation, I request, RequestOptions options, Class<O> responseType) {
        try {
            CallContext context = CallContext.of(operation, responseType, options);
            Call call = newCall(request, context, options);
            if (!lifecycle.admit(call, context)) {
                throw closedError(operation);
            }
            interrupts.watch(call, context);
            try {
                if (Thread.currentThread().isInterrupted()) {
                    throw new SdkInterruptedException(operation.action() + " was interrupted before it was sent", null);
                }
                return actions.answer(responseType, call.execute(), context);
            } finally {
                interrupts.unwatch();
                lifecycle.done(call);
            }
        } catch (Exception e) {
            // Exception, not IOException | RuntimeException: OkHttp's connect phase rethrows an
            // InterruptedException undeclared (Kotlin), which would otherwise escape untyped.
            throw FailureTranslator.translate(operation, e, lifecycle.isClosed(), true);
        }
    }

    /**
     * Runs a call asynchronously: each attempt is enqueued on OkHttp, waits are scheduled, no thread blocks.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action
     * @param request the request
     * @param options per-call settings
     * @param responseType the class of the answer
     * @return the future response
     */
    public <I, O> CompletableFuture<O> executeAsync(Operation<I, O> operation, I request, RequestOptions options,
            Class<O> responseType) {
        AsyncCall<I, O> call = new AsyncCall<>(operation, request, options, responseType);
        call.schedule(Duration.ZERO);
        return call.result;
    }

    private Call newCall(Object request, CallContext context, RequestOptions options) throws IOException {
        Call call = http.newCall(actions.request(request, context));
        options.callTimeout().ifPresent(timeout -> call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS));
        return call;
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
        /** Attempts handed to OkHttp so far. */
        int sent;
        private Long skewCorrection;

        Attempts(Operation<?, ?> operation, RequestOptions options, long startNanos) {
            this.operation = operation;
            this.policy = options.retryPolicy().orElse(defaultPolicy);
            this.startNanos = startNanos;
        }

        /**
         * The wait before the next attempt.
         *
         * @throws SdkException the failure (with a note about clock skew, if any) when there is none
         */
        Duration next(SdkException failure) {
            attempts++;
            if (failure instanceof ServiceException && service.errorKind(((ServiceException) failure).rawCode()) == ErrorKind.CLOCK_SKEW) {
                return afterClockSkew((ServiceException) failure);
            }
            if (!FailureTranslator.isRetryable(failure) || lifecycle.isClosed()) {
                throw failure;
            }
            if (attempts >= policy.maxAttempts()) {
                LOG.debug("{} failed after {} attempts: {}", operation.action(), attempts, failure.getMessage());
                throw failure;
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
                throw failure;
            }
            LOG.debug("{} attempt {} failed ({}); retrying in {} ms", operation.action(), attempts,
                    failure.getClass().getSimpleName(), delay.toMillis());
            return delay;
        }

        private boolean isThrottling(SdkException failure) {
            if (failure instanceof ServiceException) {
                return service.errorKind(((ServiceException) failure).rawCode()) == ErrorKind.THROTTLING;
            }
            return failure instanceof ProtocolException && ((ProtocolException) failure).httpStatus() == 429;
        }

        private Duration afterClockSkew(ServiceException failure) {
            if (skewCorrection != null) {
                throw service.serviceException(failure.details().withNote("The request was re-signed with the"
                        + " clock corrected by " + skewCorrection + " s (from the server's Date header) and"
                        + " retried once; the server still rejects its timestamp."));
            }
            OptionalLong observed = skew.observedSkewSeconds();
            if (observed.isEmpty() || Math.abs(observed.getAsLong() - skew.offsetSeconds()) < ClockSkew.THRESHOLD_SECONDS) {
                throw service.serviceException(failure.details().withNote(observed.isEmpty()
                        ? "The answer had no usable Date header, so clock skew could not be checked; not retried."
                        : "The server's Date header shows no clock skew, so the request was not re-signed."));
            }
            skewCorrection = observed.getAsLong();
            skew.correct(skewCorrection);
            LOG.warn("{}: local clock is {} s off the server's; re-signing with the corrected time",
                    operation.action(), -skewCorrection);
            return Duration.ZERO;
        }
    }

    /** One asynchronous call: each attempt is enqueued on OkHttp, waits are scheduled, no thread blocks. */
    private final class AsyncCall<I, O> implements Callback {
        private final Operation<I, O> operation;
        private final I request;
        private final RequestOptions options;
        private final Class<O> responseType;
        private final Attempts attempts;
        private final Hooks calls;
        private final CompletableFuture<O> result = new CompletableFuture<>();
        private volatile Call current;
        private volatile CallContext context;

        AsyncCall(Operation<I, O> operation, I request, RequestOptions options, Class<O> responseType) {
            this.operation = operation;
            this.request = request;
            this.options = options;
            this.responseType = responseType;
            this.attempts = new Attempts(operation, options, time.nanoTime());
            this.calls = new Hooks(operation, request);
            result.whenComplete((value, error) -> {
                Call call = current;
                if (result.isCancelled() && call != null) {
                    call.cancel();
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
                // A call waiting for its slot or backoff fails at once when the client closes.
                Runnable unregister = lifecycle.whenClosed(() -> fail(closedError(operation)));
                CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> {
                    unregister.run();
                    start();
                });
            }
        }

        private void start() {
            if (result.isDone()) {
                return;
            }
            try {
                checkOpen(operation);
                CallContext attempt = CallContext.of(operation, responseType, options);
                Call call = newCall(request, attempt, options);
                context = attempt;
                current = call;
                if (!lifecycle.admit(call, attempt)) {
                    throw closedError(operation);
                }
                attempts.sent++;
                calls.metrics.attemptStarted(time.nanoTime());
                call.enqueue(this);
            } catch (IOException | RuntimeException e) {
                fail(FailureTranslator.translate(operation, e, lifecycle.isClosed(), false));
            }
        }

        @Override
        public void onResponse(Call call, Response response) {
            lifecycle.done(call);
            O body;
            try {
                body = actions.answer(responseType, response, context);
            } catch (SdkException e) {
                onFailed(e);
                return;
            } catch (IOException | RuntimeException e) {
                onFailed(FailureTranslator.translate(operation, e, lifecycle.isClosed(), false));
                return;
            }
            calls.metrics.attemptSucceeded(time.nanoTime(), response.code());
            if (result.complete(body)) {
                calls.succeeded(body, attempts.sent);
            }
        }

        @Override
        public void onFailure(Call call, IOException thrown) {
            lifecycle.done(call);
            onFailed(FailureTranslator.translate(operation, thrown, lifecycle.isClosed(), false));
        }

        private void onFailed(SdkException failure) {
            if (result.isDone()) {
                return;
            }
            calls.metrics.attemptFailed(time.nanoTime(), failure);
            Duration delay;
            try {
                delay = attempts.next(failure);
            } catch (SdkException e) {
                fail(e);
                return;
            }
            schedule(delay);
        }

        private void fail(SdkException failure) {
            if (result.completeExceptionally(failure)) {
                calls.failed(failure, attempts.sent);
            }
        }
    }
}
