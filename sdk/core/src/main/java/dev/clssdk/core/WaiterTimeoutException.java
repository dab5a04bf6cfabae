package dev.clssdk.core;

import java.time.Duration;

/**
 * A waiter's target did not reach success within the timeout. The work keeps going on the server;
 * waiting again picks it up.
 */
public class WaiterTimeoutException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The waiter's name in the spec. */
    private final String waiter;
    /** What was waited for. */
    private final String target;
    private final transient Object lastSeen;
    /** How long the waiter waited. */
    private final Duration timeout;
    /** How many times it polled. */
    private final int polls;

    /**
     * @param waiter the waiter's name in the spec
     * @param target what was waited for, as {@code <member>=<value>}
     * @param lastSeen the target as last described, or {@code null} if no poll listed it
     * @param lastState a short description of the last state seen, for the message
     * @param timeout the timeout
     * @param polls how many times the waiter polled
     */
    public WaiterTimeoutException(String waiter, String target, Object lastSeen, String lastState, Duration timeout,
            int polls) {
        super(waiter + ": " + target + " did not reach success within " + timeout + " (" + polls
                + " polls; last seen: " + lastState + ")");
        this.waiter = waiter;
        this.target = target;
        this.lastSeen = lastSeen;
        this.timeout = timeout;
        this.polls = polls;
    }

    /**
     * The waiter's name, as the spec names it.
     *
     * @return the name
     */
    public String waiter() {
        return waiter;
    }

    /**
     * What was waited for.
     *
     * @return the description
     */
    public String target() {
        return target;
    }

    /**
     * The target as last described, as the generated type the waiter returns.
     *
     * @param <T> the target type
     * @param type the target's class
     * @return the target, or {@code null} if no poll listed it
     * @throws ClassCastException if {@code type} is not the waiter's target type
     */
    public <T> T lastSeen(Class<T> type) {
        return type.cast(lastSeen);
    }

    /**
     * The timeout that expired.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * How many times the waiter polled.
     *
     * @return the count
     */
    public int polls() {
        return polls;
    }
}
