package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import javax.annotation.processing.Generated;

/**
 * A stored widget.
 *
 * <p>Immutable; create one with {@link #builder()}.
 */
@Generated("dev.clssdk.codegen")
public final class Widget extends Struct {
    static {
        Schema.register(Widget.class, "output Widget\n"
                + "WidgetId string\n"
                + "State WidgetState\n"
                + "Detail WidgetDetail");
    }

    private Widget(Builder builder) {
        super(builder);
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(null);
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
        return get(0);
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
        return WidgetState.fromValue(get(1));
    }

    /**
     * Where the widget is.
     *
     * @return the raw wire value, or {@code null} if not set
     */
    public String stateAsString() {
        return get(1);
    }

    /**
     * More about the widget.
     *
     * @return the value, or {@code null} if not set
     */
    public WidgetDetail detail() {
        return get(2);
    }

    /**
     * Builds {@link Widget}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<Widget> {
        private Builder(Widget source) {
            super(Widget.class, source);
        }

        /**
         * The widget's id.
         *
         * @param widgetId the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder widgetId(String widgetId) {
            set(0, widgetId);
            return this;
        }

        /**
         * Where the widget is.
         *
         * @param state the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder state(WidgetState state) {
            setEnum(1, state);
            return this;
        }

        /**
         * Where the widget is.
         *
         * @param state the raw wire value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder state(String state) {
            set(1, state);
            return this;
        }

        /**
         * More about the widget.
         *
         * @param detail the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder detail(WidgetDetail detail) {
            set(2, detail);
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
