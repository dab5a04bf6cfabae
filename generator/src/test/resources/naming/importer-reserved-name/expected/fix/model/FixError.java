package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
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
    private static final Member<String> REASON = Member.string("Reason");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<FixError> SCHEMA = Schema.input(FixError.class, REASON);

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
        return get(REASON);
    }

    /**
     * Builds {@link FixError}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<FixError> {
        private Builder(FixError source) {
            super(SCHEMA, source);
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
            set(REASON, reason);
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
