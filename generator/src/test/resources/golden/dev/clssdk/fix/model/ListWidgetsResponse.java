package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.WireType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The output of ListWidgets.
 *
 * <p>Immutable; the server sends it. To make one (to stub a client in tests), start from
 * {@link #create()}: each {@code with} method returns a copy with one member changed.
 */
@Generated("dev.clssdk.codegen")
public final class ListWidgetsResponse extends Struct {
    private static final Member<List<Widget>> WIDGETS = Member.list("Widgets", WireType.struct(Widget.class));

    private static final Member<Long> TOTAL = Member.int64("Total");

    private static final Member<String> REQUEST_ID = Member.string("RequestId");

    /**
     * The type's members in wire order, with their types, for the SDK's validator and JSON codec.
     */
    public static final Schema<ListWidgetsResponse> SCHEMA = Schema.output(ListWidgetsResponse.class,
            WIDGETS, TOTAL, REQUEST_ID);

    private ListWidgetsResponse(Object[] values) {
        super(SCHEMA, values);
    }

    /**
     * An instance with no member set.
     *
     * @return the instance
     */
    public static ListWidgetsResponse create() {
        return new ListWidgetsResponse(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new ListWidgetsResponse(values);
    }

    /**
     * One page of widgets.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasWidgets})
     */
    public List<Widget> widgets() {
        return getList(WIDGETS);
    }

    /**
     * Whether {@code Widgets} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasWidgets() {
        return has(WIDGETS);
    }

    /**
     * One page of widgets.
     *
     * @param widgets the value (copied), or {@code null} to leave it unset
     * @return a copy of this instance with {@code Widgets} changed; this instance is unchanged
     */
    public ListWidgetsResponse withWidgets(List<Widget> widgets) {
        return withList(WIDGETS, widgets);
    }

    /**
     * How many widgets there are.
     *
     * @return the value, or {@code null} if not set
     */
    public Long total() {
        return get(TOTAL);
    }

    /**
     * How many widgets there are.
     *
     * @param total the value
     * @return a copy of this instance with {@code Total} changed; this instance is unchanged
     */
    public ListWidgetsResponse withTotal(long total) {
        return with(TOTAL, total);
    }

    /**
     * How many widgets there are.
     *
     * @param total the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code Total} changed; this instance is unchanged
     */
    public ListWidgetsResponse withTotal(Long total) {
        return with(TOTAL, total);
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
    public ListWidgetsResponse withRequestId(String requestId) {
        return with(REQUEST_ID, requestId);
    }
}
