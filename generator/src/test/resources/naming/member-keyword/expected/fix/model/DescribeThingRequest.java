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
@JsonPropertyOrder({"Default", "Class"})
public final class DescribeThingRequest {
    @JsonProperty("Default")
    private final String defaultValue;

    @JsonProperty("Class")
    private final String classValue;

    private DescribeThingRequest(Builder builder) {
        this.defaultValue = builder.defaultValue;
        this.classValue = builder.classValue;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("Default") String defaultValue,
            @JsonProperty("Class") String classValue) {
        return builder()
                .defaultValue(defaultValue)
                .classValue(classValue)
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
     * The Default member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code defaultValue} for the wire name {@code Default}: {@code default} is a Java keyword.
     *
     * @return the value, or {@code null} if not set
     */
    public String defaultValue() {
        return defaultValue;
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
        return classValue;
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
        return Objects.equals(defaultValue, that.defaultValue)
                && Objects.equals(classValue, that.classValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaultValue, classValue);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "Default=" + defaultValue
                + ", Class=" + classValue
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private String defaultValue;

        private String classValue;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.defaultValue = source.defaultValue;
            this.classValue = source.classValue;
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
            this.defaultValue = defaultValue;
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
            this.classValue = classValue;
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
