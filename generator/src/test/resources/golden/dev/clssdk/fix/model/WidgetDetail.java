package dev.clssdk.fix.model;

import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import javax.annotation.processing.Generated;

/**
 * Details of a widget.
 *
 * <p>Immutable; the server sends it. To make one (to stub a client in tests), start from
 * {@link #create()}: each {@code with} method returns a copy with one member changed.
 */
@Generated("dev.clssdk.codegen")
public final class WidgetDetail extends Struct {
    private static final Member<String> PHASE = Member.string("Phase");

    /**
     * The type's members in wire order, with their types, for the SDK's validator and JSON codec.
     */
    public static final Schema<WidgetDetail> SCHEMA = Schema.output(WidgetDetail.class, PHASE);

    private WidgetDetail(Object[] values) {
        super(SCHEMA, values);
    }

    /**
     * An instance with no member set.
     *
     * @return the instance
     */
    public static WidgetDetail create() {
        return new WidgetDetail(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new WidgetDetail(values);
    }

    /**
     * The production phase.
     *
     * @return the value, or {@code null} if not set
     */
    public String phase() {
        return get(PHASE);
    }

    /**
     * The production phase.
     *
     * @param phase the value, or {@code null} to leave it unset
     * @return a copy of this instance with {@code Phase} changed; this instance is unchanged
     */
    public WidgetDetail withPhase(String phase) {
        return with(PHASE, phase);
    }
}
