package dev.clssdk.core;

/**
 * A waiter's target reached a state its acceptors call failure (for example a task that
 * failed on the server): waiting longer cannot succeed.
 */
public class WaiterFailedException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The waiter's name in the spec. */
    private final String waiter;
    /** What was waited for. */
    private final String target;
    /** The acceptor that matched, as {@code path=value}. */
    private final String matched;
    private final transient Object lastSeen;

    /**
     * @param waiter the waiter's name in the spec
     * @param target what was waited for, as {@code <member>=<value>}
     * @param matched the acceptor that matched, as {@code path=value}
     * @param lastSeen the target as last described
     */
    public WaiterFailedException(String waiter, String target, String matched, Object lastSeen) {
        super(waiter + ": " + target + " reached a failure state (" + matched + ")");
        this.waiter = waiter;
        this.target = target;
        this.matched = matched;
        this.lastSeen = lastSeen;
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
     * The acceptor that matched, as {@code path=value}, for example {@code Status=Failed}.
     *
     * @return the acceptor
     */
    public String matched() {
        return matched;
    }

    /**
     * The target as last described, as the generated type the waiter returns.
     *
     * @param <T> the target type
     * @param type the target's class
     * @return the target
     * @throws ClassCastException if {@code type} is not the waiter's target type
     */
    public <T> T lastSeen(Class<T> type) {
        return type.cast(lastSeen);
    }
}
