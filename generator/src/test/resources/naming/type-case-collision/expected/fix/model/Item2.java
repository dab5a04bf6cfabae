package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * Mixed.
 *
 * <p>The spec's schema {@code Item}, as class {@code Item2}: another class differs from it only in case.
 *
 * <p>Immutable; create one with {@link #builder()}; its rules are checked when the request holding it is built.
 */
@Generated("dev.clssdk.codegen")
public final class Item2 extends Struct {
    private static final Member<String> KEY = Member.string("Key");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<Item2> SCHEMA = Schema.input(Item2.class, KEY);

    private Item2(Builder builder) {
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
     * The Key member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String key() {
        return get(KEY);
    }

    /**
     * Builds {@link Item2}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<Item2> {
        private Builder(Item2 source) {
            super(SCHEMA, source);
        }

        /**
         * The Key member.
         *
         * <p>Optional.
         *
         * @param key the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder key(String key) {
            set(KEY, key);
            return this;
        }

        /**
         * Builds the instance; its rules are checked when the request holding it is built.
         *
         * @return the instance
         */
        public Item2 build() {
            return new Item2(this);
        }
    }
}
