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
@JsonPropertyOrder({"Notify", "Wait", "GetClass"})
public final class DescribeThingRequest {
    @JsonProperty("Notify")
    private final String notifyValue;

    @JsonProperty("Wait")
    private final String waitValue;

    @JsonProperty("GetClass")
    private final String getClassValue;

    private DescribeThingRequest(Builder builder) {
        this.notifyValue = builder.notifyValue;
        this.waitValue = builder.waitValue;
        this.getClassValue = builder.getClassValue;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("Notify") String notifyValue,
            @JsonProperty("Wait") String waitValue,
            @JsonProperty("GetClass") String getClassValue) {
        return builder()
                .notifyValue(notifyValue)
                .waitValue(waitValue)
                .getClassValue(getClassValue)
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
     * The Notify member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code notifyValue} for the wire name {@code Notify}: {@code notify} is a method every generated class or {@code Object} has.
     *
     * @return the value, or {@code null} if not set
     */
    public String notifyValue() {
        return notifyValue;
    }

    /**
     * The Wait member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code waitValue} for the wire name {@code Wait}: {@code wait} is a method every generated class or {@code Object} has.
     *
     * @return the value, or {@code null} if not set
     */
    public String waitValue() {
        return waitValue;
    }

    /**
     * The GetClass member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code getClassValue} for the wire name {@code GetClass}: {@code getClass} is a method every generated class or {@code Object} has.
     *
     * @return the value, or {@code null} if not set
     */
    public String getClassValue() {
        return getClassValue;
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
        return Objects.equals(notifyValue, that.notifyValue)
                && Objects.equals(waitValue, that.waitValue)
                && Objects.equals(getClassValue, that.getClassValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(notifyValue, waitValue, getClassValue);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "Notify=" + notifyValue
                + ", Wait=" + waitValue
                + ", GetClass=" + getClassValue
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private String notifyValue;

        private String waitValue;

        private String getClassValue;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.notifyValue = source.notifyValue;
            this.waitValue = source.waitValue;
            this.getClassValue = source.getClassValue;
        }

        /**
         * The Notify member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code notifyValue} for the wire name {@code Notify}: {@code notify} is a method every generated class or {@code Object} has.
         *
         * @param notifyValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder notifyValue(String notifyValue) {
            this.notifyValue = notifyValue;
            return this;
        }

        /**
         * The Wait member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code waitValue} for the wire name {@code Wait}: {@code wait} is a method every generated class or {@code Object} has.
         *
         * @param waitValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder waitValue(String waitValue) {
            this.waitValue = waitValue;
            return this;
        }

        /**
         * The GetClass member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code getClassValue} for the wire name {@code GetClass}: {@code getClass} is a method every generated class or {@code Object} has.
         *
         * @param getClassValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder getClassValue(String getClassValue) {
            this.getClassValue = getClassValue;
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
