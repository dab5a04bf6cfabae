package dev.clssdk.fix.model;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * The input of DescribeThing.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
public final class DescribeThingRequest extends Struct {
    private static final Member<String> QUERY_TEXT = Member.string("Query-Text");

    private static final Member<String> _9_LIVES = Member.string("9Lives");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingRequest> SCHEMA = Schema.request(DescribeThingRequest.class,
            QUERY_TEXT, _9_LIVES);

    private DescribeThingRequest(Builder builder) {
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
     * The Query-Text member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code queryText} for the wire name {@code Query-Text}: {@code Query-Text} is not a legal Java name as it stands.
     *
     * @return the value, or {@code null} if not set
     */
    public String queryText() {
        return get(QUERY_TEXT);
    }

    /**
     * The 9Lives member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code _9Lives} for the wire name {@code 9Lives}: {@code 9Lives} is not a legal Java name as it stands.
     *
     * @return the value, or {@code null} if not set
     */
    public String _9Lives() {
        return get(_9_LIVES);
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<DescribeThingRequest> {
        private Builder(DescribeThingRequest source) {
            super(SCHEMA, source);
        }

        /**
         * The Query-Text member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code queryText} for the wire name {@code Query-Text}: {@code Query-Text} is not a legal Java name as it stands.
         *
         * @param queryText the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder queryText(String queryText) {
            set(QUERY_TEXT, queryText);
            return this;
        }

        /**
         * The 9Lives member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code _9Lives} for the wire name {@code 9Lives}: {@code 9Lives} is not a legal Java name as it stands.
         *
         * @param _9Lives the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder _9Lives(String _9Lives) {
            set(_9_LIVES, _9Lives);
            return this;
        }

        /**
         * Checks every rule of the API, in everything the request holds, and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public DescribeThingRequest build() {
            return new DescribeThingRequest(this);
        }
    }
}
