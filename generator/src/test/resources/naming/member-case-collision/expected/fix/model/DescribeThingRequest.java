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
    private static final Member<String> UUI = Member.string("UUI");

    private static final Member<String> UUI2 = Member.string("Uui");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingRequest> SCHEMA = Schema.request(DescribeThingRequest.class,
            UUI, UUI2);

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
     * The UUI member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String uui() {
        return get(UUI);
    }

    /**
     * The Uui member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code uui2} for the wire name {@code Uui}: {@code uui} is the Java name of {@code UUI}.
     *
     * @return the value, or {@code null} if not set
     */
    public String uui2() {
        return get(UUI2);
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<DescribeThingRequest> {
        private Builder(DescribeThingRequest source) {
            super(SCHEMA, source);
        }

        /**
         * The UUI member.
         *
         * <p>Optional.
         *
         * @param uui the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder uui(String uui) {
            set(UUI, uui);
            return this;
        }

        /**
         * The Uui member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code uui2} for the wire name {@code Uui}: {@code uui} is the Java name of {@code UUI}.
         *
         * @param uui2 the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder uui2(String uui2) {
            set(UUI2, uui2);
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
