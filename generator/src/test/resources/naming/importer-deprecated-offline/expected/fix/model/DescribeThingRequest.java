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
    private static final Member<String> NAME = Member.string("Name");

    private static final Member<String> OLD_NAME = Member.string("OldName");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingRequest> SCHEMA = Schema.request(DescribeThingRequest.class,
            NAME, OLD_NAME);

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
     * The Name member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String name() {
        return get(NAME);
    }

    /**
     * The OldName member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     * @deprecated the API marks {@code OldName} deprecated (Tencent: disabled); it may stop being honoured
     */
    @Deprecated
    public String oldName() {
        return get(OLD_NAME);
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<DescribeThingRequest> {
        private Builder(DescribeThingRequest source) {
            super(SCHEMA, source);
        }

        /**
         * The Name member.
         *
         * <p>Optional.
         *
         * @param name the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder name(String name) {
            set(NAME, name);
            return this;
        }

        /**
         * The OldName member.
         *
         * <p>Optional.
         *
         * @param oldName the value, or {@code null} to leave it unset
         * @return this builder
         * @deprecated the API marks {@code OldName} deprecated (Tencent: disabled); it may stop being honoured
         */
        @Deprecated
        public Builder oldName(String oldName) {
            set(OLD_NAME, oldName);
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
