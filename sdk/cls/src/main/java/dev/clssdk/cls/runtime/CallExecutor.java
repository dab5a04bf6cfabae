package dev.clssdk.cls.runtime;

import dev.clssdk.cls.ClsErrorCode;
import dev.clssdk.cls.ClsException;
import dev.clssdk.cls.ClsOperation;
import dev.clssdk.cls.api.ClsApi;
import dev.clssdk.cls.runtime.http.ClockSkew;
import dev.clssdk.cls.runtime.retry.ActionRateLimiters;
import dev.clssdk.cls.runtime.retry.RetryPolicy;
import dev.clssdk.cls.runtime.retry.TimeSource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs one call of any action with the rate limiter, retries and clock-skew recovery, blocking
 * or asynchronously. Generic over {@link ClsOperation}: it finds the Retrofit method of each
 * action by its request type, so a new action in the spec needs no change here.
 */
final class CallExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final ClsApi api;
    private final Map<ClsOperation, Method> methods;
    private final RetryPolicy policy;
    private final ActionRateLimiters limiters;
    private final TimeSource time;
    private final ClockSkew skew;
    private final BooleanSupplier closed;

    CallExecutor(ClsApi api, RetryPolicy policy, ActionRateLimiters limiters, TimeSource time, ClockSkew skew,
            BooleanSupplier closed) {
        this.api = api;
        this.methods = index();
        this.policy = policy;
        this.limiters = limiters;
        this.time = time;
        this.skew = skew;
        this.closed = closed;
    }

    /** The Retrofit method of each action: the one whose only parameter is the action's request type. */
    private static Map<ClsOperation, Method> index() {
        Map<ClsOperation, Method> methods = new EnumMap<>(ClsOperation.class);
        for (ClsOperation operation : ClsOperation.values()) {
            for (Method method : ClsApi.class.getMethods()) {
                if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == operation.requestType()
                        && method.getReturnType() == Call.class) {
                    methods.put(operation, method);
                }
            }
            if (!methods.containsKey(operation)) {
                throw new IllegalStateException("The generated ClsApi has no method taking "
                        + operation.requestType().getName() + " for " + operation.action());
            }
        }
        return methods;
    }

    <R> R execute(ClsOperation operation, Object request, Class<R> responseType) {
        Attempts attempts = new Attempts(operation, time.nanoTime());
        while (true) {
            checkOpen(operation);
            sleep(operation, Duration.ofNanos(limiters.reserve(operation, time.nanoTime())), "the rate limiter");
            ClsException failure;
            try {
                return responseType.cast(executeOnce(operation, request));
            } catch (ClsException e) {
                failure = e;
            }
            sleep(operation, attempts.next(failure), "a retry backoff");
        }
    }

    private Object executeOnce(ClsOperation operation, Object request) {
        try {
            Response<?> response = newCall(operation, request).execute();
            return bodyOf(operation, response);
        } catch (IOException | RuntimeException e) {
            throw FailureTranslator.translate(operation, e, closed.getAsBoolean(), true);
        }
    }

    <R> CompletableFuture<R> executeAsync(ClsOperation operation, Object request, Class<R> responseType) {
        AsyncCall<R> call = new AsyncCall<>(operation, request, responseType);
        call.schedule(Duration.ZERO);
        return call.result;
    }

    private Call<?> newCall(ClsOperation operation, Object request) {
        try {
            return (Call<?>) methods.get(operation).invoke(api, request);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call the generated ClsApi", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        }
    }

    private static Object bodyOf(ClsOperation operation, Response<?> response) {
        Object body = response.body();
        if (body == null) {
            throw new ClsProtocolException(ClsProtocolException.Kind.EMPTY_BODY, operation.action(), response.code(),
                    response.headers().get("Content-Type"), "", null, false, null);
        }
        return body;
    }

    private void checkOpen(ClsOperation operation) {
        if (closed.getAsBoolean()) {
            throw new ClsTransportException(operation.action(), "the client is closed", false, false, false, null);
        }
    }

    private void sleep(ClsOperation operation, Duration duration, String what) {
        try {
            time.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClsInterruptedException(operation.action() + " was interrupted while waiting for " + what, e);
        }
    }

    /**
     * The retry state of one call: decides after each failure whether and when to try again.
     */
    private final class Attempts {
        private final ClsOperation operation;
        private final long startNanos;
        private int attempts;
        private Long skewCorrection;

        Attempts(ClsOperation operation, long startNanos) {
            this.operation = operation;
            this.startNanos = startNanos;
        }

        /**
         * The wait before the next attempt.
         *
         * @throws ClsException the failure (with a note about clock skew, if any) when there is none
         */
        Duration next(ClsException failure) {
            attempts++;
            if (failure instanceof ClsServiceException
                    && ((ClsServiceException) failure).errorCode() == ClsErrorCode.AUTH_FAILURE_SIGNATURE_EXPIRE) {
                return afterSignatureExpired((ClsServiceException) failure);
            }
            if (!FailureTranslator.isRetryable(failure) || closed.getAsBoolean()) {
                throw failure;
            }
            if (attempts >= policy.maxAttempts()) {
                LOG.debug("{} failed after {} attempts: {}", operation.action(), attempts, failure.getMessage());
                throw failure;
            }
            Duration delay = policy.backoff(attempts);
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

        private Duration afterSignatureExpired(ClsServiceException failure) {
            if (skewCorrection != null) {
                throw ClsServiceException.of(failure.details().withNote("The request was re-signed with the"
                        + " clock corrected by " + skewCorrection + " s (from the server's Date header) and"
                        + " retried once; the server still rejects its timestamp."));
            }
            OptionalLong observed = skew.observedSkewSeconds();
            if (observed.isEmpty() || Math.abs(observed.getAsLong() - skew.offsetSeconds()) < ClockSkew.THRESHOLD_SECONDS) {
                throw ClsServiceException.of(failure.details().withNote(observed.isEmpty()
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
    private final class AsyncCall<R> implements Callback<Object> {
        private final ClsOperation operation;
        private final Object request;
        private final Class<R> responseType;
        private final Attempts attempts;
        private final CompletableFuture<R> result = new CompletableFuture<>();
        private volatile Call<?> current;

        AsyncCall(ClsOperation operation, Object request, Class<R> responseType) {
            this.operation = operation;
            this.request = request;
            this.responseType = responseType;
            this.attempts = new Attempts(operation, time.nanoTime());
            result.whenComplete((value, error) -> {
                Call<?> call = current;
                if (result.isCancelled() && call != null) {
                    call.cancel();
                }
            });
        }

        void schedule(Duration backoff) {
            long start = time.nanoTime() + backoff.toNanos();
            long wait = backoff.toNanos() + limiters.reserve(operation, start);
            if (wait <= 0) {
                start();
            } else {
                CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(this::start);
            }
        }

        @SuppressWarnings("unchecked")
        private void start() {
            if (result.isDone()) {
                return;
            }
            try {
                checkOpen(operation);
                Call<Object> call = (Call<Object>) newCall(operation, request);
                current = call;
                call.enqueue(this);
            } catch (RuntimeException e) {
                fail(FailureTranslator.translate(operation, e, closed.getAsBoolean(), false));
            }
        }

        @Override
        public void onResponse(Call<Object> call, Response<Object> response) {
            try {
                result.complete(responseType.cast(bodyOf(operation, response)));
            } catch (ClsException e) {
                onFailed(e);
            }
        }

        @Override
        public void onFailure(Call<Object> call, Throwable thrown) {
            onFailed(FailureTranslator.translate(operation, thrown, closed.getAsBoolean(), false));
        }

        private void onFailed(ClsException failure) {
            if (result.isDone()) {
                return;
            }
            Duration delay;
            try {
                delay = attempts.next(failure);
            } catch (ClsException e) {
                fail(e);
                return;
            }
            schedule(delay);
        }

        private void fail(ClsException failure) {
            result.completeExceptionally(failure);
        }
    }
}
