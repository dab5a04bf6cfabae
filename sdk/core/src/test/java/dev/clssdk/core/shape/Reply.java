package dev.clssdk.core.shape;

/** A hand-written answer (an output: never rejected when read), in the generated form, for the core's own tests. */
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

    private Reply(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public static final class Builder extends StructBuilder<Reply> {
        private Builder(Reply source) {
            super(Reply.class, source);
        }
        public Reply build() {
            return new Reply(this);
        }
    }
}
