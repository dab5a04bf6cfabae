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
 * A stored widget.
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
@JsonPropertyOrder({"WidgetId", "State", "Detail"})
public final class Widget {
    @JsonProperty("WidgetId")
    private final String widgetId;

    @JsonProperty("State")
    private final String state;

    @JsonProperty("Detail")
    private final WidgetDetail detail;

    private Widget(Builder builder) {
        this.widgetId = builder.widgetId;
        this.state = builder.state;
        this.detail = builder.detail;
    }

    @JsonCreator
    private static Widget fromJson(@JsonProperty("WidgetId") String widgetId,
            @JsonProperty("State") String state, @JsonProperty("Detail") WidgetDetail detail) {
        return builder()
                .widgetId(widgetId)
                .state(state)
                .detail(detail)
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
     * The widget's id.
     *
     * @return the value, or {@code null} if not set
     */
    public String widgetId() {
        return widgetId;
    }

    /**
     * Where the widget is.
     *
     * <p>A value this SDK version does not know reads as {@code UNKNOWN_TO_SDK_VERSION};
     * {@link #stateAsString} has the raw string.
     *
     * @return the value, or {@code null} if not set
     */
    public WidgetState state() {
        return WidgetState.fromValue(state);
    }

    /**
     * Where the widget is.
     *
     * @return the raw wire value, or {@code null} if not set
     */
    public String stateAsString() {
        return state;
    }

    /**
     * More about the widget.
     *
     * @return the value, or {@code null} if not set
     */
    public WidgetDetail detail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Widget)) {
            return false;
        }
        Widget that = (Widget) other;
        return Objects.equals(widgetId, that.widgetId)
                && Objects.equals(state, that.state)
                && Objects.equals(detail, that.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(widgetId, state, detail);
    }

    @Override
    public String toString() {
        return "Widget{"
                + "WidgetId=" + widgetId
                + ", State=" + state
                + ", Detail=" + detail
                + "}";
    }

    /**
     * Builds {@link Widget}; not thread-safe.
     */
    public static final class Builder {
        private String widgetId;

        private String state;

        private WidgetDetail detail;

        private Builder() {
        }

        private Builder(Widget source) {
            this.widgetId = source.widgetId;
            this.state = source.state;
            this.detail = source.detail;
        }

        /**
         * The widget's id.
         *
         * @param widgetId the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder widgetId(String widgetId) {
            this.widgetId = widgetId;
            return this;
        }

        /**
         * Where the widget is.
         *
         * @param state the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder state(WidgetState state) {
            this.state = state == null ? null : state.toString();
            return this;
        }

        /**
         * Where the widget is.
         *
         * @param state the raw wire value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * More about the widget.
         *
         * @param detail the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder detail(WidgetDetail detail) {
            this.detail = detail;
            return this;
        }

        /**
         * Builds the instance. Values from the server are never rejected.
         *
         * @return the instance
         */
        public Widget build() {
            return new Widget(this);
        }
    }
}
