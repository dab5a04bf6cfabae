package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import javax.annotation.processing.Generated;

/**
 * The output of PutWidget.
 *
 * <p>Immutable; the server sends it. To make one (to stub a client in tests), start from
 * {@link #create()}: each {@code with} method returns a copy with one member changed.
 */
@Generated("dev.clssdk.codegen")
public final class PutWidgetResponse extends Struct {
    private static final Member<String> WIDGET_ID = Member.string("WidgetId");

    private static final Member<String> TOKEN = Member.string("Token").sensitive();

    private static final Member<String> REQUEST_ID = Member.string("RequestId");

    /**
     * The type's members in wire order, with their types, for the SDK's validator and JSON codec.
     */
    public static final Schema<PutWidgetResponse> SCHEMA = Schema.output(PutWidgetResponse.class,
            WIDGET_ID, TOKEN, REQUEST_ID);

    private PutWidgetResponse(Object[] values) {
        super(SCHEMA, values);
    }

    /**
     * An instance with no member set.
     *
     * @return the instance
     */
    public static PutWidgetResponse create() {
        return new PutWidgetResponse(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new PutWidgetResponse(values);
    }

    /**
     * The new widget's id.
     *
     * @return the value, or {@code null} if not set
     */
    public String widgetId() {
        return get(WIDGET_ID);
    }

    /**
     * The new widget's id.
     *
     * @param widgetId the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code WidgetId} changed; this instance is unchanged
     */
    public PutWidgetResponse withWidgetId(String widgetId) {
        return with(WIDGET_ID, widgetId);
    }

    /**
     * An access token.
     *
     * <p>Sensitive: masked in {@code toString()}.
     *
     * @return the value, or {@code null} if not set
     */
    public String token() {
        return get(TOKEN);
    }

    /**
     * An access token.
     *
     * <p>Sensitive: masked in {@code toString()}.
     *
     * @param token the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code Token} changed; this instance is unchanged
     */
    public PutWidgetResponse withToken(String token) {
        return with(TOKEN, token);
    }

    /**
     * The request id.
     *
     * @return the value, or {@code null} if not set
     */
    public String requestId() {
        return get(REQUEST_ID);
    }

    /**
     * The request id.
     *
     * @param requestId the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code RequestId} changed; this instance is unchanged
     */
    public PutWidgetResponse withRequestId(String requestId) {
        return with(REQUEST_ID, requestId);
    }
}
