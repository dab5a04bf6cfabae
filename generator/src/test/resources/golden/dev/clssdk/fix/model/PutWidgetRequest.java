package dev.clssdk.fix.model;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.shape.Member;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructBuilder;
import dev.clssdk.core.shape.WireType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The input of PutWidget.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
public final class PutWidgetRequest extends Struct {
    private static final Member<String> NAME = Member.string("Name")
            .required().minLength(1).maxLength(8).pattern("^[a-z]+$");

    private static final Member<Long> SIZE = Member.int64("Size")
            .required().minimum(1).maximum(100).code("maximum", "LimitExceeded.Widget");

    private static final Member<Integer> WEIGHT = Member.int32("Weight").minimum(-5);

    private static final Member<Long> LOW = Member.int64("Low").lessThanOrEqual("High");

    private static final Member<Long> HIGH = Member.int64("High");

    private static final Member<Double> RATIO = Member.float64("Ratio");

    private static final Member<Boolean> ENABLED = Member.bool("Enabled");

    private static final Member<String> COLOR = Member.enumOf("Color", Color.class);

    private static final Member<List<String>> TAGS = Member.list("Tags", WireType.STRING)
            .minItems(1).maxItems(3);

    private static final Member<List<String>> COLORS = Member.list("Colors", WireType.enumOf(Color.class));

    private static final Member<List<Part>> PARTS = Member.list("Parts", WireType.struct(Part.class))
            .required();

    private static final Member<String> SECRET = Member.string("Secret").sensitive();

    private static final Member<String> DEFAULT_VALUE = Member.string("Default");

    private static final Member<String> IP_ADDRESS = Member.string("IPAddress");

    private static final Member<String> OWNER = Member.string("Owner");

    /**
     * The type's members in wire order, with their types and the API's rules, for the SDK's validator and JSON codec.
     */
    public static final Schema<PutWidgetRequest> SCHEMA = Schema.request(PutWidgetRequest.class,
            NAME, SIZE, WEIGHT, LOW, HIGH, RATIO, ENABLED, COLOR, TAGS, COLORS, PARTS, SECRET,
            DEFAULT_VALUE, IP_ADDRESS, OWNER);

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
        return get(NAME);
    }

    /**
     * Size in units.
     *
     * <p>Required. Minimum 1. Maximum 100.
     *
     * @return the value, or {@code null} if not set
     */
    public Long size() {
        return get(SIZE);
    }

    /**
     * Weight, may be negative.
     *
     * <p>Optional. Minimum -5.
     *
     * @return the value, or {@code null} if not set
     */
    public Integer weight() {
        return get(WEIGHT);
    }

    /**
     * Lower bound (no format means int64).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Long low() {
        return get(LOW);
    }

    /**
     * Upper bound.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Long high() {
        return get(HIGH);
    }

    /**
     * A ratio.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Double ratio() {
        return get(RATIO);
    }

    /**
     * Whether it is on.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Boolean enabled() {
        return get(ENABLED);
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
        return Color.fromValue(get(COLOR));
    }

    /**
     * The color.
     *
     * <p>Optional. The server's default: {@code red}.
     *
     * @return the raw wire value, or {@code null} if not set
     */
    public String colorAsString() {
        return get(COLOR);
    }

    /**
     * Free-form tags.
     *
     * <p>Optional. At least 1 item. At most 3 items.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasTags})
     */
    public List<String> tags() {
        return getList(TAGS);
    }

    /**
     * Whether {@code Tags} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasTags() {
        return has(TAGS);
    }

    /**
     * More colors.
     *
     * <p>Optional.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasColors})
     */
    public List<String> colors() {
        return getList(COLORS);
    }

    /**
     * Whether {@code Colors} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasColors() {
        return has(COLORS);
    }

    /**
     * The parts.
     *
     * <p>Required.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasParts})
     */
    public List<Part> parts() {
        return getList(PARTS);
    }

    /**
     * Whether {@code Parts} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasParts() {
        return has(PARTS);
    }

    /**
     * A password.
     *
     * <p>Optional. Sensitive: masked in {@code toString()}.
     *
     * @return the value, or {@code null} if not set
     */
    public String secret() {
        return get(SECRET);
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
        return get(DEFAULT_VALUE);
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
        return get(IP_ADDRESS);
    }

    /**
     * Who owns the widget.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String owner() {
        return get(OWNER);
    }

    /**
     * Builds {@link PutWidgetRequest}; not thread-safe.
     */
    public static final class Builder extends StructBuilder<PutWidgetRequest> {
        private Builder(PutWidgetRequest source) {
            super(SCHEMA, source);
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
            set(NAME, name);
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
            set(SIZE, size);
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
            set(SIZE, size);
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
            set(WEIGHT, weight);
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
            set(WEIGHT, weight);
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
            set(LOW, low);
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
            set(LOW, low);
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
            set(HIGH, high);
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
            set(HIGH, high);
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
            set(RATIO, ratio);
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
            set(RATIO, ratio);
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
            set(ENABLED, enabled);
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
            set(ENABLED, enabled);
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
            setEnum(COLOR, color);
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
            set(COLOR, color);
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
            setList(TAGS, tags);
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
            setList(COLORS, colors);
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
            setList(PARTS, parts);
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
            set(SECRET, secret);
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
            set(DEFAULT_VALUE, defaultValue);
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
            set(IP_ADDRESS, ipAddress);
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
            set(OWNER, owner);
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
