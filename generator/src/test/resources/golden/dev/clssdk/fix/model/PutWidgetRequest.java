package dev.clssdk.fix.model;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The input of PutWidget.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
public final class PutWidgetRequest extends Struct {
    static {
        Schema.register(PutWidgetRequest.class, "request PutWidgetRequest MissingParameter InvalidParameter\n"
                + "Name string required minLength=1 maxLength=8 pattern=^[a-z]+$\n"
                + "Size int64 required minimum=1 maximum=100 code:maximum=LimitExceeded.Widget\n"
                + "Weight int32 minimum=-5\n"
                + "Low int64 lessThanOrEqual=High\n"
                + "High int64\n"
                + "Ratio double\n"
                + "Enabled boolean\n"
                + "Color Color\n"
                + "Tags list<string> minItems=1 maxItems=3\n"
                + "Colors list<Color>\n"
                + "Parts list<Part> required\n"
                + "Secret string sensitive\n"
                + "Default string\n"
                + "IPAddress string\n"
                + "Owner string");
    }

    private PutWidgetRequest(Builder builder) {
        super(builder);
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /**
     * A builder that starts with this instance's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The widget's name.
     *
     * <p>Required. At least 1 character. At most 8 characters. Must match {@code ^[a-z]+$}.
     *
     * @return the value, or {@code null} if not set
     */
    public String name() {
        return get(0);
    }

    /**
     * Size in units.
     *
     * <p>Required. Minimum 1. Maximum 100.
     *
     * @return the value, or {@code null} if not set
     */
    public Long size() {
        return get(1);
    }

    /**
     * Weight, may be negative.
     *
     * <p>Optional. Minimum -5.
     *
     * @return the value, or {@code null} if not set
     */
    public Integer weight() {
        return get(2);
    }

    /**
     * Lower bound (no format means int64).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Long low() {
        return get(3);
    }

    /**
     * Upper bound.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Long high() {
        return get(4);
    }

    /**
     * A ratio.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Double ratio() {
        return get(5);
    }

    /**
     * Whether it is on.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Boolean enabled() {
        return get(6);
    }

    /**
     * The color.
     *
     * <p>Optional. The server's default: {@code red}.
     *
     * <p>A value this SDK version does not know reads as {@code UNKNOWN_TO_SDK_VERSION};
     * {@link #colorAsString} has the raw string.
     *
     * @return the value, or {@code null} if not set
     */
    public Color color() {
        return Color.fromValue(get(7));
    }

    /**
     * The color.
     *
     * <p>Optional. The server's default: {@code red}.
     *
     * @return the raw wire value, or {@code null} if not set
     */
    public String colorAsString() {
        return get(7);
    }

    /**
     * Free-form tags.
     *
     * <p>Optional. At least 1 item. At most 3 items.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasTags})
     */
    public List<String> tags() {
        return getList(8);
    }

    /**
     * Whether {@code Tags} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasTags() {
        return has(8);
    }

    /**
     * More colors.
     *
     * <p>Optional.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasColors})
     */
    public List<String> colors() {
        return getList(9);
    }

    /**
     * Whether {@code Colors} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasColors() {
        return has(9);
    }

    /**
     * The parts.
     *
     * <p>Required.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasParts})
     */
    public List<Part> parts() {
        return getList(10);
    }

    /**
     * Whether {@code Parts} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasParts() {
        return has(10);
    }

    /**
     * A password.
     *
     * <p>Optional. Sensitive: masked in {@code toString()}.
     *
     * @return the value, or {@code null} if not set
     */
    public String secret() {
        return get(11);
    }

    /**
     * A member whose name is a Java keyword.
     *
     * <p>Optional.
     *
     * <p>Java name {@code defaultValue} for the wire name {@code Default}: {@code default} is a Java keyword.
     *
     * @return the value, or {@code null} if not set
     */
    public String defaultValue() {
        return get(12);
    }

    /**
     * An acronym at the start; a Windows path like C:&#92;users\me must not become a unicode
     * escape.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String ipAddress() {
        return get(13);
    }

    /**
     * Who owns the widget.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String owner() {
        return get(14);
    }

    /**
     * Builds {@link PutWidgetRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<PutWidgetRequest> {
        private Builder(PutWidgetRequest source) {
            super(PutWidgetRequest.class, source);
        }

        /**
         * The widget's name.
         *
         * <p>Required. At least 1 character. At most 8 characters. Must match {@code ^[a-z]+$}.
         *
         * @param name the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder name(String name) {
            set(0, name);
            return this;
        }

        /**
         * Size in units.
         *
         * <p>Required. Minimum 1. Maximum 100.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(long size) {
            set(1, size);
            return this;
        }

        /**
         * Size in units.
         *
         * <p>Required. Minimum 1. Maximum 100.
         *
         * @param size the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder size(Long size) {
            set(1, size);
            return this;
        }

        /**
         * Weight, may be negative.
         *
         * <p>Optional. Minimum -5.
         *
         * @param weight the value
         * @return this builder
         */
        public Builder weight(int weight) {
            set(2, weight);
            return this;
        }

        /**
         * Weight, may be negative.
         *
         * <p>Optional. Minimum -5.
         *
         * @param weight the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder weight(Integer weight) {
            set(2, weight);
            return this;
        }

        /**
         * Lower bound (no format means int64).
         *
         * <p>Optional.
         *
         * @param low the value
         * @return this builder
         */
        public Builder low(long low) {
            set(3, low);
            return this;
        }

        /**
         * Lower bound (no format means int64).
         *
         * <p>Optional.
         *
         * @param low the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder low(Long low) {
            set(3, low);
            return this;
        }

        /**
         * Upper bound.
         *
         * <p>Optional.
         *
         * @param high the value
         * @return this builder
         */
        public Builder high(long high) {
            set(4, high);
            return this;
        }

        /**
         * Upper bound.
         *
         * <p>Optional.
         *
         * @param high the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder high(Long high) {
            set(4, high);
            return this;
        }

        /**
         * A ratio.
         *
         * <p>Optional.
         *
         * @param ratio the value
         * @return this builder
         */
        public Builder ratio(double ratio) {
            set(5, ratio);
            return this;
        }

        /**
         * A ratio.
         *
         * <p>Optional.
         *
         * @param ratio the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder ratio(Double ratio) {
            set(5, ratio);
            return this;
        }

        /**
         * Whether it is on.
         *
         * <p>Optional.
         *
         * @param enabled the value
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            set(6, enabled);
            return this;
        }

        /**
         * Whether it is on.
         *
         * <p>Optional.
         *
         * @param enabled the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder enabled(Boolean enabled) {
            set(6, enabled);
            return this;
        }

        /**
         * The color.
         *
         * <p>Optional. The server's default: {@code red}.
         *
         * @param color the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder color(Color color) {
            setEnum(7, color);
            return this;
        }

        /**
         * The color.
         *
         * <p>Optional. The server's default: {@code red}.
         *
         * @param color the raw wire value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder color(String color) {
            set(7, color);
            return this;
        }

        /**
         * Free-form tags.
         *
         * <p>Optional. At least 1 item. At most 3 items.
         *
         * @param tags the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            setList(8, tags);
            return this;
        }

        /**
         * More colors.
         *
         * <p>Optional.
         *
         * @param colors the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder colors(List<String> colors) {
            setList(9, colors);
            return this;
        }

        /**
         * The parts.
         *
         * <p>Required.
         *
         * @param parts the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder parts(List<Part> parts) {
            setList(10, parts);
            return this;
        }

        /**
         * A password.
         *
         * <p>Optional. Sensitive: masked in {@code toString()}.
         *
         * @param secret the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder secret(String secret) {
            set(11, secret);
            return this;
        }

        /**
         * A member whose name is a Java keyword.
         *
         * <p>Optional.
         *
         * <p>Java name {@code defaultValue} for the wire name {@code Default}: {@code default} is a Java keyword.
         *
         * @param defaultValue the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder defaultValue(String defaultValue) {
            set(12, defaultValue);
            return this;
        }

        /**
         * An acronym at the start; a Windows path like C:&#92;users\me must not become a unicode
         * escape.
         *
         * <p>Optional.
         *
         * @param ipAddress the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder ipAddress(String ipAddress) {
            set(13, ipAddress);
            return this;
        }

        /**
         * Who owns the widget.
         *
         * <p>Optional.
         *
         * @param owner the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder owner(String owner) {
            set(14, owner);
            return this;
        }

        /**
         * Checks every rule of the API, in everything the request holds, and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public PutWidgetRequest build() {
            return new PutWidgetRequest(this);
        }
    }
}
