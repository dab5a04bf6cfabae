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
    private static final Member<String> DEFAULT_VALUE2 = Member.string("Default");

    private static final Member<String> DEFAULT_VALUE = Member.string("DefaultValue");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingRequest> SCHEMA = Schema.request(DescribeThingRequest.class,
            DEFAULT_VALUE2, DEFAULT_VALUE);

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
     * <p>Java name {@code defaultValue2} for the wire name {@code Default}: {@code default} is a Java keyword; {@code defaultValue} is the Java name of {@code DefaultValue}.
     *
     * @return the value, or {@code null} if not set
     */
    public String defaultValue2() {
        return get(DEFAULT_VALUE2);
    }

    /**
     * The DefaultValue member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String defaultValue() {
        return get(DEFAULT_VALUE);
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
         * <p>Java name {@code defaultValue2} for the wire name {@code Default}: {@code default} is a Java keyword; {@code defaultValue} is the Java name of {@code DefaultValue}.
         *
         * @param defaultValue2 the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder defaultValue2(String defaultValue2) {
            set(DEFAULT_VALUE2, defaultValue2);
            return this;
        }

        /**
         * The DefaultValue member.
         *
         * <p>Optional.
         *
         * @param defaultValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder defaultValue(String defaultValue) {
            set(DEFAULT_VALUE, defaultValue);
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
