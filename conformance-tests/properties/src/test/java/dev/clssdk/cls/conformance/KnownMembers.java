package dev.clssdk.cls.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;

/** What of a JSON answer a client that knows the spec can keep: the shape's own members, at every level. */
final class KnownMembers {

    private KnownMembers() {}

    /** The JSON with every member the shape does not declare, and every null member, left out. */
    static JsonNode of(ShapeModel shape, JsonNode object) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (MemberModel member : shape.members()) {
            JsonNode value = object.get(member.wireName());
            if (value != null && !value.isNull()) {
                kept.set(member.wireName(), of(member.type(), value));
            }
        }
        return kept;
    }

    private static JsonNode of(TypeRef type, JsonNode value) {
        if (type instanceof TypeRef.ShapeType shape && value.isObject()) {
            return of(Spec.shape(shape.name()), value);
        }
        if (type instanceof TypeRef.ListOf list && value.isArray()) {
            ArrayNode elements = JsonNodeFactory.instance.arrayNode();
            value.forEach(element -> elements.add(element.isNull() ? element : of(list.element(), element)));
            return elements;
        }
        return value;
    }
}
