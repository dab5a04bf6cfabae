package dev.clssdk.fix.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * PingResponse.
 *
 * <p>Immutable; create one with {@link #builder()}.
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
@JsonPropertyOrder({"Health"})
public final class PingResponse {
    @JsonProperty("Health")
    private final String health;

    private PingResponse(Builder builder) {
        this.health = builder.health;
    }

    @JsonCreator
    private static PingResponse fromJson(@JsonProperty("Health") String health) {
        return builder()
                .health(health)
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
     * ok when the service is healthy.
     *
     * @return the value, or {@code null} if not set
     */
    public String health() {
        return health;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PingResponse)) {
            return false;
        }
        PingResponse that = (PingResponse) other;
        return Objects.equals(health, that.health);
    }

    @Override
    public int hashCode() {
        return Objects.hash(health);
    }

    @Override
    public String toString() {
        return "PingResponse{"
                + "Health=" + health
                + "}";
    }

    /**
     * Builds {@link PingResponse}; not thread-safe.
     */
    public static final class Builder {
        private String health;

        private Builder() {
        }

        private Builder(PingResponse source) {
            this.health = source.health;
        }

        /**
         * ok when the service is healthy.
         *
         * @param health the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder health(String health) {
            this.health = health;
            return this;
        }

        /**
         * Builds the instance. Values from the server are never rejected.
         *
         * @return the instance
         */
        public PingResponse build() {
            return new PingResponse(this);
        }
    }
}
