package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written nested input type in the generated form, for the core's own tests. */
public final class Filter extends Struct {
    private static final Member<String> NAME = Member.of("Name", WireType.STRING).required();
    private static final Member<Long> SIZE = Member.of("Size", WireType.INT64).maximum(100);
    private static final Member<Integer> LOW = Member.of("Low", WireType.INT32);
    private static final Member<Boolean> ON = Member.of("On", WireType.BOOLEAN);
    private static final Member<Double> RATIO = Member.of("Ratio", WireType.DOUBLE);
    private static final Member<String> COLOR = Member.of("Color", WireType.enumOf(Widget.Color.class));
    private static final Member<List<String>> TAGS = Member.of("Tags", WireType.list(WireType.STRING));
    private static final Member<List<Filter>> CHILDREN = Member.of("Children", WireType.list(WireType.struct(Filter.class)));
    private static final Member<List<List<Long>>> GRID = Member.of("Grid", WireType.list(WireType.list(WireType.INT64)));

    public static final Schema<Filter> SCHEMA = Schema.input(Filter.class, NAME, SIZE, LOW, ON, RATIO, COLOR, TAGS,
            CHILDREN, GRID);

    private Filter(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public String name() {
        return get(NAME);
    }

    public Long size() {
        return get(SIZE);
    }

    public Widget.Color color() {
        return Widget.Color.fromValue(get(COLOR));
    }

    public String colorAsString() {
        return get(COLOR);
    }

    public List<String> tags() {
        return getList(TAGS);
    }

    public List<Filter> children() {
        return getList(CHILDREN);
    }

    public List<List<Long>> grid() {
        return getList(GRID);
    }

    public static final class Builder extends StructBuilder<Filter> {
        private Builder(Filter source) {
            super(SCHEMA, source);
        }

        public Builder name(String name) {
            set(NAME, name);
            return this;
        }

        public Builder size(long size) {
            set(SIZE, size);
            return this;
        }
        public Filter build() {
            return new Filter(this);
        }
    }
}
