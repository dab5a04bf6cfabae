package dev.clssdk.fix.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Nothing to say.
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
@JsonPropertyOrder({})
public final class PingRequest {
    private PingRequest(Builder builder) {
    }

    @JsonCreator
    private static PingRequest fromJson() {
        return builder()
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

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof PingRequest;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "PingRequest{"
                + "}";
    }

    /**
     * Builds {@link PingRequest}; not thread-safe.
     */
    public static final class Builder {
        private Builder() {
        }

        private Builder(PingRequest source) {
        }

        /**
         * Checks every rule of the API and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public PingRequest build() {
            List<Violation> violations = new ArrayList<>();
            if (!violations.isEmpty()) {
                throw new ValidationException("PingRequest", violations);
            }
            return new PingRequest(this);
        }
    }
}
