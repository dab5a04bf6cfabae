package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written type in the generated form, for the core's own tests. */
public final class Widget extends Struct {
    private static final Member<String> NAME = Member.of("Name", WireType.STRING).required().minLength(2).maxLength(4)
            .pattern("^[a-z]");
    private static final Member<Long> SIZE = Member.of("Size", WireType.INT64).required().minimum(1).maximum(100)
            .code("maximum", "LimitExceeded.Size");
    private static final Member<Integer> LOW = Member.of("Low", WireType.INT32).lessThanOrEqual("High");
    private static final Member<Integer> HIGH = Member.of("High", WireType.INT32);
    private static final Member<Double> RATIO = Member.of("Ratio", WireType.DOUBLE).maximum(1);
    private static final Member<Boolean> ON = Member.of("On", WireType.BOOLEAN);
    private static final Member<String> COLOR = Member.of("Color", WireType.enumOf(Color.class));
    private static final Member<List<String>> TAGS = Member.of("Tags", WireType.list(WireType.STRING)).maxItems(2);
    private static final Member<List<Widget>> CHILDREN = Member.of("Children", WireType.list(WireType.struct(Widget.class)));
    private static final Member<String> SECRET = Member.of("Secret", WireType.STRING).sensitive().minLength(3);

    public static final Schema<Widget> SCHEMA = Schema.request(Widget.class, "Widget", "MissingParameter", "InvalidParameter",
            NAME, SIZE, LOW, HIGH, RATIO, ON, COLOR, TAGS, CHILDREN, SECRET);

    private Widget(Builder builder) {
        super(builder);
    }

    /** Reads any member, as a generated accessor reads its own: for the test that a stranger is refused. */
    <V> V readForTest(Member<V> member) {
        return get(member);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public String name() {
        return get(NAME);
    }

    public Long size() {
        return get(SIZE);
    }

    public Integer low() {
        return get(LOW);
    }

    public Color color() {
        return Color.fromValue(get(COLOR));
    }

    public String colorAsString() {
        return get(COLOR);
    }

    public List<String> tags() {
        return getList(TAGS);
    }

    public boolean hasTags() {
        return has(TAGS);
    }

    public List<Widget> children() {
        return getList(CHILDREN);
    }

    public String secret() {
        return get(SECRET);
    }

    /** An enum in the generated form. */
    public enum Color {
        RED("red"),
        BLUE("blue"),
        UNKNOWN_TO_SDK_VERSION(null);

        private final String value;

        Color(String value) {
            this.value = value;
        }

        public static Color fromValue(String value) {
            if (value == null) {
                return null;
            }
            for (Color color : values()) {
                if (value.equals(color.value)) {
                    return color;
                }
            }
            return UNKNOWN_TO_SDK_VERSION;
        }

        @Override
        public String toString() {
            return value == null ? name() : value;
        }
    }

    public static final class Builder extends StructBuilder<Widget> {
        private Builder(Widget source) {
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

        public Builder low(int low) {
            set(LOW, low);
            return this;
        }

        public Builder high(int high) {
            set(HIGH, high);
            return this;
        }

        public Builder ratio(double ratio) {
            set(RATIO, ratio);
            return this;
        }

        public Builder on(boolean on) {
            set(ON, on);
            return this;
        }

        public Builder color(Color color) {
            setEnum(COLOR, color);
            return this;
        }

        public Builder color(String color) {
            set(COLOR, color);
            return this;
        }

        public Builder tags(List<String> tags) {
            setList(TAGS, tags);
            return this;
        }

        public Builder children(List<Widget> children) {
            setList(CHILDREN, children);
            return this;
        }

        public Builder secret(String secret) {
            set(SECRET, secret);
            return this;
        }
        public Widget build() {
            return new Widget(this);
        }
    }
}
