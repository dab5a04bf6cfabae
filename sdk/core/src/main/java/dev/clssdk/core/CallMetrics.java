package dev.clssdk.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one call did, for metrics: the action, each attempt with its latency, HTTP status, error
 * code and why it was retried, the throttled attempts, the time spent waiting for the rate limiter,
 * and the outcome. Given to {@link ExecutionHook#onCallMetrics(CallMetrics)} once per call, after
 * it ended. Immutable; holds no request or response values and no secret.
 *
 * <p>To Micrometer, for example (no Micrometer dependency here):
 * <pre>{@code
 * ExecutionHook metrics = new ExecutionHook() {
 *     public void onCallMetrics(CallMetrics m) {
 *         Timer.builder("tencentcloud.call").tag("service", m.service()).tag("action", m.action())
 *                 .tag("outcome", m.succeeded() ? "success" : m.errorCode() == null ? "failure" : m.errorCode())
 *                 .register(registry).record(m.totalLatency());
 *         registry.counter("tencentcloud.retries", "action", m.action()).increment(m.retries());
 *         registry.counter("tencentcloud.throttled", "action", m.action()).increment(m.throttledAttempts());
 *         m.attempts().forEach(a -> registry.timer("tencentcloud.attempt", "action", m.action(),
 *                 "status", Integer.toString(a.httpStatus())).record(a.latency()));
 *     }
 * };
 * }</pre>
 *
 * @param service the signing service name, as the service's metadata gives it
 * @param action the action, as its {@code X-TC-Action} value
 * @param attempts every attempt sent, in order
 * @param rateLimitWait time spent waiting for the client's rate limiter, over all attempts
 * @param totalLatency from the call's start to its end, waits and backoff included
 * @param succeeded whether the call returned a response
 * @param failure the failure's type name when it did not ({@code ServiceException} subclasses
 *     included), else {@code null}
 */
public record CallMetrics(String service, String action, List<Attempt> attempts, Duration rateLimitWait,
        Duration totalLatency, boolean succeeded, String failure) {

    /**
     * Copies the attempt list.
     *
     * @param service the signing service name
     * @param action the action
     * @param attempts every attempt sent, in order
     * @param rateLimitWait time spent waiting for the client's rate limiter
     * @param totalLatency from the call's start to its end
     * @param succeeded whether the call returned a response
     * @param failure the failure's type name, or {@code null}
     */
    public CallMetrics {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(action, "action");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        Objects.requireNonNull(totalLatency, "totalLatency");
    }

    /**
     * Attempts after the first.
     *
     * @return the number of retries
     */
    public int retries() {
        return Math.max(0, attempts.size() - 1);
    }

    /**
     * Attempts the server throttled (a throttling error code, or HTTP 429).
     *
     * @return the number
     */
    public int throttledAttempts() {
        int throttled = 0;
        for (Attempt attempt : attempts) {
            throttled += attempt.throttled() ? 1 : 0;
        }
        return throttled;
    }

    /**
     * The HTTP status of the last attempt, 0 if none was answered.
     *
     * @return the status
     */
    public int httpStatus() {
        return attempts.isEmpty() ? 0 : attempts.get(attempts.size() - 1).httpStatus();
    }

    /**
     * The service's error code of the last attempt, {@code null} if it had none.
     *
     * @return the code
     */
    public String errorCode() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).errorCode();
    }

    /**
     * One attempt.
     *
     * @param latency from handing the request to the HTTP client to its response or failure
     * @param httpStatus the response's HTTP status, 0 if there was no response (I/O failure)
     * @param errorCode the service's error code, {@code null} on success or without one
     * @param throttled whether the server throttled it
     * @param failure what went wrong, {@code null} on success: the error code, or the kind of
     *     transport or protocol failure (for example {@code TransportException(timeout)}), which is
     *     why the next attempt, if any, was made
     */
    public record Attempt(Duration latency, int httpStatus, String errorCode, boolean throttled, String failure) {
        /**
         * Checks the latency.
         *
         * @param latency from handing the request to the HTTP client to its response or failure
         * @param httpStatus the response's HTTP status, 0 if there was no response
         * @param errorCode the service's error code, or {@code null}
         * @param throttled whether the server throttled it
         * @param failure what went wrong, or {@code null} on success
         */
        public Attempt {
            Objects.requireNonNull(latency, "latency");
        }
    }
}
