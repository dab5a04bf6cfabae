package dev.clssdk.core.client;

import dev.clssdk.core.GeneratedCodeApi;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A waiter, generated from the spec's {@code x-tc-waiters}: which action to poll, how to find the
 * target in a response, and the acceptors that decide success, failure or another poll. A value
 * that no acceptor matches (a status this SDK does not know, a target not listed yet) means poll
 * again. Polls start after {@code initialDelay}, the wait growing by half each time up to
 * {@code maxDelay}; the last poll happens at the deadline.
 *
 * @param <T> the target type: an item of the polled response, or the response itself
 */
@GeneratedCodeApi
public final class WaiterDefinition<T> {
    /** The outcome an acceptor stands for. */
    public enum State {
        /** The wait is over: return the target. */
        SUCCESS,
        /** The target will never reach success: fail. */
        FAILURE,
        /** Poll again. */
        RETRY
    }

    /**
     * One acceptor: when the value at {@code path} of the target equals {@code expected}, the
     * waiter moves to {@code state}.
     *
     * @param <T> the target type
     * @param path the path into the target, as the spec writes it (for messages), for example {@code Status}
     * @param value reads the value at the path ({@code null} when absent); compared by its string form
     * @param expected the expected value
     * @param state the outcome
     */
    public record Acceptor<T>(String path, Function<T, Object> value, String expected, State state) {
        /**
         * @param path the path into the target
         * @param value reads the value at the path
         * @param expected the expected value
         * @param state the outcome
         */
        public Acceptor {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(state, "state");
        }

        /**
         * Whether the target matches.
         *
         * @param target the target
         * @return {@code true} if the value at the path equals the expected value
         */
        public boolean matches(T target) {
            Object actual = value.apply(target);
            return actual != null && expected.equals(actual.toString());
        }
    }

    private final String name;
    private final String action;
    private final List<Acceptor<T>> acceptors;
    private final Duration initialDelay;
    private final Duration maxDelay;

    private WaiterDefinition(String name, String action, List<Acceptor<T>> acceptors, Duration initialDelay,
            Duration maxDelay) {
        this.name = Objects.requireNonNull(name, "name");
        this.action = Objects.requireNonNull(action, "action");
        this.acceptors = List.copyOf(acceptors);
        this.initialDelay = Objects.requireNonNull(initialDelay, "initialDelay");
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
    }

    /**
     * A waiter.
     *
     * @param <T> the target type
     * @param name the waiter's name in the spec
     * @param action the action polled
     * @param acceptors the acceptors, tried in order
     * @param initialDelay the wait after the first poll (the client's setting wins when configured)
     * @param maxDelay the longest wait between polls (the client's setting wins when configured)
     * @return the definition
     */
    public static <T> WaiterDefinition<T> of(String name, String action, List<Acceptor<T>> acceptors,
            Duration initialDelay, Duration maxDelay) {
        return new WaiterDefinition<>(name, action, acceptors, initialDelay, maxDelay);
    }

    /**
     * The waiter's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The action polled.
     *
     * @return the action name
     */
    public String action() {
        return action;
    }

    /**
     * The acceptors, in order.
     *
     * @return the acceptors
     */
    public List<Acceptor<T>> acceptors() {
        return acceptors;
    }

    /**
     * The spec's wait after the first poll.
     *
     * @return the delay
     */
    public Duration initialDelay() {
        return initialDelay;
    }

    /**
     * The spec's longest wait between polls.
     *
     * @return the delay
     */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * The state of a target: the first acceptor that matches, else {@link State#RETRY}.
     *
     * @param target the target, {@code null} when the response does not list it
     * @return the state
     */
    public State stateOf(T target) {
        if (target == null) {
            return State.RETRY;
        }
        for (Acceptor<T> acceptor : acceptors) {
            if (acceptor.matches(target)) {
                return acceptor.state();
            }
        }
        return State.RETRY;
    }

    /**
     * The acceptor that matches a target.
     *
     * @param target the target
     * @return the acceptor, or {@code null}
     */
    public Acceptor<T> matching(T target) {
        if (target == null) {
            return null;
        }
        for (Acceptor<T> acceptor : acceptors) {
            if (acceptor.matches(target)) {
                return acceptor;
            }
        }
        return null;
    }
}
