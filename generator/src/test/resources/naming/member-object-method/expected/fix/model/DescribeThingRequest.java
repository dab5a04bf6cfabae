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
    private static final Member<String> NOTIFY_VALUE = Member.string("Notify");

    private static final Member<String> WAIT_VALUE = Member.string("Wait");

    private static final Member<String> GET_CLASS_VALUE = Member.string("GetClass");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingRequest> SCHEMA = Schema.request(DescribeThingRequest.class,
            NOTIFY_VALUE, WAIT_VALUE, GET_CLASS_VALUE);

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
     * The Notify member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code notifyValue} for the wire name {@code Notify}: {@code notify} is the name of a method of generated classes or of {@code Object}.
     *
     * @return the value, or {@code null} if not set
     */
    public String notifyValue() {
        return get(NOTIFY_VALUE);
    }

    /**
     * The Wait member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code waitValue} for the wire name {@code Wait}: {@code wait} is the name of a method of generated classes or of {@code Object}.
     *
     * @return the value, or {@code null} if not set
     */
    public String waitValue() {
        return get(WAIT_VALUE);
    }

    /**
     * The GetClass member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code getClassValue} for the wire name {@code GetClass}: {@code getClass} is the name of a method of generated classes or of {@code Object}.
     *
     * @return the value, or {@code null} if not set
     */
    public String getClassValue() {
        return get(GET_CLASS_VALUE);
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<DescribeThingRequest> {
        private Builder(DescribeThingRequest source) {
            super(SCHEMA, source);
        }

        /**
         * The Notify member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code notifyValue} for the wire name {@code Notify}: {@code notify} is the name of a method of generated classes or of {@code Object}.
         *
         * @param notifyValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder notifyValue(String notifyValue) {
            set(NOTIFY_VALUE, notifyValue);
            return this;
        }

        /**
         * The Wait member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code waitValue} for the wire name {@code Wait}: {@code wait} is the name of a method of generated classes or of {@code Object}.
         *
         * @param waitValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder waitValue(String waitValue) {
            set(WAIT_VALUE, waitValue);
            return this;
        }

        /**
         * The GetClass member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code getClassValue} for the wire name {@code GetClass}: {@code getClass} is the name of a method of generated classes or of {@code Object}.
         *
         * @param getClassValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder getClassValue(String getClassValue) {
            set(GET_CLASS_VALUE, getClassValue);
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
