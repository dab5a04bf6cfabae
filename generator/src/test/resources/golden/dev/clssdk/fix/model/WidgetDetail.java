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
 * Details of a widget.
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
@JsonPropertyOrder({"Phase"})
public final class WidgetDetail {
    @JsonProperty("Phase")
    private final String phase;

    private WidgetDetail(Builder builder) {
        this.phase = builder.phase;
    }

    @JsonCreator
    private static WidgetDetail fromJson(@JsonProperty("Phase") String phase) {
        return builder()
                .phase(phase)
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
     * The production phase.
     *
     * @return the value, or {@code null} if not set
     */
    public String phase() {
        return phase;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WidgetDetail)) {
            return false;
        }
        WidgetDetail that = (WidgetDetail) other;
        return Objects.equals(phase, that.phase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phase);
    }

    @Override
    public String toString() {
        return "WidgetDetail{"
                + "Phase=" + phase
                + "}";
    }

    /**
     * Builds {@link WidgetDetail}; not thread-safe.
     */
    public static final class Builder {
        private String phase;

        private Builder() {
        }

        private Builder(WidgetDetail source) {
            this.phase = source.phase;
        }

        /**
         * The production phase.
         *
         * @param phase the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder phase(String phase) {
            this.phase = phase;
            return this;
        }

        /**
         * Builds the instance. Values from the server are never rejected.
         *
         * @return the instance
         */
        public WidgetDetail build() {
            return new WidgetDetail(this);
        }
    }
}
