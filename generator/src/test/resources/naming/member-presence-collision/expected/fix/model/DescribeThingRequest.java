package dev.clssdk.fix.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The input of DescribeThing.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonPropertyOrder({"Children", "HasChildren"})
public final class DescribeThingRequest {
    @JsonProperty("Children")
    private final List<String> children;

    @JsonProperty("HasChildren")
    private final Boolean hasChildren;

    private DescribeThingRequest(Builder builder) {
        this.children = builder.children == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.children));
        this.hasChildren = builder.hasChildren;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("Children") List<String> children,
            @JsonProperty("HasChildren") Boolean hasChildren) {
        return builder()
                .children(children)
                .hasChildren(hasChildren)
                .build();
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
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
        return children == null ? List.of() : children;
    }

    /**
     * Whether {@code Children} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean isChildrenSet() {
        return children != null;
    }

    /**
     * The HasChildren member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Boolean hasChildren() {
        return hasChildren;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DescribeThingRequest)) {
            return false;
        }
        DescribeThingRequest that = (DescribeThingRequest) other;
        return Objects.equals(children, that.children)
                && Objects.equals(hasChildren, that.hasChildren);
    }

    @Override
    public int hashCode() {
        return Objects.hash(children, hasChildren);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "Children=" + children
                + ", HasChildren=" + hasChildren
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private List<String> children;

        private Boolean hasChildren;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.children = source.children;
            this.hasChildren = source.hasChildren;
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
            this.children = children == null ? null : new ArrayList<>(children);
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
            this.hasChildren = hasChildren;
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
            this.hasChildren = hasChildren;
            return this;
        }

        /**
         * Checks every rule of the API and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public DescribeThingRequest build() {
            List<Violation> violations = new ArrayList<>();
            if (children != null) {
                if (children.contains(null)) {
                    violations.add(new Violation("Children", "items", "must not contain null elements", null, "InvalidParameter"));
                }
            }
            if (!violations.isEmpty()) {
                throw new ValidationException("DescribeThingRequest", violations);
            }
            return new DescribeThingRequest(this);
        }
    }
}
