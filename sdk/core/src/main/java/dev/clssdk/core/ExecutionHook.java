package dev.clssdk.core;

/**
 * Called around every call a client makes, for logging, metrics or tracing. Hooks see the typed
 * request and response; they observe and cannot change them. A hook that throws is logged and
 * otherwise ignored: it never changes the outcome of the call.
 */
public interface ExecutionHook {
    /**
     * Before the first attempt, after the request was validated.
     *
     * @param operation the action
     * @param request the request
     */
    default void beforeExecution(Operation<?, ?> operation, Object request) {
    }

    /**
     * After the call succeeded.
     *
     * @param operation the action
     * @param request the request
     * @param response the response
     * @param attempts how many attempts it took, at least 1
     */
    default void afterExecution(Operation<?, ?> operation, Object request, Object response, int attempts) {
    }

    /**
     * After the call failed for good (no retry left or allowed).
     *
     * @param operation the action
     * @param request the request
     * @param failure the typed failure the caller receives
     * @param attempts how many attempts were made (0 if none was sent)
     */
    default void onFailure(Operation<?, ?> operation, Object request, SdkException failure, int attempts) {
    }

    /**
     * Once per call, after {@link #afterExecution} or {@link #onFailure}: what the call did, attempt
     * by attempt (latency, HTTP status, error code, why it was retried, throttling), for metrics.
     * See {@link CallMetrics} for a Micrometer adapter in a few lines.
     *
     * @param metrics the call's metrics
     */
    default void onCallMetrics(CallMetrics metrics) {
    }
}
