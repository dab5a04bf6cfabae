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
 * An object in a bucket.
 *
 * <p>The spec's schema {@code Object}, as class {@code FixObject}: {@code Object} would shadow {@code java.lang.Object}.
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
@JsonPropertyOrder({"Key"})
public final class FixObject {
    @JsonProperty("Key")
    private final String key;

    private FixObject(Builder builder) {
        this.key = builder.key;
    }

    @JsonCreator
    private static FixObject fromJson(@JsonProperty("Key") String key) {
        return builder()
                .key(key)
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
     * The Key member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FixObject)) {
            return false;
        }
        FixObject that = (FixObject) other;
        return Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return "FixObject{"
                + "Key=" + key
                + "}";
    }

    /**
     * Builds {@link FixObject}; not thread-safe.
     */
    public static final class Builder {
        private String key;

        private Builder() {
        }

        private Builder(FixObject source) {
            this.key = source.key;
        }

        /**
         * The Key member.
         *
         * <p>Optional.
         *
         * @param key the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * Checks every rule of the API and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public FixObject build() {
            List<Violation> violations = new ArrayList<>();
            if (!violations.isEmpty()) {
                throw new ValidationException("FixObject", violations);
            }
            return new FixObject(this);
        }
    }
}
