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
@JsonPropertyOrder({"Query-Text", "9Lives"})
public final class DescribeThingRequest {
    @JsonProperty("Query-Text")
    private final String queryText;

    @JsonProperty("9Lives")
    private final String _9Lives;

    private DescribeThingRequest(Builder builder) {
        this.queryText = builder.queryText;
        this._9Lives = builder._9Lives;
    }

    @JsonCreator
    private static DescribeThingRequest fromJson(@JsonProperty("Query-Text") String queryText,
            @JsonProperty("9Lives") String _9Lives) {
        return builder()
                .queryText(queryText)
                ._9Lives(_9Lives)
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
     * The Query-Text member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code queryText} for the wire name {@code Query-Text}: {@code Query-Text} is not a legal Java name as it stands.
     *
     * @return the value, or {@code null} if not set
     */
    public String queryText() {
        return queryText;
    }

    /**
     * The 9Lives member.
     *
     * <p>Optional.
     *
     * <p>Java name {@code _9Lives} for the wire name {@code 9Lives}: {@code 9Lives} is not a legal Java name as it stands.
     *
     * @return the value, or {@code null} if not set
     */
    public String _9Lives() {
        return _9Lives;
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
        return Objects.equals(queryText, that.queryText)
                && Objects.equals(_9Lives, that._9Lives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryText, _9Lives);
    }

    @Override
    public String toString() {
        return "DescribeThingRequest{"
                + "Query-Text=" + queryText
                + ", 9Lives=" + _9Lives
                + "}";
    }

    /**
     * Builds {@link DescribeThingRequest}; not thread-safe.
     */
    public static final class Builder {
        private String queryText;

        private String _9Lives;

        private Builder() {
        }

        private Builder(DescribeThingRequest source) {
            this.queryText = source.queryText;
            this._9Lives = source._9Lives;
        }

        /**
         * The Query-Text member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code queryText} for the wire name {@code Query-Text}: {@code Query-Text} is not a legal Java name as it stands.
         *
         * @param queryText the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder queryText(String queryText) {
            this.queryText = queryText;
            return this;
        }

        /**
         * The 9Lives member.
         *
         * <p>Optional.
         *
         * <p>Java name {@code _9Lives} for the wire name {@code 9Lives}: {@code 9Lives} is not a legal Java name as it stands.
         *
         * @param _9Lives the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder _9Lives(String _9Lives) {
            this._9Lives = _9Lives;
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
