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
@JsonPropertyOrder({"Default", "DefaultValue"})
public final class DescribeThingRequest {
    @JsonProperty("Default")
    private final String defaultValue2;

    @JsonProperty("DefaultValue")
    private final String defaultValue;

    private DescribeThingRequest(Builder builder) {
        this.defaultValue2 = builder.defaultValue2;
        this.defaultValue = builder.defaultValue;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("Default") String defaultValue2,
            @JsonProperty("DefaultValue") String defaultValue) {
        return builder()
                .defaultValue2(defaultValue2)
                .defaultValue(defaultValue)
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
     * <p>Java name {@code defaultValue2} for the wire name {@code Default}: {@code default} is a Java keyword; {@code defaultValue} is the Java name of {@code DefaultValue}.
     *
     * @return the value, or {@code null} if not set
     */
    public String defaultValue2() {
        return defaultValue2;
    }

    /**
     * The DefaultValue member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String defaultValue() {
        return defaultValue;
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
        return Objects.equals(defaultValue2, that.defaultValue2)
                && Objects.equals(defaultValue, that.defaultValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaultValue2, defaultValue);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "Default=" + defaultValue2
                + ", DefaultValue=" + defaultValue
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private String defaultValue2;

        private String defaultValue;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.defaultValue2 = source.defaultValue2;
            this.defaultValue = source.defaultValue;
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
            this.defaultValue2 = defaultValue2;
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
            this.defaultValue = defaultValue;
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
