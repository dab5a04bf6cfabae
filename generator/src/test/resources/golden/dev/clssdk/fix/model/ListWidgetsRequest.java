package dev.clssdk.fix.model;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * The input of ListWidgets.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
public final class ListWidgetsRequest extends Struct {
    private static final Member<String> OWNER = Member.string("Owner").required().minLength(1);

    private static final Member<Integer> OFFSET = Member.int32("Offset").minimum(0);

    private static final Member<Integer> LIMIT = Member.int32("Limit").minimum(1).maximum(50);

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<ListWidgetsRequest> SCHEMA = Schema.request(ListWidgetsRequest.class,
            OWNER, OFFSET, LIMIT);

    private ListWidgetsRequest(Builder builder) {
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
     * Whose widgets.
     *
     * <p>Required. At least 1 character.
     *
     * @return the value, or {@code null} if not set
     */
    public String owner() {
        return get(OWNER);
    }

    /**
     * Where the page starts.
     *
     * <p>Optional. Minimum 0.
     *
     * @return the value, or {@code null} if not set
     */
    public Integer offset() {
        return get(OFFSET);
    }

    /**
     * The page size.
     *
     * <p>Optional. Minimum 1. Maximum 50.
     *
     * @return the value, or {@code null} if not set
     */
    public Integer limit() {
        return get(LIMIT);
    }

    /**
     * Builds {@link ListWidgetsRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<ListWidgetsRequest> {
        private Builder(ListWidgetsRequest source) {
            super(SCHEMA, source);
        }

        /**
         * Whose widgets.
         *
         * <p>Required. At least 1 character.
         *
         * @param owner the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder owner(String owner) {
            set(OWNER, owner);
            return this;
        }

        /**
         * Where the page starts.
         *
         * <p>Optional. Minimum 0.
         *
         * @param offset the value
         * @return this builder
         */
        public Builder offset(int offset) {
            set(OFFSET, offset);
            return this;
        }

        /**
         * Where the page starts.
         *
         * <p>Optional. Minimum 0.
         *
         * @param offset the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder offset(Integer offset) {
            set(OFFSET, offset);
            return this;
        }

        /**
         * The page size.
         *
         * <p>Optional. Minimum 1. Maximum 50.
         *
         * @param limit the value
         * @return this builder
         */
        public Builder limit(int limit) {
            set(LIMIT, limit);
            return this;
        }

        /**
         * The page size.
         *
         * <p>Optional. Minimum 1. Maximum 50.
         *
         * @param limit the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder limit(Integer limit) {
            set(LIMIT, limit);
            return this;
        }

        /**
         * Checks every rule of the API, in everything the request holds, and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public ListWidgetsRequest build() {
            return new ListWidgetsRequest(this);
        }
    }
}
