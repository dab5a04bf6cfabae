package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.spec.SpecText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Says how a JSON answer differs from an output shape, for tests: a member the shape does not
 * declare, a required member missing, a value of the wrong type, a string outside its enum. Written
 * for the tests, apart from the stub's validator, so that an answer is not judged by the code that
 * made it.
 */
final class OutputSchemaCheck {

    private final ServiceModel model;
    private final Set<String> nullable;

    /** A check for a spec that marks no member nullable. */
    OutputSchemaCheck(ServiceModel model) {
        this.model = model;
        this.nullable = Set.of();
    }

    /** A check that lets a member the spec text marks {@code nullable: true} hold {@code null}, required or not. */
    OutputSchemaCheck(ServiceModel model, String specText) {
        this.model = model;
        Set<String> found = new HashSet<>();
        SpecText.tree(specText).path("components").path("schemas").properties().forEach(schema ->
                schema.getValue().path("properties").properties().forEach(property -> {
                    if (property.getValue().path("nullable").asBoolean()) {
                        found.add(schema.getKey() + "." + property.getKey());
                    }
                }));
        this.nullable = found;
    }

    /** Every difference, as {@code path: problem}; empty when the answer fits. */
    List<String> problems(String shapeName, JsonNode value) {
        List<String> problems = new ArrayList<>();
        object(shapeName, value, "", problems);
        return problems;
    }

    private void object(String shapeName, JsonNode value, String path, List<String> problems) {
        ShapeModel shape = model.shape(shapeName).orElseThrow();
        if (!value.isObject()) {
            problems.add(path + ": not an object");
            return;
        }
        value.fieldNames().forEachRemaining(name -> {
            if (shape.members().stream().noneMatch(m -> m.wireName().equals(name))) {
                problems.add(path + name + ": not declared by " + shapeName);
            }
        });
        for (MemberModel member : shape.members()) {
            JsonNode memberValue = value.get(member.wireName());
            if (memberValue == null) {
                if (member.required()) {
                    problems.add(path + member.wireName() + ": required but missing");
                }
                continue;
            }
            // A JSON null on an optional member reads as "not set"; on a required one only the spec's
            // nullable (Tencent's value_allowed_null) allows it.
            if (memberValue.isNull() && (!member.required() || nullable.contains(shapeName + "." + member.wireName()))) {
                continue;
            }
            typed(member.type(), memberValue, path + member.wireName(), problems);
        }
    }

    private void typed(TypeRef type, JsonNode value, String path, List<String> problems) {
        if (type instanceof TypeRef.ListOf list) {
            if (!value.isArray()) {
                problems.add(path + ": not an array");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                typed(list.element(), value.get(i), path + "[" + i + "]", problems);
            }
        } else if (type instanceof TypeRef.ShapeType shape) {
            object(shape.name(), value, path + ".", problems);
        } else if (type instanceof TypeRef.EnumType enumType) {
            List<String> values = model.enumType(enumType.name()).orElseThrow().values().stream()
                    .map(EnumModel.EnumValue::value).toList();
            if (!value.isTextual() || !values.contains(value.textValue())) {
                problems.add(path + ": " + value + " is not one of " + values);
            }
        } else {
            boolean fits = switch (((TypeRef.Scalar) type).kind()) {
                case STRING -> value.isTextual();
                case INT64 -> value.isIntegralNumber() && value.canConvertToLong();
                case INT32 -> value.isIntegralNumber() && value.canConvertToInt();
                case BOOLEAN -> value.isBoolean();
                case DOUBLE -> value.isNumber();
            };
            if (!fits) {
                problems.add(path + ": " + value + " is not a " + type);
            }
        }
    }
}
