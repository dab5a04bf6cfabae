package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written request holding nested inputs, in the generated form, for the core's own tests. */
public final class Wrapper extends Struct {
    static {
        Schema.register(Wrapper.class, "request Wrapper MissingParameter InvalidParameter\n"
                + "Filter Filter\n"
                + "Filters list<Filter>");
    }

    private Wrapper(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public static final class Builder extends StructBuilder<Wrapper> {
        private Builder(Wrapper source) {
            super(Wrapper.class, source);
        }

        public Builder filter(Filter filter) {
            set(0, filter);
            return this;
        }

        public Builder filters(List<Filter> filters) {
            setList(1, filters);
            return this;
        }
        public Wrapper build() {
            return new Wrapper(this);
        }
    }
}
