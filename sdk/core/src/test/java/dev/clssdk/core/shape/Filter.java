package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written nested input type in the generated form, for the core's own tests. */
public final class Filter extends Struct {
    private static final Schema<Filter> SCHEMA = Schema.input(Filter.class, "Filter", "MissingParameter", "InvalidParameter",
            Member.of("Name", WireType.STRING, "required"),
            Member.of("Size", WireType.INT64, "maximum=100"),
            Member.of("Low", WireType.INT32),
            Member.of("On", WireType.BOOLEAN),
            Member.of("Ratio", WireType.DOUBLE),
            Member.of("Color", WireType.enumOf(Widget.Color.class)),
            Member.of("Tags", WireType.list(WireType.STRING)),
            Member.of("Children", WireType.list(WireType.struct(Filter.class))),
            Member.of("Grid", WireType.list(WireType.list(WireType.INT64))));

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
            super(SCHEMA, source);
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
