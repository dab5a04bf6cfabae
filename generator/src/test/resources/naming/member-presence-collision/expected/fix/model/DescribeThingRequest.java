package dev.clssdk.fix.model;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import dev.clssdk.core.shape.WireType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The input of DescribeThing.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
public final class DescribeThingRequest extends Struct {
    private static final Member<List<String>> CHILDREN = Member.list("Children", WireType.STRING);

    private static final Member<Boolean> HAS_CHILDREN = Member.bool("HasChildren");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<DescribeThingRequest> SCHEMA = Schema.request(DescribeThingRequest.class,
            CHILDREN, HAS_CHILDREN);

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
     * The Children member.
     *
     * <p>Optional.
     *
     * <p>Its presence method is {@code isChildrenSet()}: {@code hasChildren} is taken by another member.
     *
     * @return an unmodifiable list, empty if not set (see {@link #isChildrenSet})
     */
    public List<String> children() {
        return getList(CHILDREN);
    }

    /**
     * Whether {@code Children} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean isChildrenSet() {
        return has(CHILDREN);
    }

    /**
     * The HasChildren member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Boolean hasChildren() {
        return get(HAS_CHILDREN);
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<DescribeThingRequest> {
        private Builder(DescribeThingRequest source) {
            super(SCHEMA, source);
        }

        /**
         * The Children member.
         *
         * <p>Optional.
         *
         * <p>Its presence method is {@code isChildrenSet()}: {@code hasChildren} is taken by another member.
         *
         * @param children the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder children(List<String> children) {
            setList(CHILDREN, children);
            return this;
        }

        /**
         * The HasChildren member.
         *
         * <p>Optional.
         *
         * @param hasChildren the value
         * @return this builder
         */
        public Builder hasChildren(boolean hasChildren) {
            set(HAS_CHILDREN, hasChildren);
            return this;
        }

        /**
         * The HasChildren member.
         *
         * <p>Optional.
         *
         * @param hasChildren the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder hasChildren(Boolean hasChildren) {
            set(HAS_CHILDREN, hasChildren);
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
