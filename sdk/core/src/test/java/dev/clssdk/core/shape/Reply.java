package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written response (an output: never rejected when read), in the generated form (no builder: {@code create()} and withers), for the core's own tests. */
public final class Reply extends Struct {
    private static final Member<String> ID = Member.of("Id", WireType.STRING);
    private static final Member<Long> COUNT = Member.of("Count", WireType.INT64);
    private static final Member<Integer> SMALL = Member.of("Small", WireType.INT32);
    private static final Member<Double> RATIO = Member.of("Ratio", WireType.DOUBLE);
    private static final Member<Boolean> ON = Member.of("On", WireType.BOOLEAN);
    static final Member<String> COLOR = Member.of("Color", WireType.enumOf(Widget.Color.class));
    static final Member<List<String>> NAMES = Member.of("Names", WireType.list(WireType.STRING));
    private static final Member<List<Filter>> FILTERS = Member.of("Filters", WireType.list(WireType.struct(Filter.class)));
    private static final Member<Reply> NEXT = Member.of("Next", WireType.struct(Reply.class));
    private static final Member<String> COS_PATH = Member.of("CosPath", WireType.STRING).sensitive();
    private static final Member<String> REQUEST_ID = Member.of("RequestId", WireType.STRING);

    public static final Schema<Reply> SCHEMA = Schema.output(Reply.class, "Reply",
            ID, COUNT, SMALL, RATIO, ON, COLOR, NAMES, FILTERS, NEXT, COS_PATH, REQUEST_ID);

    private Reply(Object[] values) {
        super(SCHEMA, values);
    }

    public static Reply create() {
        return new Reply(null);
    }

    @Override
    protected Struct make(Object[] values) {
        return new Reply(values);
    }

    public String id() {
        return get(ID);
    }

    public Reply withId(String id) {
        return with(ID, id);
    }

    public Long count() {
        return get(COUNT);
    }

    public Reply withCount(long count) {
        return with(COUNT, count);
    }

    public Widget.Color color() {
        return Widget.Color.fromValue(get(COLOR));
    }

    public Reply withColor(Widget.Color color) {
        return withEnum(COLOR, color);
    }

    public List<String> names() {
        return getList(NAMES);
    }

    public Reply withNames(List<String> names) {
        return withList(NAMES, names);
    }

    public Reply withCosPath(String cosPath) {
        return with(COS_PATH, cosPath);
    }
}
