package dev.clssdk.core.internal.exec;

import dev.clssdk.core.CallMetrics;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.client.ErrorKind;
import dev.clssdk.core.client.ServiceMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Collects one call's {@link CallMetrics}; used by one call at a time (async attempts are sequential). */
final class MetricsRecorder {
    private final ServiceMetadata service;
    private final String action;
    private final long startNanos;
    private final List<CallMetrics.Attempt> attempts = new ArrayList<>();
    private long rateLimitWaitNanos;
    private long attemptStartNanos;

    MetricsRecorder(ServiceMetadata service, String action, long startNanos) {
        this.service = service;
        this.action = action;
        this.startNanos = startNanos;
    }

    synchronized void waitedForRateLimiter(long nanos) {
        rateLimitWaitNanos += Math.max(0, nanos);
    }

    synchronized void attemptStarted(long nanos) {
        attemptStartNanos = nanos;
    }

    synchronized void attemptSucceeded(long nanos, int httpStatus) {
        attempts.add(new CallMetrics.Attempt(Duration.ofNanos(nanos - attemptStartNanos), httpStatus, null, false, null));
    }

    synchronized void attemptFailed(long nanos, SdkException failure) {
        Duration latency = Duration.ofNanos(nanos - attemptStartNanos);
        if (failure instanceof ServiceException) {
            ServiceException e = (ServiceException) failure;
            boolean throttled = service.errorKind(e.rawCode()) == ErrorKind.THROTTLING || e.httpStatus() == 429;
            attempts.add(new CallMetrics.Attempt(latency, e.httpStatus(), e.rawCode(), throttled, e.rawCode()));
        } else if (failure instanceof ProtocolException) {
            ProtocolException e = (ProtocolException) failure;
            attempts.add(new CallMetrics.Attempt(latency, e.httpStatus(), null, e.httpStatus() == 429,
                    "ProtocolException(" + e.kind() + ")"));
        } else if (failure instanceof TransportException) {
            TransportException e = (TransportException) failure;
            String kind = e.isTimeout() ? "timeout" : e.mayHaveReachedServer() ? "after send" : "before send";
            attempts.add(new CallMetrics.Attempt(latency, 0, null, false, "TransportException(" + kind + ")"));
        } else {
            attempts.add(new CallMetrics.Attempt(latency, 0, null, false, failure.getClass().getSimpleName()));
        }
    }

    synchronized CallMetrics finish(long nanos, SdkException failure) {
        return new CallMetrics(service.serviceName(), action, attempts, Duration.ofNanos(rateLimitWaitNanos),
                Duration.ofNanos(nanos - startNanos), failure == null,
                failure == null ? null : failure.getClass().getSimpleName());
    }
}
