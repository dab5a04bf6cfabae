package dev.clssdk.core.internal.exec;

import dev.clssdk.core.SdkInterruptedException;
import dev.clssdk.core.WaiterFailedException;
import dev.clssdk.core.WaiterTimeoutException;
import dev.clssdk.core.client.WaiterDefinition;
import dev.clssdk.core.internal.retry.TimeSource;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls until a waiter's acceptors decide. The first acceptor that matches the target decides
 * success or failure; a target no acceptor matches (a value this SDK does not know, no value, or
 * a target not listed yet) means poll again. The wait between polls grows from the initial delay
 * by half each time up to the maximum; the last poll happens at the deadline.
 */
public final class WaiterEngine {
    private static final Logger LOG = LoggerFactory.getLogger(WaiterEngine.class);

    private final TimeSource time;
    private final Duration initialDelay;
    private final Duration maxDelay;

    /**
     * @param time the clock and sleeper
     * @param initialDelay the client's wait after the first poll, or {@code null} for each waiter's own
     * @param maxDelay the client's longest wait between polls, or {@code null} for each waiter's own
     */
    public WaiterEngine(TimeSource time, Duration initialDelay, Duration maxDelay) {
        this.time = Objects.requireNonNull(time, "time");
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * Waits.
     *
     * @param <T> the target type
     * @param waiter the waiter
     * @param target what is waited for, for messages
     * @param timeout how long to wait at most
     * @param poll one poll: the target now, or {@code null} if not listed
     * @return the target in a success state
     */
    public <T> T await(WaiterDefinition<T> waiter, String target, Duration timeout, Supplier<T> poll) {
        Objects.requireNonNull(waiter, "waiter");
        Objects.requireNonNull(poll, "poll");
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException(waiter.name() + ": timeout must be a non-negative duration");
        }
        long deadline = deadline(timeout);
        Duration delay = initialDelay != null ? initialDelay : waiter.initialDelay();
        Duration longest = maxDelay != null ? maxDelay : waiter.maxDelay();
        T last = null;
        int polls = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new SdkInterruptedException(waiter.name() + ": waiting for " + target + " was interrupted", null);
            }
            T seen = poll.get();
            polls++;
            if (seen != null) {
                last = seen;
                WaiterDefinition.Acceptor<T> matched = waiter.matching(seen);
                if (matched != null && matched.state() == WaiterDefinition.State.SUCCESS) {
                    return seen;
                }
                if (matched != null && matched.state() == WaiterDefinition.State.FAILURE) {
                    throw new WaiterFailedException(waiter.name(), target, matched.path() + "=" + matched.expected(),
                            seen);
                }
            }
            long remaining = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - time.nanoTime();
            if (remaining <= 0) {
                throw new WaiterTimeoutException(waiter.name(), target, last, describe(waiter, last), timeout, polls);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: {} is {}; polling again in {} ms", waiter.name(), target, describe(waiter, last),
                        delay.toMillis());
            }
            try {
                time.sleep(Duration.ofNanos(Math.min(delay.toNanos(), remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SdkInterruptedException(waiter.name() + ": waiting for " + target + " was interrupted", e);
            }
            delay = delay.plus(delay.dividedBy(2));
            if (delay.compareTo(longest) > 0) {
                delay = longest;
            }
        }
    }

    /** The deadline on the monotonic clock; a timeout too long to represent waits "forever". */
    private long deadline(Duration timeout) {
        long now = time.nanoTime();
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        try {
            return Math.addExact(now, nanos);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static <T> String describe(WaiterDefinition<T> waiter, T last) {
        if (last == null) {
            return "not listed by " + waiter.action();
        }
        StringBuilder text = new StringBuilder();
        for (WaiterDefinition.Acceptor<T> acceptor : waiter.acceptors()) {
            String entry = acceptor.path() + "=" + acceptor.value().apply(last);
            if (text.indexOf(entry) < 0) {
                text.append(text.length() == 0 ? "" : ", ").append(entry);
            }
        }
        return text.length() == 0 ? "no acceptor matched" : text.toString();
    }
}
