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
@JsonPropertyOrder({"Name", "OldName"})
public final class DescribeThingRequest {
    @JsonProperty("Name")
    private final String name;

    @JsonProperty("OldName")
    private final String oldName;

    private DescribeThingRequest(Builder builder) {
        this.name = builder.name;
        this.oldName = builder.oldName;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("Name") String name,
            @JsonProperty("OldName") String oldName) {
        return builder()
                .name(name)
                .oldName(oldName)
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
     * The Name member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String name() {
        return name;
    }

    /**
     * The OldName member.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     * @deprecated the API marks {@code OldName} deprecated (Tencent: disabled); it may stop being honoured
     */
    @Deprecated
    public String oldName() {
        return oldName;
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
        return Objects.equals(name, that.name)
                && Objects.equals(oldName, that.oldName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, oldName);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "Name=" + name
                + ", OldName=" + oldName
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private String name;

        private String oldName;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.name = source.name;
            this.oldName = source.oldName;
        }

        /**
         * The Name member.
         *
         * <p>Optional.
         *
         * @param name the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The OldName member.
         *
         * <p>Optional.
         *
         * @param oldName the value, or {@code null} to leave it unset
         * @return this builder
         * @deprecated the API marks {@code OldName} deprecated (Tencent: disabled); it may stop being honoured
         */
        @Deprecated
        public Builder oldName(String oldName) {
            this.oldName = oldName;
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
