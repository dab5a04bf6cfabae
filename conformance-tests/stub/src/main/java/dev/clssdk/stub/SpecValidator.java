package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a JSON request body against the rules the spec states for the action's input shape,
 * reading only the intermediate model: a new member or constraint in the spec is checked here
 * without a code change.
 *
 * <p>The order of the violations is the documented order, so that the first one (the code the
 * stub answers) is the one the SDK's {@code build()} reports first: for each member in spec
 * order: required, type, minimum, maximum, minLength, maxLength, pattern, minItems, maxItems,
 * enum, null list elements, nested members; then the cross-field rules.
 *
 * <p>Where the spec's own standard (OpenAPI 3.0 / JSON Schema) defines a rule, this follows the
 * standard: lengths count Unicode code points, and a {@code pattern} matches anywhere in the
 * string unless anchored.
 */
final class SpecValidator {

    /** One broken rule: the member's wire name (dotted for nested members), the rule and the code. */
    record Violation(String field, String rule, String requirement, String code) {
        @Override
        public String toString() {
            return field + " " + requirement + " [" + rule + ", " + code + "]";
        }
    }

    private final ServiceModel model;
    private final NullableMembers nullable;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /** A validator for a spec that marks no member nullable. */
    SpecValidator(ServiceModel model) {
        this(model, NullableMembers.none());
    }

    SpecValidator(ServiceModel model, NullableMembers nullable) {
        this.model = model;
        this.nullable = nullable;
    }

    /** The violations of a request body: a {@code null} counts as absent. */
    List<Violation> validate(ShapeModel shape, JsonNode body) {
        return validate(shape, body, false);
    }

    /**
     * The violations of an answer: as for a request, except that a member the spec marks
     * {@code nullable} may hold {@code null} even when it is required (the server's documented
     * "no valid value").
     */
    List<Violation> validateAnswer(ShapeModel shape, JsonNode body) {
        return validate(shape, body, true);
    }

    private List<Violation> validate(ShapeModel shape, JsonNode body, boolean answer) {
        List<Violation> violations = new ArrayList<>();
        if (body == null || !body.isObject()) {
            violations.add(new Violation("(body)", "type", "must be a JSON object", model.validationCodes().other()));
            return violations;
        }
        validateObject(shape, body, "", answer, violations);
        return violations;
    }

    private void validateObject(ShapeModel shape, JsonNode object, String prefix, boolean answer, List<Violation> violations) {
        for (MemberModel member : shape.members()) {
            JsonNode value = object.get(member.wireName());
            String field = prefix + member.wireName();
            if (value != null && value.isNull() && answer && nullable.contains(shape.name(), member.wireName())) {
                continue;
            }
            if (value == null || value.isNull()) {
                if (member.required()) {
                    violations.add(violation(member, field, "required", "is required"));
                }
                continue;
            }
            validateMember(member, field, value, answer, violations);
        }
        for (CrossFieldRule rule : shape.rules()) {
            JsonNode left = object.get(rule.left());
            JsonNode right = object.get(rule.right());
            if (left == null || right == null || !isInt64(left) || !isInt64(right)) {
                continue; // checked only when both are set (and well-typed)
            }
            boolean holds = switch (rule.kind()) {
                case LESS_THAN_OR_EQUAL -> left.longValue() <= right.longValue();
            };
            if (!holds) {
                violations.add(new Violation(prefix + rule.left(), rule.kind().specName(),
                        "must be " + rule.kind().operator() + " " + rule.right(), rule.errorCode()));
            }
        }
    }

