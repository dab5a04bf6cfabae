package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes up a value of an output shape from the spec alone, for an action that has neither a
 * behaviour nor a usable example: a client under test then gets an answer it must be able to read,
 * with every kind of member the spec declares filled in.
 *
 * <ul>
 *   <li>every member is present down to {@link #FULL_DEPTH} levels of nesting, and within a shape
 *       that is already being filled in further up (a recursive shape); below that, only the
 *       required members, so the answer stays small and finite;</li>
 *   <li>an object at {@link #MAX_DEPTH} is left empty, which ends even a recursion through
 *       required members;</li>
 *   <li>integers are 1 moved into the member's {@code minimum}/{@code maximum}; strings are a short
 *       text fitted to {@code minLength}/{@code maxLength} that also matches the {@code pattern} if
 *       one of a few common forms does; enums take their first value; booleans are {@code true};</li>
 *   <li>lists hold one element, or {@code minItems} elements, never more than {@code maxItems}.</li>
 * </ul>
 *
 * <p>The same spec always gives the same answer, so a test that reads it is repeatable.
 */
final class OutputSynthesizer {

    /** Shapes nested deeper than this get their required members only. */
    static final int FULL_DEPTH = 4;
    /** Objects this deep are left empty. */
    static final int MAX_DEPTH = 8;
    /** Strings tried in order against a member's pattern: a plain word, then common identifier and time forms. */
    private static final List<String> STRING_CANDIDATES = List.of(
            "example", "1", "a", "A", "example-1", "00000000-0000-4000-8000-000000000000",
            "2020-01-01 00:00:00", "2020-01-01T00:00:00Z", "127.0.0.1", "ap-guangzhou");

    private final ServiceModel model;
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    OutputSynthesizer(ServiceModel model) {
        this.model = model;
    }

    /** A value of the named shape; an unknown name gives an empty object. */
    ObjectNode synthesize(String shapeName) {
        return object(shapeName, 0, new ArrayDeque<>());
    }

    private ObjectNode object(String shapeName, int depth, Deque<String> enclosing) {
        ObjectNode object = json.objectNode();
        ShapeModel shape = model.shape(shapeName).orElse(null);
        if (shape == null || depth >= MAX_DEPTH) {
            return object;
        }
        boolean requiredOnly = depth >= FULL_DEPTH || enclosing.contains(shapeName);
        enclosing.push(shapeName);
        for (MemberModel member : shape.members()) {
            if (requiredOnly && !member.required()) {
                continue;
            }
            object.set(member.wireName(), value(member, member.type(), depth, enclosing, requiredOnly));
        }
        enclosing.pop();
        return object;
    }

    private JsonNode value(MemberModel member, TypeRef type, int depth, Deque<String> enclosing, boolean requiredOnly) {
        Constraints c = member.constraints();
        if (type instanceof TypeRef.ListOf list) {
            int count = requiredOnly ? c.minItems().orElse(0) : Math.max(1, c.minItems().orElse(1));
            if (c.maxItems().isPresent()) {
                count = Math.min(count, c.maxItems().getAsInt());
            }
            ArrayNode array = json.arrayNode();
            for (int i = 0; i < count; i++) {
                array.add(value(member, list.element(), depth, enclosing, requiredOnly));
            }
            return array;
        }
        if (type instanceof TypeRef.ShapeType nested) {
            return object(nested.name(), depth + 1, enclosing);
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return json.textNode(model.enumType(enumType.name()).map(EnumModel::values)
                    .filter(values -> !values.isEmpty()).map(values -> values.get(0).value()).orElse(""));
        }
        TypeRef.Scalar scalar = (TypeRef.Scalar) type;
        return switch (scalar.kind()) {
            case STRING -> json.textNode(string(c));
            case INT64 -> json.numberNode(integer(c, Long.MIN_VALUE, Long.MAX_VALUE));
            case INT32 -> json.numberNode((int) integer(c, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case BOOLEAN -> json.booleanNode(true);
            case DOUBLE -> json.numberNode(1.0);
        };
    }

    private static long integer(Constraints c, long lowest, long highest) {
        long min = Math.max(lowest, c.minimum().orElse(lowest));
        long max = Math.min(highest, c.maximum().orElse(highest));
        return Math.max(min, Math.min(max, 1L));
    }

    private String string(Constraints c) {
        Pattern pattern = c.pattern().map(this::compiled).orElse(null);
        String first = null;
        for (String candidate : STRING_CANDIDATES) {
            String fitted = fitted(candidate, c);
            if (first == null) {
                first = fitted;
            }
            if (pattern == null || pattern.matcher(fitted).find()) {
                return fitted;
            }
        }
        return first; // no common form matches the pattern: the length is still right
    }

    private Pattern compiled(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Pattern.compile(r);
            } catch (PatternSyntaxException e) {
                return null; // SpecReader rejects these; if one slips through, ignore it rather than fail
            }
        });
    }

    /** The candidate padded to minLength and cut to maxLength, counting code points as the validator does. */
    private static String fitted(String candidate, Constraints c) {
        StringBuilder text = new StringBuilder(candidate);
        int min = c.minLength().orElse(0);
        while (text.codePointCount(0, text.length()) < min) {
            text.append('x');
        }
        if (c.maxLength().isPresent() && text.codePointCount(0, text.length()) > c.maxLength().getAsInt()) {
            return text.substring(0, text.offsetByCodePoints(0, c.maxLength().getAsInt()));
        }
        return text.toString();
    }
}
