package dev.clssdk.core.shape;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request's values against its schema, collecting every violation before throwing once.
 * Per member, in order: required, minimum, maximum, minLength, maxLength, pattern, minItems,
 * maxItems, enum, null list elements, then the rules of every typed value it holds (at its path,
 * {@code Rules[0].Tag.Key}); after the members, the cross-member rules. Lengths count code points and
 * patterns are unanchored, as in OpenAPI / JSON Schema.
 */
final class Validator {

    private static final String MASK = "***";

    private Validator() {
    }

    static void check(Schema<?> schema, Object[] values) {
        List<Violation> violations = collect(schema, values, "", null);
        if (violations != null) {
            throw new ValidationException(schema.name(), violations);
        }
    }

    /** The violations of one value and, depth first in member order, of every typed value it holds. */
    private static List<Violation> collect(Schema<?> schema, Object[] values, String path, List<Violation> found) {
        List<Violation> violations = found;
        for (int i = 0; i < values.length; i++) {
            Member<?> member = schema.member(i);
            Object value = values[i];
            if (value == null) {
                if (member.isRequired()) {
                    violations = add(violations, new Violation(field(path, member), "required", "is required", null,
                            member.codeFor("required", schema.requiredCode())));
                }
                continue;
            }
            violations = checkValue(schema, member, path, value, violations);
            if (value instanceof Struct || value instanceof List) {
                violations = nested(value, field(path, member), violations);
            }
        }
        for (Schema.OrderRule rule : schema.orderRules()) {
            Object left = values[rule.left()];
            Object right = values[rule.right()];
            if (left instanceof Number l && right instanceof Number r && !lessOrEqual(l, r)) {
                Member<?> leftMember = schema.member(rule.left());
                Member<?> rightMember = schema.member(rule.right());
                String requirement = "must be <= " + rightMember.wireName()
                        + (rightMember.isSensitive() ? "" : " (" + right + ")");
                violations = add(violations, new Violation(field(path, leftMember), "lessThanOrEqual", requirement,
                        leftMember.isSensitive() ? MASK : left, rule.code()));
            }
        }
        return violations;
    }

    /** The rules of the values a member holds: a typed value, or the elements of a list, at their paths. */
    private static List<Violation> nested(Object value, String path, List<Violation> found) {
        if (value instanceof Struct struct) {
            Schema<?> schema = struct.schema();
            return schema.role() == Schema.Role.OUTPUT ? found : collect(schema, struct.values(), path + ".", found);
        }
        List<Violation> violations = found;
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element != null) {
                    violations = nested(element, path + "[" + i + "]", violations);
                }
            }
        }
        return violations;
    }

    /** A member's place in the request; made only for a violation, since a valid build makes none. */
    private static String field(String path, Member<?> member) {
        return path.isEmpty() ? member.wireName() : path + member.wireName();
    }

    private static List<Violation> checkValue(Schema<?> schema, Member<?> member, String path, Object value,
            List<Violation> violations) {
        List<Violation> found = violations;
        if (Member.isSet(member.minimumBound()) && value instanceof Number n && below(n, member.minimumBound())) {
            found = add(found, violation(schema, member, path, "minimum", "must be >= " + member.minimumBound(), value));
        }
        if (Member.isSet(member.maximumBound()) && value instanceof Number n && above(n, member.maximumBound())) {
            found = add(found, violation(schema, member, path, "maximum", "must be <= " + member.maximumBound(), value));
        }
        if (value instanceof String text) {
            if (Member.isSet(member.minLengthBound()) && text.codePointCount(0, text.length()) < member.minLengthBound()) {
                found = add(found, violation(schema, member, path, "minLength", "length must be >= " + member.minLengthBound(), value));
            }
            if (Member.isSet(member.maxLengthBound()) && text.codePointCount(0, text.length()) > member.maxLengthBound()) {
                found = add(found, violation(schema, member, path, "maxLength", "length must be <= " + member.maxLengthBound(), value));
            }
            if (member.patternRule() != null && !member.patternRule().matcher(text).find()) {
                found = add(found, violation(schema, member, path, "pattern", "must match " + member.patternRule().pattern(), value));
            }
        }
        if (value instanceof List<?> list) {
            if (Member.isSet(member.minItemsBound()) && list.size() < member.minItemsBound()) {
                found = add(found, violation(schema, member, path, "minItems", "must have >= " + member.minItemsBound() + " items", value));
            }
            if (Member.isSet(member.maxItemsBound()) && list.size() > member.maxItemsBound()) {
                found = add(found, violation(schema, member, path, "maxItems", "must have <= " + member.maxItemsBound() + " items", value));
            }
        }
        if (member.type().kind() == WireType.Kind.ENUM && !member.isEnumValue(value)) {
            found = add(found, violation(schema, member, path, "enum", "must be one of " + member.enumValues(), value));
        }
        if (value instanceof List<?> list && list.contains(null)) {
            found = add(found, new Violation(field(path, member), "items", "must not contain null elements", null,
                    member.codeFor("items", schema.otherCode())));
        }
        return found;
    }

    private static Violation violation(Schema<?> schema, Member<?> member, String path, String rule, String requirement,
            Object value) {
        return new Violation(field(path, member), rule, requirement, member.isSensitive() ? MASK : value,
                member.codeFor(rule, schema.otherCode()));
    }

    private static boolean below(Number value, long bound) {
        return value instanceof Double || value instanceof Float ? value.doubleValue() < bound : value.longValue() < bound;
    }

    private static boolean above(Number value, long bound) {
        return value instanceof Double || value instanceof Float ? value.doubleValue() > bound : value.longValue() > bound;
    }

    private static boolean lessOrEqual(Number left, Number right) {
        if (left instanceof Double || right instanceof Double || left instanceof Float || right instanceof Float) {
            return left.doubleValue() <= right.doubleValue();
        }
        return left.longValue() <= right.longValue();
    }

    private static List<Violation> add(List<Violation> violations, Violation violation) {
        List<Violation> list = violations == null ? new ArrayList<>() : violations;
        list.add(violation);
        return list;
    }
}
