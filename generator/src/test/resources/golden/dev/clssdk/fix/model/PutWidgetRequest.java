package dev.clssdk.fix.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * The input of PutWidget.
 *
 * <p>Immutable; create one with {@link #builder()}, which checks every rule of the API before anything is sent.
 */
@Generated("dev.clssdk.codegen")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonPropertyOrder({"Name", "Size", "Weight", "Low", "High", "Ratio", "Enabled", "Color", "Tags", "Colors", "Parts", "Secret", "Default", "IPAddress", "Owner"})
public final class PutWidgetRequest {
    private static final Pattern NAME_PATTERN = Pattern.compile("^[a-z]+$");

    @JsonProperty("Name")
    private final String name;

    @JsonProperty("Size")
    private final Long size;

    @JsonProperty("Weight")
    private final Integer weight;

    @JsonProperty("Low")
    private final Long low;

    @JsonProperty("High")
    private final Long high;

    @JsonProperty("Ratio")
    private final Double ratio;

    @JsonProperty("Enabled")
    private final Boolean enabled;

    @JsonProperty("Color")
    private final String color;

    @JsonProperty("Tags")
    private final List<String> tags;

    @JsonProperty("Colors")
    private final List<String> colors;

    @JsonProperty("Parts")
    private final List<Part> parts;

    @JsonProperty("Secret")
    private final String secret;

    @JsonProperty("Default")
    private final String defaultValue;

    @JsonProperty("IPAddress")
    private final String ipAddress;

    @JsonProperty("Owner")
    private final String owner;

    private PutWidgetRequest(Builder builder) {
        this.name = builder.name;
        this.size = builder.size;
        this.weight = builder.weight;
        this.low = builder.low;
        this.high = builder.high;
        this.ratio = builder.ratio;
        this.enabled = builder.enabled;
        this.color = builder.color;
        this.tags = builder.tags == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.tags));
        this.colors = builder.colors == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.colors));
        this.parts = builder.parts == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.parts));
        this.secret = builder.secret;
        this.defaultValue = builder.defaultValue;
        this.ipAddress = builder.ipAddress;
        this.owner = builder.owner;
    }

    @JsonCreator
    private static PutWidgetRequest fromJson(@JsonProperty("Name") String name,
            @JsonProperty("Size") Long size, @JsonProperty("Weight") Integer weight,
            @JsonProperty("Low") Long low, @JsonProperty("High") Long high,
            @JsonProperty("Ratio") Double ratio, @JsonProperty("Enabled") Boolean enabled,
            @JsonProperty("Color") String color, @JsonProperty("Tags") List<String> tags,
            @JsonProperty("Colors") List<String> colors, @JsonProperty("Parts") List<Part> parts,
            @JsonProperty("Secret") String secret, @JsonProperty("Default") String defaultValue,
            @JsonProperty("IPAddress") String ipAddress, @JsonProperty("Owner") String owner) {
        return builder()
                .name(name)
                .size(size)
                .weight(weight)
                .low(low)
                .high(high)
                .ratio(ratio)
                .enabled(enabled)
                .color(color)
                .tags(tags)
                .colors(colors)
                .parts(parts)
                .secret(secret)
                .defaultValue(defaultValue)
                .ipAddress(ipAddress)
                .owner(owner)
                .build();
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
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
        return name;
    }

    /**
     * Size in units.
     *
     * <p>Required. Minimum 1. Maximum 100.
     *
     * @return the value, or {@code null} if not set
     */
    public Long size() {
        return size;
    }

    /**
     * Weight, may be negative.
     *
     * <p>Optional. Minimum -5.
     *
     * @return the value, or {@code null} if not set
     */
    public Integer weight() {
        return weight;
    }

    /**
     * Lower bound (no format means int64).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Long low() {
        return low;
    }

    /**
     * Upper bound.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Long high() {
        return high;
    }

    /**
     * A ratio.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Double ratio() {
        return ratio;
    }

    /**
     * Whether it is on.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public Boolean enabled() {
        return enabled;
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
        return Color.fromValue(color);
    }

    /**
     * The color.
     *
     * <p>Optional. The server's default: {@code red}.
     *
     * @return the raw wire value, or {@code null} if not set
     */
    public String colorAsString() {
        return color;
    }

    /**
     * Free-form tags.
     *
     * <p>Optional. At least 1 item. At most 3 items.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasTags})
     */
    public List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    /**
     * Whether {@code Tags} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasTags() {
        return tags != null;
    }

    /**
     * More colors.
     *
     * <p>Optional.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasColors})
     */
    public List<String> colors() {
        return colors == null ? List.of() : colors;
    }

    /**
     * Whether {@code Colors} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasColors() {
        return colors != null;
    }

    /**
     * The parts.
     *
     * <p>Required.
     *
     * @return an unmodifiable list, empty if not set (see {@link #hasParts})
     */
    public List<Part> parts() {
        return parts == null ? List.of() : parts;
    }

    /**
     * Whether {@code Parts} was set, as opposed to absent.
     *
     * @return {@code true} if set
     */
    public boolean hasParts() {
        return parts != null;
    }

    /**
     * A password.
     *
     * <p>Optional. Sensitive: masked in {@code toString()}.
     *
     * @return the value, or {@code null} if not set
     */
    public String secret() {
        return secret;
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
        return defaultValue;
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
        return ipAddress;
    }

    /**
     * Who owns the widget.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} if not set
     */
    public String owner() {
        return owner;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PutWidgetRequest)) {
            return false;
        }
        PutWidgetRequest that = (PutWidgetRequest) other;
        return Objects.equals(name, that.name)
                && Objects.equals(size, that.size)
                && Objects.equals(weight, that.weight)
                && Objects.equals(low, that.low)
                && Objects.equals(high, that.high)
                && Objects.equals(ratio, that.ratio)
                && Objects.equals(enabled, that.enabled)
                && Objects.equals(color, that.color)
                && Objects.equals(tags, that.tags)
                && Objects.equals(colors, that.colors)
                && Objects.equals(parts, that.parts)
                && Objects.equals(secret, that.secret)
                && Objects.equals(defaultValue, that.defaultValue)
                && Objects.equals(ipAddress, that.ipAddress)
                && Objects.equals(owner, that.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, size, weight, low, high, ratio, enabled, color, tags, colors, parts, secret, defaultValue, ipAddress, owner);
    }

    @Override
    public String toString() {
        return "PutWidgetRequest{"
                + "Name=" + name
                + ", Size=" + size
                + ", Weight=" + weight
                + ", Low=" + low
                + ", High=" + high
                + ", Ratio=" + ratio
                + ", Enabled=" + enabled
                + ", Color=" + color
                + ", Tags=" + tags
                + ", Colors=" + colors
                + ", Parts=" + parts
                + ", Secret=" + (secret == null ? null : "***")
                + ", Default=" + defaultValue
                + ", IPAddress=" + ipAddress
                + ", Owner=" + owner
                + "}";
    }

    /**
     * Builds {@link PutWidgetRequest}; not thread-safe.
     */
    public static final class Builder {
        private String name;

        private Long size;

        private Integer weight;

        private Long low;

        private Long high;

        private Double ratio;

        private Boolean enabled;

        private String color;

        private List<String> tags;

        private List<String> colors;

        private List<Part> parts;

        private String secret;

        private String defaultValue;

        private String ipAddress;

        private String owner;

        private Builder() {
        }

        private Builder(PutWidgetRequest source) {
            this.name = source.name;
            this.size = source.size;
            this.weight = source.weight;
            this.low = source.low;
            this.high = source.high;
            this.ratio = source.ratio;
            this.enabled = source.enabled;
            this.color = source.color;
            this.tags = source.tags;
            this.colors = source.colors;
            this.parts = source.parts;
            this.secret = source.secret;
            this.defaultValue = source.defaultValue;
            this.ipAddress = source.ipAddress;
            this.owner = source.owner;
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
            this.name = name;
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
            this.size = size;
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
            this.size = size;
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
            this.weight = weight;
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
            this.weight = weight;
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
            this.low = low;
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
            this.low = low;
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
            this.high = high;
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
            this.high = high;
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
            this.ratio = ratio;
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
            this.ratio = ratio;
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
            this.enabled = enabled;
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
            this.enabled = enabled;
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
            this.color = color == null ? null : color.toString();
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
            this.color = color;
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
            this.tags = tags == null ? null : new ArrayList<>(tags);
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
            this.colors = colors == null ? null : new ArrayList<>(colors);
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
            this.parts = parts == null ? null : new ArrayList<>(parts);
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
            this.secret = secret;
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
            this.defaultValue = defaultValue;
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
            this.ipAddress = ipAddress;
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
            this.owner = owner;
            return this;
        }

        /**
         * Checks every rule of the API and builds the instance.
         *
         * @return the instance
         * @throws ValidationException listing every broken rule, if any
         */
        public PutWidgetRequest build() {
            List<Violation> violations = new ArrayList<>();
            if (name == null) {
                violations.add(new Violation("Name", "required", "is required", null, "MissingParameter"));
            } else {
                if (name.codePointCount(0, name.length()) < 1) {
                    violations.add(new Violation("Name", "minLength", "length must be >= 1", name, "InvalidParameter"));
                }
                if (name.codePointCount(0, name.length()) > 8) {
                    violations.add(new Violation("Name", "maxLength", "length must be <= 8", name, "InvalidParameter"));
                }
                if (!NAME_PATTERN.matcher(name).find()) {
                    violations.add(new Violation("Name", "pattern", "must match ^[a-z]+$", name, "InvalidParameter"));
                }
            }
            if (size == null) {
                violations.add(new Violation("Size", "required", "is required", null, "MissingParameter"));
            } else {
                if (size < 1L) {
                    violations.add(new Violation("Size", "minimum", "must be >= 1", size, "InvalidParameter"));
                }
                if (size > 100L) {
                    violations.add(new Violation("Size", "maximum", "must be <= 100", size, "LimitExceeded.Widget"));
                }
            }
            if (weight != null) {
                if (weight < -5) {
                    violations.add(new Violation("Weight", "minimum", "must be >= -5", weight, "InvalidParameter"));
                }
            }
            if (color != null) {
                if (Color.fromValue(color) == Color.UNKNOWN_TO_SDK_VERSION) {
                    violations.add(new Violation("Color", "enum", "must be one of [red, dark-green, 2tone]", color, "InvalidParameter"));
                }
            }
            if (tags != null) {
                if (tags.size() < 1) {
                    violations.add(new Violation("Tags", "minItems", "must have >= 1 items", tags, "InvalidParameter"));
                }
                if (tags.size() > 3) {
                    violations.add(new Violation("Tags", "maxItems", "must have <= 3 items", tags, "InvalidParameter"));
                }
                if (tags.contains(null)) {
                    violations.add(new Violation("Tags", "items", "must not contain null elements", null, "InvalidParameter"));
                }
            }
            if (colors != null) {
                if (colors.contains(null)) {
                    violations.add(new Violation("Colors", "items", "must not contain null elements", null, "InvalidParameter"));
                }
            }
            if (parts == null) {
                violations.add(new Violation("Parts", "required", "is required", null, "MissingParameter"));
            } else {
                if (parts.contains(null)) {
                    violations.add(new Violation("Parts", "items", "must not contain null elements", null, "InvalidParameter"));
                }
            }
            if (low != null && high != null && !(low <= high)) {
                violations.add(new Violation("Low", "lessThanOrEqual", "must be <= High (" + high + ")", low, "InvalidParameter"));
            }
            if (!violations.isEmpty()) {
                throw new ValidationException("PutWidgetRequest", violations);
            }
            return new PutWidgetRequest(this);
        }
    }
}
