package dev.clssdk.fix.model;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The input of DescribeThing.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
public final class DescribeThingRequest extends Struct {
    static {
        Schema.register(DescribeThingRequest.class, "request DescribeThingRequest MissingParameter InvalidParameter\n"
                + "Children list<string>\n"
                + "HasChildren boolean");
    }

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
        return getList(0);
    }

    /**
     * Whether {@code Children} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean isChildrenSet() {
        return has(0);
    }

    /**
     * The HasChildren member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Boolean hasChildren() {
        return get(1);
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<DescribeThingRequest> {
        private Builder(DescribeThingRequest source) {
            super(DescribeThingRequest.class, source);
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
            setList(0, children);
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
            set(1, hasChildren);
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
            set(1, hasChildren);
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
