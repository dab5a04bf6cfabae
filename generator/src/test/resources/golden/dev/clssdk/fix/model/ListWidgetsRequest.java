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
 * The input of ListWidgets.
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
@JsonPropertyOrder({"Owner", "Offset", "Limit"})
public final class ListWidgetsRequest {
    @JsonProperty("Owner")
    private final String owner;

    @JsonProperty("Offset")
    private final Integer offset;

    @JsonProperty("Limit")
    private final Integer limit;

    private ListWidgetsRequest(Builder builder) {
        this.owner = builder.owner;
        this.offset = builder.offset;
        this.limit = builder.limit;
    }

    @JsonCreator
    private static ListWidgetsRequest fromJson(@JsonProperty("Owner") String owner,
            @JsonProperty("Offset") Integer offset, @JsonProperty("Limit") Integer limit) {
        return builder()
                .owner(owner)
                .offset(offset)
                .limit(limit)
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
     * Whose widgets.
     *
     * <p>Required. At least 1 character.
     *
     * @return the value, or {@code null} if not set
     */
    public String owner() {
        return owner;
    }

    /**
     * Where the page starts.
     *
     * <p>Optional. Minimum 0.
     *
     * @return the value, or {@code null} if not set
     */
    public Integer offset() {
        return offset;
    }

    /**
     * The page size.
     *
     * <p>Optional. Minimum 1. Maximum 50.
     *
     * @return the value, or {@code null} if not set
     */
    public Integer limit() {
        return limit;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ListWidgetsRequest)) {
            return false;
        }
        ListWidgetsRequest that = (ListWidgetsRequest) other;
        return Objects.equals(owner, that.owner)
                && Objects.equals(offset, that.offset)
                && Objects.equals(limit, that.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, offset, limit);
    }

    @Override
    public String toString() {
        return "ListWidgetsRequest{"
                + "Owner=" + owner
                + ", Offset=" + offset
                + ", Limit=" + limit
                + "}";
    }

    /**
     * Builds {@link ListWidgetsRequest}; not thread-safe.
     */
    public static final class Builder {
        private String owner;

        private Integer offset;

        private Integer limit;

        private Builder() {
        }

        private Builder(ListWidgetsRequest source) {
            this.owner = source.owner;
            this.offset = source.offset;
            this.limit = source.limit;
        }

        /**
         * Whose widgets.
         *
         * <p>Required. At least 1 character.
         *
         * @param owner the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Where the page starts.
         *
         * <p>Optional. Minimum 0.
         *
         * @param offset the value
         * @return this builder
         */
        public Builder offset(int offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Where the page starts.
         *
         * <p>Optional. Minimum 0.
         *
         * @param offset the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * The page size.
         *
         * <p>Optional. Minimum 1. Maximum 50.
         *
         * @param limit the value
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * The page size.
         *
         * <p>Optional. Minimum 1. Maximum 50.
         *
         * @param limit the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Checks every rule of the API and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public ListWidgetsRequest build() {
            List<Violation> violations = new ArrayList<>();
            if (owner == null) {
                violations.add(new Violation("Owner", "required", "is required", null, "MissingParameter"));
            } else {
                if (owner.codePointCount(0, owner.length()) < 1) {
                    violations.add(new Violation("Owner", "minLength", "length must be >= 1", owner, "InvalidParameter"));
                }
            }
            if (offset != null) {
                if (offset < 0) {
                    violations.add(new Violation("Offset", "minimum", "must be >= 0", offset, "InvalidParameter"));
                }
            }
            if (limit != null) {
                if (limit < 1) {
                    violations.add(new Violation("Limit", "minimum", "must be >= 1", limit, "InvalidParameter"));
                }
                if (limit > 50) {
                    violations.add(new Violation("Limit", "maximum", "must be <= 50", limit, "InvalidParameter"));
                }
            }
            if (!violations.isEmpty()) {
                throw new ValidationException("ListWidgetsRequest", violations);
            }
            return new ListWidgetsRequest(this);
        }
    }
}
