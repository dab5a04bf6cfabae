package dev.clssdk.cls.conformance;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators derived from the intermediate model alone: a member, constraint, enum value or
 * cross-field rule added to the spec is generated (valid and broken) without touching a test.
 *
 * <p>Inputs are maps from wire name to value ({@code String}, {@code Long}, {@code Integer},
 * {@code Boolean}, {@code Double}, {@code List}, nested {@code Map}), in member order; an absent
 * member is not in the map.
 */
final class ModelArbitraries {

    /** A topic the property tests register in the stub, mixed into generated strings so that some exports succeed. */
    static final String KNOWN_TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final int MAX_DEPTH = 4;
    /** Below {@link #MAX_DEPTH} inputs hold only required members; this deep, a cycle of required members is cut. */
    private static final int MAX_REQUIRED_DEPTH = MAX_DEPTH + 8;
    private static final int UNBOUNDED_STRING_LENGTH = 24;
    private static final int UNBOUNDED_LIST_SIZE = 4;

    private ModelArbitraries() {
    }

    /** Whether generated inputs may break the spec's rules. */
    enum Mix { VALID_ONLY, VALID_AND_INVALID }

    // ---- request inputs -----------------------------------------------------------------

    /**
     * Inputs for a shape. jqwik's combined edge cases are left out: they enumerate the product of
     * every member's edge cases in order, which skews the mix toward inputs whose last members are
     * absent; the boundary values of each constraint are mixed in explicitly instead.
     */
    static Arbitrary<Map<String, Object>> inputs(ShapeModel shape, Mix mix) {
        return inputs(shape, mix, 0).withoutEdgeCases();
    }

