package dev.clssdk.core.shape;

import dev.clssdk.core.internal.json.JsonWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One member of a {@link Schema}: its wire name, its type and, for inputs, the API's rules.
 * Immutable once made.
 */
public final class Member {

    private static final long UNSET = Long.MIN_VALUE;

    private final String wireName;
    private final WireType type;
    private boolean required;
    private boolean sensitive;
    private long minimum = UNSET;
    private long maximum = UNSET;
    private long minLength = UNSET;
    private long maxLength = UNSET;
    private long minItems = UNSET;
    private long maxItems = UNSET;
    private Pattern pattern;
    private String lessThanOrEqual;
    private Map<String, String> codes = Map.of();
    private volatile Set<String> enumValues;
    private final byte[] encodedName;

    private Member(String wireName, WireType type) {
        this.wireName = Objects.requireNonNull(wireName, "wireName");
        this.type = Objects.requireNonNull(type, "type");
        this.encodedName = JsonWriter.encodeName(wireName);
    }

    /** The wire name quoted, with its colon, for {@link JsonWriter#name}. */
    byte[] encodedName() {
        return encodedName;
    }

    /** Whether {@code value} is one of an enum member's wire values. */
    boolean isEnumValue(Object value) {
        return enumValues().contains(value);
    }

    /**
     * A member without rules.
     *
     * @param wireName its name on the wire, for example {@code TopicId}
     * @param type its type
     * @return the member
     */
    public static Member of(String wireName, WireType type) {
        return new Member(wireName, type);
    }

    /**
     * A member with rules written as text, the form generated classes use: rules separated by
     * single spaces, each {@code name} or {@code name=value}:
     * {@code required}, {@code sensitive}, {@code minimum=N}, {@code maximum=N}, {@code minLength=N},
     * {@code maxLength=N}, {@code minItems=N}, {@code maxItems=N}, {@code lessThanOrEqual=OtherMember},
     * {@code code:RULE=ERROR_CODE} (the server's error code for a broken rule, where it differs from
     * the schema's defaults), and last, because the expression may hold spaces,
     * {@code pattern=REGEX} running to the end of the text.
     *
     * <p>For example {@code Member.of("Count", WireType.INT64, "required minimum=1 maximum=100 code:maximum=LimitExceeded")}.
     *
     * @param wireName its name on the wire
     * @param type its type
     * @param rules the rules
     * @return the member
     * @throws IllegalArgumentException for a rule this version does not know, or a malformed one
     */
    public static Member of(String wireName, WireType type, String rules) {
        Member member = new Member(wireName, type);
        String text = Objects.requireNonNull(rules, "rules");
        int at = 0;
        while (at < text.length()) {
            if (text.startsWith("pattern=", at)) {
                member.pattern = Pattern.compile(text.substring(at + "pattern=".length()));
                break;
            }
            int end = text.indexOf(' ', at);
            String rule = text.substring(at, end < 0 ? text.length() : end);
            member.apply(rule);
            at = end < 0 ? text.length() : end + 1;
        }
        return member;
    }

    private void apply(String rule) {
        int equals = rule.indexOf('=');
        String name = equals < 0 ? rule : rule.substring(0, equals);
        String value = equals < 0 ? null : rule.substring(equals + 1);
        try {
            switch (name) {
                case "required" -> required = true;
                case "sensitive" -> sensitive = true;
                case "minimum" -> minimum = Long.parseLong(value);
                case "maximum" -> maximum = Long.parseLong(value);
                case "minLength" -> minLength = Integer.parseInt(value);
                case "maxLength" -> maxLength = Integer.parseInt(value);
                case "minItems" -> minItems = Integer.parseInt(value);
                case "maxItems" -> maxItems = Integer.parseInt(value);
                case "lessThanOrEqual" -> lessThanOrEqual = Objects.requireNonNull(value);
                default -> {
                    if (!name.startsWith("code:") || value == null || value.isEmpty()) {
                        throw new IllegalArgumentException("unknown rule");
                    }
                    Map<String, String> more = new HashMap<>(codes);
                    more.put(name.substring("code:".length()), value);
                    codes = Map.copyOf(more);
                }
            }
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(wireName + ": malformed rule " + rule, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(wireName + ": unknown rule " + rule, e);
        }
    }

    /**
     * The wire name.
     *
     * @return the name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The type.
     *
     * @return the type
     */
    public WireType type() {
        return type;
    }

    /**
     * Whether the value is a secret.
     *
     * @return {@code true} if masked
     */
    public boolean isSensitive() {
        return sensitive;
    }

    boolean isRequired() {
        return required;
    }

    long minimum() {
        return minimum;
    }

    long maximum() {
        return maximum;
    }

    long minLength() {
        return minLength;
    }

    long maxLength() {
        return maxLength;
    }

    long minItems() {
        return minItems;
    }

    long maxItems() {
        return maxItems;
    }

    Pattern pattern() {
        return pattern;
    }

    /** The member this one must be less than or equal to when both are set, or {@code null}. */
    String lessThanOrEqual() {
        return lessThanOrEqual;
    }

    static boolean isSet(long bound) {
        return bound != UNSET;
    }

    String codeFor(String rule, String fallback) {
        return codes.getOrDefault(rule, fallback);
    }

    /**
     * The wire values of an enum member without the unknown marker, in declaration order (which
     * its {@code toString()} lists, for violations).
     */
    Set<String> enumValues() {
        Set<String> values = enumValues;
        if (values == null) {
            Set<String> found = new LinkedHashSet<>();
            for (Object constant : type.javaType().getEnumConstants()) {
                if (!"UNKNOWN_TO_SDK_VERSION".equals(((Enum<?>) constant).name())) {
                    found.add(constant.toString());
                }
            }
            values = Collections.unmodifiableSet(found);
            enumValues = values;
        }
        return values;
    }
}
