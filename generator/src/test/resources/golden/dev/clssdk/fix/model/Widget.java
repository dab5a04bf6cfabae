package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import javax.annotation.processing.Generated;

/**
 * A stored widget.
 *
 * <p>Immutable; the server sends it. To make one (to stub a client in tests), start from
 * {@link #create()}: each {@code with} method returns a copy with one member changed.
 */
@Generated("dev.clssdk.codegen")
public final class Widget extends Struct {
    static {
        Schema.register(Widget.class, "output Widget\n"
                + "WidgetId string\n"
                + "State WidgetState\n"
                + "Detail WidgetDetail");
    }

    private Widget(Object[] values) {
        super(values);
    }

    /**
     * An instance with no member set.
     *
     * @return the instance
     */
    public static Widget create() {
        return new Widget(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new Widget(values);
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
     * The widget's id.
     *
     * @param widgetId the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code WidgetId} changed; this instance is unchanged
     */
    public Widget withWidgetId(String widgetId) {
        return with(0, widgetId);
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
     * Where the widget is.
     *
     * @param state the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code State} changed; this instance is unchanged
     */
    public Widget withState(WidgetState state) {
        return withEnum(1, state);
    }

    /**
     * Where the widget is.
     *
     * @param state the raw wire value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code State} changed; this instance is unchanged
     */
    public Widget withState(String state) {
        return with(1, state);
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
     * More about the widget.
     *
     * @param detail the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code Detail} changed; this instance is unchanged
     */
    public Widget withDetail(WidgetDetail detail) {
        return with(2, detail);
    }
}
