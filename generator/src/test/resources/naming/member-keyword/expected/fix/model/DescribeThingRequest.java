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
    private static final Member<String> DEFAULT_VALUE = Member.string("Default");

    private static final Member<String> CLASS_VALUE = Member.string("Class");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingRequest> SCHEMA = Schema.request(DescribeThingRequest.class,
            DEFAULT_VALUE, CLASS_VALUE);

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
     * The Default member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code defaultValue} for the wire name {@code Default}: {@code default} is a Java keyword.
     *
     * @return the value, or {@code null} if not set
     */
    public String defaultValue() {
        return get(DEFAULT_VALUE);
    }

    /**
     * The Class member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code classValue} for the wire name {@code Class}: {@code class} is a Java keyword.
     *
     * @return the value, or {@code null} if not set
     */
    public String classValue() {
        return get(CLASS_VALUE);
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<DescribeThingRequest> {
        private Builder(DescribeThingRequest source) {
            super(SCHEMA, source);
        }

        /**
         * The Default member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code defaultValue} for the wire name {@code Default}: {@code default} is a Java keyword.
         *
         * @param defaultValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder defaultValue(String defaultValue) {
            set(DEFAULT_VALUE, defaultValue);
            return this;
        }

        /**
         * The Class member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code classValue} for the wire name {@code Class}: {@code class} is a Java keyword.
         *
         * @param classValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder classValue(String classValue) {
            set(CLASS_VALUE, classValue);
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
