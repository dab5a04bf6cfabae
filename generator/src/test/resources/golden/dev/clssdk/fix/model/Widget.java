package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
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
    private static final Member<String> WIDGET_ID = Member.string("WidgetId");

    private static final Member<String> STATE = Member.enumOf("State", WidgetState.class);

    private static final Member<WidgetDetail> DETAIL = Member.struct("Detail", WidgetDetail.class);

    /**
     * The type's members in wire order, with their types, for the SDK's validator and JSON codec.
     */
    public static final Schema<Widget> SCHEMA = Schema.output(Widget.class, WIDGET_ID, STATE,
            DETAIL);

    private Widget(Object[] values) {
        super(SCHEMA, values);
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
        return get(WIDGET_ID);
    }

    /**
     * The widget's id.
     *
     * @param widgetId the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code WidgetId} changed; this instance is unchanged
     */
    public Widget withWidgetId(String widgetId) {
        return with(WIDGET_ID, widgetId);
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
        return WidgetState.fromValue(get(STATE));
    }

    /**
     * Where the widget is.
     *
     * @return the raw wire value, or {@code null} if not set
     */
    public String stateAsString() {
        return get(STATE);
    }

    /**
     * Where the widget is.
     *
     * @param state the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code State} changed; this instance is unchanged
     */
    public Widget withState(WidgetState state) {
        return withEnum(STATE, state);
    }

    /**
     * Where the widget is.
     *
     * @param state the raw wire value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code State} changed; this instance is unchanged
     */
    public Widget withState(String state) {
        return with(STATE, state);
    }

    /**
     * More about the widget.
     *
     * @return the value, or {@code null} if not set
     */
    public WidgetDetail detail() {
        return get(DETAIL);
    }

    /**
     * More about the widget.
     *
     * @param detail the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code Detail} changed; this instance is unchanged
     */
    public Widget withDetail(WidgetDetail detail) {
        return with(DETAIL, detail);
    }
}
