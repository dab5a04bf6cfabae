package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written nested input type in the generated form, for the core's own tests. */
public final class Filter extends Struct {
    static {
        Schema.register(Filter.class, "input Filter MissingParameter InvalidParameter\n"
                + "Name string required\n"
                + "Size int64 maximum=100\n"
                + "Low int32\n"
                + "On boolean\n"
                + "Ratio double\n"
                + "Color Widget$Color\n"
                + "Tags list<string>\n"
                + "Children list<Filter>\n"
                + "Grid list<list<int64>>");
    }

    private Filter(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public String name() {
        return get(0);
    }

    public Long size() {
        return get(1);
    }

    public Widget.Color color() {
        return Widget.Color.fromValue(get(5));
    }

    public String colorAsString() {
        return get(5);
    }

    public List<String> tags() {
        return getList(6);
    }

    public List<Filter> children() {
        return getList(7);
    }

    public List<List<Long>> grid() {
        return getList(8);
    }

    public static final class Builder extends StructBuilder<Filter> {
        private Builder(Filter source) {
            super(Filter.class, source);
        }

        public Builder name(String name) {
            set(0, name);
            return this;
        }

        public Builder size(long size) {
            set(1, size);
            return this;
        }
        public Filter build() {
            return new Filter(this);
        }
    }
}
