package dev.clssdk.core;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One action of a service, with the facts the core needs to call it safely: its
 * {@code X-TC-Action} name, whether repeating it is harmless, its documented rate limit and the
 * error codes it documents. Generated services declare one constant per action; the core never
 * names an action itself. The request and response types are the type parameters only: holding
 * their classes would load every request and response class of a service with its constants
 * (hundreds of classes, a large part of a cold start), so the generated client passes the response
 * class with each call instead.
 *
 * <p>Applications read operations (a hook receives the one it observes); only generated code makes
 * them ({@link #of}).
 *
 * @param <I> the request type
 * @param <O> the response type (the content of the {@code Response} envelope)
 */
public final class Operation<I, O> {
    private final String action;
    private final boolean idempotent;
    private final OptionalInt rateLimitPerSecond;
    private final Set<String> documentedErrors;

    private Operation(String action, boolean idempotent, OptionalInt rateLimitPerSecond, Set<String> documentedErrors) {
        this.action = Objects.requireNonNull(action, "action");
        this.idempotent = idempotent;
        this.rateLimitPerSecond = Objects.requireNonNull(rateLimitPerSecond, "rateLimitPerSecond");
        this.documentedErrors = Set.copyOf(documentedErrors);
    }

    /**
     * An action.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param action the {@code X-TC-Action} value
     * @param idempotent whether the call may be repeated after the server may have acted on it
     * @param rateLimitPerSecond the documented requests per second, or 0 when none is documented
     * @param documentedErrors the error codes the action documents (common codes not repeated)
     * @return the operation
     */
    @GeneratedCodeApi
    public static <I, O> Operation<I, O> of(String action, boolean idempotent, int rateLimitPerSecond,
            Set<String> documentedErrors) {
        if (rateLimitPerSecond < 0) {
            throw new IllegalArgumentException("rateLimitPerSecond must be >= 0");
        }
        return new Operation<>(action, idempotent,
                rateLimitPerSecond == 0 ? OptionalInt.empty() : OptionalInt.of(rateLimitPerSecond), documentedErrors);
    }

    /**
     * The {@code X-TC-Action} header value.
     *
     * @return the action name
     */
    public String action() {
        return action;
    }

    /**
     * Whether the call may be repeated after the server may have acted on it.
     *
     * @return {@code true} if a retry cannot do the work twice
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /**
     * The documented request limit per second, if any.
     *
     * @return the limit
     */
    public OptionalInt rateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    /**
     * The error codes the API documents for this action (common codes are not repeated here).
     *
     * @return an unmodifiable set of raw codes
     */
    public Set<String> documentedErrors() {
        return documentedErrors;
    }

    @Override
    public String toString() {
        return action;
    }
}
