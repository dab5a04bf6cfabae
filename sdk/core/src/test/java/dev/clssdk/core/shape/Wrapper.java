package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written request holding nested inputs, in the generated form, for the core's own tests. */
public final class Wrapper extends Struct {
    private static final Member<Filter> FILTER = Member.of("Filter", WireType.struct(Filter.class));
    private static final Member<List<Filter>> FILTERS = Member.of("Filters", WireType.list(WireType.struct(Filter.class)));

    public static final Schema<Wrapper> SCHEMA = Schema.request(Wrapper.class, "Wrapper", "MissingParameter", "InvalidParameter",
            FILTER, FILTERS);

    private Wrapper(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public static final class Builder extends StructBuilder<Wrapper> {
        private Builder(Wrapper source) {
            super(SCHEMA, source);
        }

        public Builder filter(Filter filter) {
            set(FILTER, filter);
            return this;
        }

        public Builder filters(List<Filter> filters) {
            setList(FILTERS, filters);
            return this;
        }
        public Wrapper build() {
            return new Wrapper(this);
        }
    }
}
