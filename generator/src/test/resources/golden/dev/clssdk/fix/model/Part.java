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
 * A part of a widget.
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
@JsonPropertyOrder({"Id"})
public final class Part {
    @JsonProperty("Id")
    private final String id;

    private Part(Builder builder) {
        this.id = builder.id;
    }

    @JsonCreator
    private static Part fromJson(@JsonProperty("Id") String id) {
        return builder()
                .id(id)
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
     * Part id.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} if not set
     */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Part)) {
            return false;
        }
        Part that = (Part) other;
        return Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "Part{"
                + "Id=" + id
                + "}";
    }

    /**
     * Builds {@link Part}; not thread-safe.
     */
    public static final class Builder {
        private String id;

        private Builder() {
        }

        private Builder(Part source) {
            this.id = source.id;
        }

        /**
         * Part id.
         *
         * <p>Required.
         *
         * @param id the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Checks every rule of the API and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public Part build() {
            List<Violation> violations = new ArrayList<>();
            if (id == null) {
                violations.add(new Violation("Id", "required", "is required", null, "MissingParameter"));
            }
            if (!violations.isEmpty()) {
                throw new ValidationException("Part", violations);
            }
            return new Part(this);
        }
    }
}
