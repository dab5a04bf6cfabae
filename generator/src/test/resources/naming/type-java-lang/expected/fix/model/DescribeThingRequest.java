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
@JsonPropertyOrder({"Target"})
public final class DescribeThingRequest {
    @JsonProperty("Target")
    private final FixObject target;

    private DescribeThingRequest(Builder builder) {
        this.target = builder.target;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("Target") FixObject target) {
        return builder()
                .target(target)
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
     * The Target member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public FixObject target() {
        return target;
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
        return Objects.equals(target, that.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "Target=" + target
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private FixObject target;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.target = source.target;
        }

        /**
         * The Target member.
         *
         * <p>Optional.
         *
         * @param target the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder target(FixObject target) {
            this.target = target;
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
            if (!violations.isEmpty()) {
                throw new ValidationException("DescribeThingRequest", violations);
            }
            return new DescribeThingRequest(this);
        }
    }
}
