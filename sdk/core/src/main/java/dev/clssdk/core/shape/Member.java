package dev.clssdk.core.shape;

import dev.clssdk.core.internal.json.JsonWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One member of a {@link Schema}: its wire name, its typed {@link WireType} and, for inputs, the
 * API's rules. A generated class declares one constant per member, made by {@link #of} and the rule
 * methods (each returns a new member), for example
 * {@code Member.of("Count", WireType.INT64).required().minimum(1).maximum(100)}, and lists them in
 * its schema; its accessors read the value of a member by its constant
 * ({@code get(COUNT)} returns a {@code Long}).
 *
 * <p>A member belongs to one schema, which gives it its position among the values when the schema is
 * made; after that it changes no more.
 *
 * @param <V> the Java type of the member's value (see {@link WireType})
 */
public final class Member<V> {

    private static final long UNSET = Long.MIN_VALUE;

    private final String wireName;
    private final WireType<V> type;
    private final byte[] encodedName;
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
    /** The member's position among its schema's values; set once, by the schema that lists it. */
    private int index = -1;
    private volatile Set<String> enumValues;

    private Member(String wireName, WireType<V> type) {
        this.wireName = Objects.requireNonNull(wireName, "wireName");
        this.type = Objects.requireNonNull(type, "type");
        if (wireName.isEmpty()) {
            throw new IllegalArgumentException("a member's wire name is empty");
        }
        this.encodedName = JsonWriter.encodeName(wireName);
    }

    /**
     * A member without rules.
     *
     * @param <V> the Java type of its value
     * @param wireName its name on the wire, for example {@code TopicId}
     * @param type its type
     * @return the member
     */
    public static <V> Member<V> of(String wireName, WireType<V> type) {
        return new Member<>(wireName, type);
    }

    /**
     * A string member without rules.
     *
     * @param wireName its name on the wire
     * @return the member
     */
    public static Member<String> string(String wireName) {
        return new Member<>(wireName, WireType.STRING);
    }

    /**
     * A 64-bit integer member without rules.
     *
     * @param wireName its name on the wire
     * @return the member
     */
    public static Member<Long> int64(String wireName) {
        return new Member<>(wireName, WireType.INT64);
    }

    /**
     * A 32-bit integer member without rules.
     *
     * @param wireName its name on the wire
     * @return the member
     */
    public static Member<Integer> int32(String wireName) {
        return new Member<>(wireName, WireType.INT32);
    }

    /**
     * A boolean member without rules.
     *
     * @param wireName its name on the wire
     * @return the member
     */
    public static Member<Boolean> bool(String wireName) {
        return new Member<>(wireName, WireType.BOOLEAN);
    }

    /**
     * A double member without rules.
     *
     * @param wireName its name on the wire
     * @return the member
     */
    public static Member<Double> float64(String wireName) {
        return new Member<>(wireName, WireType.DOUBLE);
    }

    /**
     * An enum member without rules, held as its raw wire string (see {@link WireType#enumOf}).
     *
     * @param wireName its name on the wire
     * @param type the generated enum
     * @return the member
     */
    public static Member<String> enumOf(String wireName, Class<? extends Enum<?>> type) {
        return new Member<>(wireName, WireType.enumOf(type));
    }

    /**
     * A member holding a generated type, without rules.
     *
     * @param <T> the generated type
     * @param wireName its name on the wire
     * @param type the generated class
     * @return the member
     */
    public static <T extends Struct> Member<T> struct(String wireName, Class<T> type) {
        return new Member<>(wireName, WireType.struct(type));
    }

    /**
     * A list member without rules.
     *
     * @param <E> the Java type of its elements
     * @param wireName its name on the wire
     * @param element the type of its elements
     * @return the member
     */
    public static <E> Member<List<E>> list(String wireName, WireType<E> element) {
        return new Member<>(wireName, WireType.list(element));
    }

    private Member<V> copy() {
        if (index >= 0) {
            throw new IllegalStateException(wireName + " already belongs to a schema; its rules are fixed");
        }
        Member<V> copy = new Member<>(wireName, type);
        copy.required = required;
        copy.sensitive = sensitive;
        copy.minimum = minimum;
        copy.maximum = maximum;
        copy.minLength = minLength;
        copy.maxLength = maxLength;
        copy.minItems = minItems;
        copy.maxItems = maxItems;
        copy.pattern = pattern;
        copy.lessThanOrEqual = lessThanOrEqual;
        copy.codes = codes;
        return copy;
    }

    /**
     * This member, required: a request without it is not built.
     *
     * @return a new member
     */
    public Member<V> required() {
        Member<V> copy = copy();
        copy.required = true;
        return copy;
    }