    private static Arbitrary<Map<String, Object>> inputs(ShapeModel shape, Mix mix, int depth) {
        List<Arbitrary<Optional<Object>>> members = new ArrayList<>();
        for (MemberModel member : shape.members()) {
            // Past the depth limit only required members are kept, so a nested input stays valid.
            members.add(depth >= MAX_DEPTH && !member.required() ? Arbitraries.just(Optional.empty())
                    : memberInput(member, depth >= MAX_DEPTH ? Mix.VALID_ONLY : mix, depth));
        }
        Arbitrary<Map<String, Object>> maps = Combinators.combine(members).as(values -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                Optional<Object> value = values.get(i);
                if (value.isPresent()) {
                    map.put(shape.members().get(i).wireName(), value.get());
                }
            }
            return map;
        });
        if (mix == Mix.VALID_ONLY) {
            return maps.map(map -> repairRules(shape, map)).filter(map -> rulesHold(shape, map));
        }
        // Half of the mixed inputs keep a broken cross-field rule, half have it repaired.
        return Combinators.combine(maps, Arbitraries.of(true, false))
                .as((map, repair) -> repair ? repairRules(shape, map) : map);
    }

    private static Arbitrary<Optional<Object>> memberInput(MemberModel member, Mix mix, int depth) {
        Arbitrary<Optional<Object>> absent = Arbitraries.just(Optional.empty());
        Arbitrary<Optional<Object>> valid = validValue(member.type(), member.constraints(), depth).map(Optional::of);
        if (mix == Mix.VALID_ONLY) {
            return member.required() ? valid : Arbitraries.frequencyOf(Tuple.of(1, absent), Tuple.of(3, valid));
        }
        Optional<Arbitrary<Object>> invalid = invalidValue(member.type(), member.constraints(), depth);
        int absentWeight = member.required() ? 1 : 6;
        int validWeight = member.required() ? 24 : 12;
        if (invalid.isEmpty()) {
            return Arbitraries.frequencyOf(Tuple.of(absentWeight, absent), Tuple.of(validWeight, valid));
        }
        return Arbitraries.frequencyOf(Tuple.of(absentWeight, absent), Tuple.of(validWeight, valid),
                Tuple.of(3, invalid.get().map(Optional::of)));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> validValue(TypeRef type, Constraints c, int depth) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INT64 -> (Arbitrary<Object>) (Arbitrary<?>) longsIn(c.minimum().orElse(Long.MIN_VALUE), c.maximum().orElse(Long.MAX_VALUE));
                case INT32 -> (Arbitrary<Object>) (Arbitrary<?>) longsIn(Math.max(Integer.MIN_VALUE, c.minimum().orElse(Long.MIN_VALUE)),
                        Math.min(Integer.MAX_VALUE, c.maximum().orElse(Long.MAX_VALUE))).map(Long::intValue);
                case BOOLEAN -> (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.of(true, false);
                case DOUBLE -> (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.doubles();
                case STRING -> (Arbitrary<Object>) (Arbitrary<?>) validStrings(c);
            };
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.of(enumValues(enumType));
        }
        if (type instanceof TypeRef.ListOf list) {
            int min = c.minItems().orElse(0);
            int max = c.maxItems().orElse(Math.max(min, UNBOUNDED_LIST_SIZE));
            return (Arbitrary<Object>) (Arbitrary<?>) validValue(list.element(), Constraints.NONE, depth + 1)
                    .list().ofMinSize(min).ofMaxSize(Math.min(max, min + 8));
        }
        ShapeModel nested = Spec.shape(((TypeRef.ShapeType) type).name());
        if (depth >= MAX_REQUIRED_DEPTH) {
            return Arbitraries.just(new LinkedHashMap<>());
        }
        return (Arbitrary<Object>) (Arbitrary<?>) inputs(nested, Mix.VALID_ONLY, depth + 1);
    }

    /** Values that break at least one of the member's own rules, if it has any. */
    @SuppressWarnings("unchecked")
    private static Optional<Arbitrary<Object>> invalidValue(TypeRef type, Constraints c, int depth) {
        List<Arbitrary<Object>> broken = new ArrayList<>();
        if (type instanceof TypeRef.Scalar scalar && (scalar.kind() == TypeRef.ScalarKind.INT64 || scalar.kind() == TypeRef.ScalarKind.INT32)) {
            boolean int32 = scalar.kind() == TypeRef.ScalarKind.INT32;
            long floor = int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long ceiling = int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (c.minimum().isPresent() && c.minimum().getAsLong() > floor) {
                broken.add(box(longsIn(floor, c.minimum().getAsLong() - 1), int32));
            }
            if (c.maximum().isPresent() && c.maximum().getAsLong() < ceiling) {
                broken.add(box(longsIn(c.maximum().getAsLong() + 1, ceiling), int32));
            }
        }
        if (type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.STRING) {
            if (c.minLength().isPresent() && c.minLength().getAsInt() > 0) {
                broken.add((Arbitrary<Object>) (Arbitrary<?>) strings(0, c.minLength().getAsInt() - 1));
            }
            c.maxLength().ifPresent(max ->
                    broken.add((Arbitrary<Object>) (Arbitrary<?>) strings(max + 1, max + 8)));
            c.pattern().ifPresent(regex ->
                    broken.add((Arbitrary<Object>) (Arbitrary<?>) strings(0, UNBOUNDED_STRING_LENGTH)));
        }
        if (type instanceof TypeRef.EnumType enumType) {
            List<String> values = enumValues(enumType);
            Arbitrary<String> caseVariants = Arbitraries.of(values).map(v -> v.toUpperCase(Locale.ROOT).equals(v)
                    ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT));
            Arbitrary<String> others = Arbitraries.oneOf(caseVariants, strings(0, 12), Arbitraries.of("", "UNKNOWN_TO_SDK_VERSION", " " + values.get(0)))
                    .filter(v -> !values.contains(v));
            broken.add((Arbitrary<Object>) (Arbitrary<?>) others);
        }
        if (type instanceof TypeRef.ListOf list) {
            Arbitrary<Object> element = validValue(list.element(), Constraints.NONE, depth + 1);
            int min = c.minItems().orElse(0);
            int max = c.maxItems().orElse(UNBOUNDED_LIST_SIZE);
            broken.add((Arbitrary<Object>) (Arbitrary<?>) element.injectNull(0.3).list().ofMinSize(1).ofMaxSize(max + 1)
                    .filter(l -> l.contains(null)));
            if (min > 0) {
                broken.add((Arbitrary<Object>) (Arbitrary<?>) element.list().ofMaxSize(min - 1));
            }
            c.maxItems().ifPresent(m -> broken.add((Arbitrary<Object>) (Arbitrary<?>) element.list().ofMinSize(m + 1).ofMaxSize(m + 4)));
        }
        if (type instanceof TypeRef.ShapeType shapeType && depth < MAX_DEPTH) {
            broken.add((Arbitrary<Object>) (Arbitrary<?>) inputs(Spec.shape(shapeType.name()), Mix.VALID_AND_INVALID, depth + 1));
        }
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Arbitraries.oneOf(broken));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> box(Arbitrary<Long> longs, boolean int32) {
        return int32 ? (Arbitrary<Object>) (Arbitrary<?>) longs.map(Long::intValue) : (Arbitrary<Object>) (Arbitrary<?>) longs;
    }

    /** Longs in [min, max], often at the bounds and at values shared across members (so that rules like From <= To see ties). */
    static Arbitrary<Long> longsIn(long min, long max) {
        List<Long> shared = new ArrayList<>();
        for (long candidate : new long[] {0, 1, 100, 1_607_499_107_000L, 1_607_499_207_000L, min, max}) {
            if (candidate >= min && candidate <= max) {
                shared.add(candidate);
            }
        }
        if (min < max) {
            shared.add(min + 1);
            shared.add(max - 1);
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(min, max)),
                Tuple.of(1, Arbitraries.of(shared)));
    }

    private static Arbitrary<String> validStrings(Constraints c) {
        int min = c.minLength().orElse(0);
        int max = c.maxLength().orElse(Math.max(min, UNBOUNDED_STRING_LENGTH));
        Arbitrary<String> strings = strings(min, max);
        int length = KNOWN_TOPIC.length();
        if (length >= min && length <= c.maxLength().orElse(Integer.MAX_VALUE) && !c.pattern().isPresent()) {
            strings = Arbitraries.frequencyOf(Tuple.of(2, strings), Tuple.of(1, Arbitraries.just(KNOWN_TOPIC)));
        }
        if (c.pattern().isPresent()) {
            Pattern pattern = Pattern.compile(c.pattern().get());
            strings = strings.filter(s -> pattern.matcher(s).matches());
        }
        return strings;
    }

    /**
     * Strings of {@code min..max} characters (counted both as UTF-16 units and as code points):
     * letters, digits, JSON-significant and control characters, CJK, and characters outside the
     * Basic Multilingual Plane.
     */
    static Arbitrary<String> strings(int min, int max) {
        Arbitrary<String> bmp = Arbitraries.strings()
                .alpha().numeric()
                .withChars(" :-_.*\"\\/{}[],\n\t\u0000\u00e9\u672a\u547d\u540d")
                .ofMinLength(min).ofMaxLength(max);
        Arbitrary<String> withSupplementary = Arbitraries.strings().alpha().ofMinLength(min).ofMaxLength(max)
                .map(s -> s.isEmpty() ? s : s.substring(0, s.length() - 1) + "\uD83D\uDE00")
                .filter(s -> s.length() <= max && s.codePointCount(0, s.length()) >= min);
        return Arbitraries.frequencyOf(Tuple.of(5, bmp), Tuple.of(1, withSupplementary));
    }

    private static List<String> enumValues(TypeRef.EnumType type) {
        EnumModel model = Spec.MODEL.enumType(type.name()).orElseThrow();
        return model.values().stream().map(EnumModel.EnumValue::value).toList();
    }

    /** Swaps the two members of a broken ordering rule, so that valid inputs keep both values. */
    private static Map<String, Object> repairRules(ShapeModel shape, Map<String, Object> map) {
        for (CrossFieldRule rule : shape.rules()) {
            Object left = map.get(rule.left());
            Object right = map.get(rule.right());
            if (left instanceof Number l && right instanceof Number r && l.longValue() > r.longValue()) {
                map.put(rule.left(), right);
                map.put(rule.right(), left);
            }
        }
        return map;
    }

    static boolean rulesHold(ShapeModel shape, Map<String, Object> map) {
        for (CrossFieldRule rule : shape.rules()) {
            Object left = map.get(rule.left());
            Object right = map.get(rule.right());
            if (left instanceof Number l && right instanceof Number r) {
                boolean holds = switch (rule.kind()) {
                    case LESS_THAN_OR_EQUAL -> l.longValue() <= r.longValue();
                };
                if (!holds) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- response JSON ------------------------------------------------------------------

    /**
     * JSON objects a server might answer for an output shape: members present, absent or
     * {@code null}, enum members with values the spec does not know, and members the spec does
     * not declare at every level.
     */
    static Arbitrary<Map<String, Object>> responses(ShapeModel shape) {
        return responses(shape, 0).withoutEdgeCases();
    }

    private static Arbitrary<Map<String, Object>> responses(ShapeModel shape, int depth) {
        List<Arbitrary<Optional<Object>>> members = new ArrayList<>();
        for (MemberModel member : shape.members()) {
            Arbitrary<Optional<Object>> value = responseValue(member.type(), depth).map(Optional::of);
            members.add(Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(Optional.empty())),
                    Tuple.of(1, Arbitraries.just(Optional.of(NULL))),
                    Tuple.of(8, value)));
        }
        List<String> known = shape.members().stream().map(MemberModel::wireName).toList();
        Arbitrary<Map<String, Object>> unknown = Arbitraries.maps(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> "X" + s).filter(s -> !known.contains(s)),
                        unknownJson(2))
                .ofMaxSize(3);
        return combined(shape, members, unknown);
    }

    /** An explicit JSON {@code null}: Jackson writes a {@code JsonNode} value as itself. */
    static final Object NULL = NullNode.getInstance();

    private static Arbitrary<Map<String, Object>> combined(ShapeModel shape, List<Arbitrary<Optional<Object>>> members,
            Arbitrary<Map<String, Object>> unknown) {
        return Combinators.combine(Combinators.combine(members).as(values -> values), unknown).as((values, extra) -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                Optional<Object> value = values.get(i);
                if (value.isPresent()) {
                    map.put(shape.members().get(i).wireName(), value.get());
                }
            }
            map.putAll(extra);
            return map;
        });
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> responseValue(TypeRef type, int depth) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INT64 -> (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.longs();
                case INT32 -> (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.integers();
                case BOOLEAN -> (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.of(true, false);
                case DOUBLE -> (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.doubles().between(-1e12, 1e12);
                case STRING -> (Arbitrary<Object>) (Arbitrary<?>) strings(0, 30);
            };
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.of(enumValues(enumType))),
                    Tuple.of(1, strings(0, 12)));
        }
        if (type instanceof TypeRef.ListOf list) {
            return (Arbitrary<Object>) (Arbitrary<?>) responseValue(list.element(), depth + 1).list().ofMaxSize(4);
        }
        if (depth >= MAX_DEPTH) {
            return Arbitraries.just(new LinkedHashMap<>());
        }
        return (Arbitrary<Object>) (Arbitrary<?>) responses(Spec.shape(((TypeRef.ShapeType) type).name()), depth + 1);
    }

    /** Any JSON value, for members the spec does not declare. */
    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> unknownJson(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                (Arbitrary<Object>) (Arbitrary<?>) strings(0, 10),
                (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.longs(),
                (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.of(true, false),
                Arbitraries.just(NULL));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.oneOf(scalar,
                (Arbitrary<Object>) (Arbitrary<?>) unknownJson(depth - 1).list().ofMaxSize(3),
                (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                        unknownJson(depth - 1)).ofMaxSize(3));
    }
}
