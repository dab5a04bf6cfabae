package dev.clssdk.core.shape;

/** A hand-written answer (an output: never rejected when read), in the generated form, for the core's own tests. */
public final class Reply extends Struct {
    private static final Schema<Reply> SCHEMA = Schema.output(Reply.class, "Reply",
            Member.of("Id", WireType.STRING),
            Member.of("Count", WireType.INT64),
            Member.of("Small", WireType.INT32),
            Member.of("Ratio", WireType.DOUBLE),
            Member.of("On", WireType.BOOLEAN),
            Member.of("Color", WireType.enumOf(Widget.Color.class)),
            Member.of("Names", WireType.list(WireType.STRING)),
            Member.of("Filters", WireType.list(WireType.struct(Filter.class))),
            Member.of("Next", WireType.struct(Reply.class)),
            Member.of("CosPath", WireType.STRING, "sensitive"),
            Member.of("RequestId", WireType.STRING));

    private Reply(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public static final class Builder extends StructBuilder<Reply> {
        private Builder(Reply source) {
            super(SCHEMA, source);
        }
        public Reply build() {
            return new Reply(this);
        }
    }
}
