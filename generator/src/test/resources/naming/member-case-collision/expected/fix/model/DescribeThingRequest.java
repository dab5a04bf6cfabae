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
@JsonPropertyOrder({"UUI", "Uui"})
public final class DescribeThingRequest {
    @JsonProperty("UUI")
    private final String uui;

    @JsonProperty("Uui")
    private final String uui2;

    private DescribeThingRequest(Builder builder) {
        this.uui = builder.uui;
        this.uui2 = builder.uui2;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("UUI") String uui,
            @JsonProperty("Uui") String uui2) {
        return builder()
                .uui(uui)
                .uui2(uui2)
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
     * The UUI member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String uui() {
        return uui;
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
        return uui2;
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
        return Objects.equals(uui, that.uui)
                && Objects.equals(uui2, that.uui2);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uui, uui2);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "UUI=" + uui
                + ", Uui=" + uui2
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private String uui;

        private String uui2;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.uui = source.uui;
            this.uui2 = source.uui2;
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
            this.uui = uui;
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
            this.uui2 = uui2;
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