    private void validateMember(MemberModel member, String field, JsonNode value, boolean answer, List<Violation> violations) {
        TypeRef type = member.type();
        if (!hasType(type, value)) {
            violations.add(violation(member, field, "type", "must be " + describe(type)));
            return;
        }
        Constraints c = member.constraints();
        if (value.isIntegralNumber()) {
            long number = value.longValue();
            c.minimum().ifPresent(min -> {
                if (number < min) {
                    violations.add(violation(member, field, "minimum", "must be >= " + min));
                }
            });
            c.maximum().ifPresent(max -> {
                if (number > max) {
                    violations.add(violation(member, field, "maximum", "must be <= " + max));
                }
            });
        }
        if (value.isTextual()) {
            String text = value.textValue();
            int length = text.codePointCount(0, text.length());
            c.minLength().ifPresent(min -> {
                if (length < min) {
                    violations.add(violation(member, field, "minLength", "length must be >= " + min));
                }
            });
            c.maxLength().ifPresent(max -> {
                if (length > max) {
                    violations.add(violation(member, field, "maxLength", "length must be <= " + max));
                }
            });
            c.pattern().ifPresent(regex -> {
                if (!patterns.computeIfAbsent(regex, Pattern::compile).matcher(text).find()) {
                    violations.add(violation(member, field, "pattern", "must match " + regex));
                }
            });
        }
        if (value.isArray()) {
            int size = value.size();
            c.minItems().ifPresent(min -> {
                if (size < min) {
                    violations.add(violation(member, field, "minItems", "must have >= " + min + " items"));
                }
            });
            c.maxItems().ifPresent(max -> {
                if (size > max) {
                    violations.add(violation(member, field, "maxItems", "must have <= " + max + " items"));
                }
            });
        }
        if (type instanceof TypeRef.EnumType enumType) {
            EnumModel values = model.enumType(enumType.name()).orElseThrow();
            if (values.values().stream().noneMatch(v -> v.value().equals(value.textValue()))) {
                violations.add(violation(member, field, "enum", "must be one of "
                        + values.values().stream().map(EnumModel.EnumValue::value).toList()));
            }
        }
        if (type instanceof TypeRef.ListOf list) {
            boolean nullElement = false;
            for (JsonNode element : value) {
                nullElement |= element.isNull();
            }
            if (nullElement) {
                violations.add(violation(member, field, "items", "must not contain null elements"));
            }
            int index = 0;
            for (JsonNode element : value) {
                if (!element.isNull()) {
                    validateElement(member, list.element(), field + "[" + index + "]", element, answer, violations);
                }
                index++;
            }
        }
        if (type instanceof TypeRef.ShapeType nested) {
            validateObject(model.shape(nested.name()).orElseThrow(), value, field + ".", answer, violations);
        }
    }

    private void validateElement(MemberModel member, TypeRef type, String field, JsonNode element, boolean answer,
            List<Violation> violations) {
        if (!hasType(type, element)) {
            violations.add(violation(member, field, "type", "must be " + describe(type)));
        } else if (type instanceof TypeRef.EnumType enumType) {
            EnumModel values = model.enumType(enumType.name()).orElseThrow();
            if (values.values().stream().noneMatch(v -> v.value().equals(element.textValue()))) {
                violations.add(violation(member, field, "enum", "must be one of a documented value"));
            }
        } else if (type instanceof TypeRef.ShapeType nested) {
            validateObject(model.shape(nested.name()).orElseThrow(), element, field + ".", answer, violations);
        }
    }

    private Violation violation(MemberModel member, String field, String rule, String requirement) {
        String code = member.violationCodes().get(rule);
        if (code == null) {
            code = "required".equals(rule) ? model.validationCodes().required() : model.validationCodes().other();
        }
        return new Violation(field, rule, requirement, code);
    }

    private static boolean hasType(TypeRef type, JsonNode value) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> value.isTextual();
                case INT64 -> isInt64(value);
                case INT32 -> value.isIntegralNumber() && value.canConvertToInt();
                case BOOLEAN -> value.isBoolean();
                case DOUBLE -> value.isNumber();
            };
        }
        if (type instanceof TypeRef.EnumType) {
            return value.isTextual();
        }
        if (type instanceof TypeRef.ListOf) {
            return value.isArray();
        }
        return value.isObject();
    }

    private static boolean isInt64(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong();
    }

    private static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "a string";
                case INT64 -> "a 64-bit integer";
                case INT32 -> "a 32-bit integer";
                case BOOLEAN -> "a boolean";
                case DOUBLE -> "a number";
            };
        }
        if (type instanceof TypeRef.EnumType e) {
            return "a string (" + e.name() + ")";
        }
        if (type instanceof TypeRef.ListOf) {
            return "an array";
        }
        return "an object";
    }
}
