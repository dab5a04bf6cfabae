package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * A task's error.
 *
 * <p>Immutable; create one with {@link #builder()}; its rules are checked when the request holding it is built.
 */
@Generated("dev.clssdk.codegen")
public final class FixError extends Struct {
    static {
        Schema.register(FixError.class, "input FixError MissingParameter InvalidParameter\n"
                + "Reason string");
    }

    private FixError(Builder builder) {
        super(builder);
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /**
     * A builder that starts with this instance's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The Reason member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String reason() {
        return get(0);
    }

    /**
     * Builds {@link FixError}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<FixError> {
        private Builder(FixError source) {
            super(FixError.class, source);
        }

        /**
         * The Reason member.
         *
         * <p>Optional.
         *
         * @param reason the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder reason(String reason) {
            set(0, reason);
            return this;
        }

        /**
         * Builds the instance; its rules are checked when the request holding it is built.
         *
         * @return the instance
         */
        public FixError build() {
            return new FixError(this);
        }
    }
}
