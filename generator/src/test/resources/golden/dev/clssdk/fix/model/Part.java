package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * A part of a widget.
 *
 * <p>Immutable; create one with {@link #builder()}; its rules are checked when the request holding it is built.
 */
@Generated("dev.clssdk.codegen")
public final class Part extends Struct {
    private static final Member<String> ID = Member.string("Id").required();

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<Part> SCHEMA = Schema.input(Part.class, ID);

    private Part(Builder builder) {
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
     * Part id.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} if not set
     */
    public String id() {
        return get(ID);
    }

    /**
     * Builds {@link Part}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<Part> {
        private Builder(Part source) {
            super(SCHEMA, source);
        }

        /**
         * Part id.
         *
         * <p>Required.
         *
         * @param id the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder id(String id) {
            set(ID, id);
            return this;
        }

        /**
         * Builds the instance; its rules are checked when the request holding it is built.
         *
         * @return the instance
         */
        public Part build() {
            return new Part(this);
        }
    }
}
