package dev.clssdk.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input breaks the API's rules; nothing was sent. Lists every violation, not just the first,
 * each with the error code the server would have answered. Thrown by the generated builders'
 * {@code build()}.
 */
public final class ValidationException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** The name of the invalid type. */
    private final String shape;

    /** Every broken rule, in field order. */
    private final List<Violation> violations;

    /**
     * @param shape the name of the invalid type
     * @param violations every broken rule, at least one
     */
    public ValidationException(String shape, List<Violation> violations) {
        super(shape + " is invalid: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.shape = shape;
        this.violations = List.copyOf(violations);
    }

    /**
     * The simple name of the invalid type.
     *
     * @return the name
     */
    public String shape() {
        return shape;
    }

    /**
     * Every broken rule, in the order of the type's fields.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The code of the first violation: the one the server would answer first.
     *
     * @return the error code
     */
    public String errorCode() {
        return violations.get(0).errorCode();
    }
}
