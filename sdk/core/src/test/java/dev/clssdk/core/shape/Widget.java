package dev.clssdk.core.shape;

import java.util.List;

/** A hand-written type in the generated form, for the core's own tests. */
public final class Widget extends Struct {
    static {
        Schema.register(Widget.class, "request Widget MissingParameter InvalidParameter\n"
                + "Name string required minLength=2 maxLength=4 pattern=^[a-z]\n"
                + "Size int64 required minimum=1 maximum=100 code:maximum=LimitExceeded.Size\n"
                + "Low int32 lessThanOrEqual=High\n"
                + "High int32\n"
                + "Ratio double maximum=1\n"
                + "On boolean\n"
                + "Color Widget$Color\n"
                + "Tags list<string> maxItems=2\n"
                + "Children list<Widget>\n"
                + "Secret string sensitive minLength=3");
    }

    private Widget(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public String name() {
        return get(0);
    }

    public Long size() {
        return get(1);
    }

    public Integer low() {
        return get(2);
    }

    public Color color() {
        return Color.fromValue(get(6));
    }

    public String colorAsString() {
        return get(6);
    }

    public List<String> tags() {
        return getList(7);
    }

    public boolean hasTags() {
        return has(7);
    }

    public List<Widget> children() {
        return getList(8);
    }

    public String secret() {
        return get(9);
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
            super(Widget.class, source);
        }

        public Builder name(String name) {
            set(0, name);
            return this;
        }

        public Builder size(long size) {
            set(1, size);
            return this;
        }

        public Builder low(int low) {
            set(2, low);
            return this;
        }

        public Builder high(int high) {
            set(3, high);
            return this;
        }

        public Builder ratio(double ratio) {
            set(4, ratio);
            return this;
        }

        public Builder on(boolean on) {
            set(5, on);
            return this;
        }

        public Builder color(Color color) {
            setEnum(6, color);
            return this;
        }

        public Builder color(String color) {
            set(6, color);
            return this;
        }

        public Builder tags(List<String> tags) {
            setList(7, tags);
            return this;
        }

        public Builder children(List<Widget> children) {
            setList(8, children);
            return this;
        }

        public Builder secret(String secret) {
            set(9, secret);
            return this;
        }
        public Widget build() {
            return new Widget(this);
        }
    }
}
