package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;

/**
 * Fills in the server-side defaults the spec documents, so that a behaviour sees the request as
 * the server would act on it ({@code Limit} 20 when the caller left it out) without knowing the
 * defaults itself.
 */
final class DocumentedDefaults {

    private DocumentedDefaults() {
    }

    /** A copy of the body with every absent (or null) top-level member that has a default set to it. */
    static ObjectNode applied(ShapeModel shape, ObjectNode body) {
        ObjectNode input = body.deepCopy();
        for (MemberModel member : shape.members()) {
            JsonNode present = input.get(member.wireName());
            if ((present == null || present.isNull()) && member.defaultValue().isPresent()) {
                input.set(member.wireName(), typed(member.type(), member.defaultValue().get()));
            }
        }
        return input;
    }

    /** The default in the member's wire type; a default that does not parse stays a string rather than failing the call. */
    private static JsonNode typed(TypeRef type, String value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (type instanceof TypeRef.Scalar scalar) {
            try {
                return switch (scalar.kind()) {
                    case INT64, INT32 -> json.numberNode(Long.parseLong(value.strip()));
                    case BOOLEAN -> json.booleanNode(Boolean.parseBoolean(value.strip()));
                    case DOUBLE -> json.numberNode(Double.parseDouble(value.strip()));
                    case STRING -> json.textNode(value);
                };
            } catch (NumberFormatException e) {
                return json.textNode(value);
            }
        }
        return json.textNode(value);
    }
}