    /**
     * This member, holding a secret: masked in {@code toString()}, violations and logs.
     *
     * @return a new member
     */
    public Member<V> sensitive() {
        Member<V> copy = copy();
        copy.sensitive = true;
        return copy;
    }

    /**
     * This member with a least value.
     *
     * @param bound the least value allowed
     * @return a new member
     */
    public Member<V> minimum(long bound) {
        Member<V> copy = copy();
        copy.minimum = bound;
        return copy;
    }

    /**
     * This member with a greatest value.
     *
     * @param bound the greatest value allowed
     * @return a new member
     */
    public Member<V> maximum(long bound) {
        Member<V> copy = copy();
        copy.maximum = bound;
        return copy;
    }

    /**
     * This member with a least length, in code points.
     *
     * @param bound the least length allowed
     * @return a new member
     */
    public Member<V> minLength(long bound) {
        Member<V> copy = copy();
        copy.minLength = bound;
        return copy;
    }

    /**
     * This member with a greatest length, in code points.
     *
     * @param bound the greatest length allowed
     * @return a new member
     */
    public Member<V> maxLength(long bound) {
        Member<V> copy = copy();
        copy.maxLength = bound;
        return copy;
    }

    /**
     * This list member with a least number of items.
     *
     * @param bound the least number allowed
     * @return a new member
     */
    public Member<V> minItems(long bound) {
        Member<V> copy = copy();
        copy.minItems = bound;
        return copy;
    }

    /**
     * This list member with a greatest number of items.
     *
     * @param bound the greatest number allowed
     * @return a new member
     */
    public Member<V> maxItems(long bound) {
        Member<V> copy = copy();
        copy.maxItems = bound;
        return copy;
    }

    /**
     * This member with a pattern its value must contain a match of (unanchored, as in JSON Schema).
     *
     * @param regex the expression
     * @return a new member
     * @throws java.util.regex.PatternSyntaxException if the expression is malformed
     */
    public Member<V> pattern(String regex) {
        Member<V> copy = copy();
        copy.pattern = Pattern.compile(Objects.requireNonNull(regex, "regex"));
        return copy;
    }

    /**
     * This member, which must be less than or equal to another member of the same type when both are
     * set. The other member is named by its wire name because it may be declared after this one.
     *
     * @param otherWireName the other member's wire name
     * @return a new member
     */
    public Member<V> lessThanOrEqual(String otherWireName) {
        Member<V> copy = copy();
        copy.lessThanOrEqual = Objects.requireNonNull(otherWireName, "otherWireName");
        return copy;
    }

    /**
     * This member with the server's error code for one broken rule, where it differs from the
     * schema's defaults.
     *
     * @param rule the rule, for example {@code maximum} or {@code lessThanOrEqual}
     * @param errorCode the code, for example {@code LimitExceeded}
     * @return a new member
     */
    public Member<V> code(String rule, String errorCode) {
        Member<V> copy = copy();
        Map<String, String> more = new HashMap<>(codes);
        more.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(errorCode, "errorCode"));
        copy.codes = Map.copyOf(more);
        return copy;
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
    public WireType<V> type() {
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

    /**
     * Whether a request without it is refused.
     *
     * @return {@code true} if required
     */
    public boolean isRequired() {
        return required;
    }

    @Override
    public String toString() {
        return wireName + ": " + type;
    }

    /** Gives the member its position in the schema that lists it; a member belongs to one schema. */
    void bind(int position, String schemaName) {
        if (index >= 0) {
            throw new IllegalArgumentException(schemaName + " lists member " + wireName + ", which another schema already has");
        }
        index = position;
    }

    /** The member's position among its schema's values. */
    int index() {
        if (index < 0) {
            throw new IllegalStateException(wireName + " belongs to no schema");
        }
        return index;
    }

    /** The wire name quoted, with its colon, for {@link JsonWriter#name}. */
    byte[] encodedName() {
        return encodedName;
    }

    /** Whether {@code value} is one of an enum member's wire values. */
    boolean isEnumValue(Object value) {
        return enumValues().contains(value);
    }

    long minimumBound() {
        return minimum;
    }

    long maximumBound() {
        return maximum;
    }

    long minLengthBound() {
        return minLength;
    }

    long maxLengthBound() {
        return maxLength;
    }

    long minItemsBound() {
        return minItems;
    }

    long maxItemsBound() {
        return maxItems;
    }

    Pattern patternRule() {
        return pattern;
    }

    /** The member this one must be less than or equal to when both are set, or {@code null}. */
    String lessThanOrEqualRule() {
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
