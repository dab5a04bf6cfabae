package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written answer (an output: never rejected when read), in the generated form (no builder: {@code create()} and withers), for the core's own tests. */
public final class Reply extends Struct {
    static {
        Schema.register(Reply.class, "output Reply\n"
                + "Id string\n"
                + "Count int64\n"
                + "Small int32\n"
                + "Ratio double\n"
                + "On boolean\n"
                + "Color Widget$Color\n"
                + "Names list<string>\n"
                + "Filters list<Filter>\n"
                + "Next Reply\n"
                + "CosPath string sensitive\n"
                + "RequestId string");
    }

    private Reply(Object[] values) {
        super(values);
    }

    public static Reply create() {
        return new Reply(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new Reply(values);
    }

    public String id() {
        return get(0);
    }

    public Reply withId(String id) {
        return with(0, id);
    }

    public Long count() {
        return get(1);
    }

    public Reply withCount(long count) {
        return with(1, count);
    }

    public Widget.Color color() {
        return Widget.Color.fromValue(get(5));
    }

    public Reply withColor(Widget.Color color) {
        return withEnum(5, color);
    }

    public List<String> names() {
        return getList(6);
    }

    public Reply withNames(List<String> names) {
        return withList(6, names);
    }

    public Reply withCosPath(String cosPath) {
        return with(9, cosPath);
    }
}
