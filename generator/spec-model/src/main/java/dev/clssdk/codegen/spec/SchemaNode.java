package dev.clssdk.codegen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One OpenAPI 3.0 Schema Object of the spec's tree, read as OpenAPI reads it: a {@code $ref}
 * stands for the schema it names and its siblings are ignored; a schema with {@code items} is an
 * array schema; one with {@code allOf}, {@code oneOf} or {@code anyOf} (and no {@code items}) is a
 * composition. A value of the wrong JSON type is an error naming its place.
 */
final class SchemaNode {

    private static final String COMPONENTS_SCHEMAS = "#/components/schemas/";

    private final JsonNode node;
    private final Pointer at;

    SchemaNode(JsonNode node, Pointer at) {
        if (!node.isObject()) {
            throw at.error("a schema must be an object");
        }
        this.node = node;
        this.at = at;
    }

    Pointer at() {
        return at;
    }

    /**
     * The {@code $ref}, or null. A bare name (no {@code /} and no {@code .}) is taken as the name
     * of a schema under {@code #/components/schemas/}, as OpenAPI tools read it.
     */
    String ref() {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return null;
        }
        if (!ref.isTextual()) {
            throw at.at("$ref").error("must be a string");
        }
        String value = ref.textValue();
        return value.indexOf('.') < 0 && value.indexOf('/') < 0 ? COMPONENTS_SCHEMAS + value : value;
    }

    private boolean isRef() {
        return ref() != null;
    }

    /** The {@code items} schema if this is an array schema, else null. */
    SchemaNode items() {
        JsonNode items = node.get("items");
        if (items == null || items.isNull() || isRef()) {
            return null;
        }
        return new SchemaNode(items, at.at("items"));
    }

    boolean isArray() {
        return items() != null;
    }

    /** Whether this is a composition: {@code allOf}, {@code oneOf} or {@code anyOf}, without {@code items}. */
    boolean isComposed() {
        return !isRef() && !isArray() && (node.has("allOf") || node.has("oneOf") || node.has("anyOf"));
    }

    /** The schemas of {@code allOf}, {@code oneOf} or {@code anyOf}; null when absent. */
    List<SchemaNode> composition(String key) {
        JsonNode list = node.get(key);
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            throw at.at(key).error("must be a list of schemas");
        }
        List<SchemaNode> schemas = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            schemas.add(new SchemaNode(list.get(i), at.at(key).at(Integer.toString(i))));
        }
        return schemas;
    }

    String type() {
        return isRef() ? null : string("type");
    }

    String format() {
        return isRef() ? null : string("format");
    }

    String description() {
        return isRef() ? null : string("description");
    }

    String pattern() {
        return isRef() ? null : string("pattern");
    }

    boolean deprecated() {
        return !isRef() && flag(node, "deprecated");
    }

    boolean exclusiveMinimum() {
        return !isRef() && flag(node, "exclusiveMinimum");
    }

    boolean exclusiveMaximum() {
        return !isRef() && flag(node, "exclusiveMaximum");
    }

    /** The enum's values as text, in order; null when there is no enum or it lists no value. */
    List<String> enumValues() {
        JsonNode values = isRef() ? null : node.get("enum");
        if (values == null || values.isNull()) {
            return null;
        }
        if (!values.isArray()) {
            throw at.at("enum").error("must be a list of values");
        }
        if (values.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isContainerNode()) {
                throw at.at("enum").error("an enum value must be a scalar");
            }
            out.add(value.isNull() ? "null" : value.asText());
        }
        return out;
    }

    /** The default as text, or null when there is none (or it is null). */
    String defaultValue() {
        JsonNode value = isRef() ? null : node.get("default");
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }

    BigDecimal minimum() {
        return decimal("minimum");
    }

    BigDecimal maximum() {
        return decimal("maximum");
    }

    Integer minLength() {
        return integer("minLength");
    }

    Integer maxLength() {
        return integer("maxLength");
    }

    Integer minItems() {
        return integer("minItems");
    }

    Integer maxItems() {
        return integer("maxItems");
    }

    /** The names listed by {@code required}, in order; empty when absent. */
    List<String> required() {
        JsonNode list = isRef() ? null : node.get("required");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw at.at("required").error("must be a list of property names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                throw at.at("required").error("must be a list of property names");
            }
            names.add(name.textValue());
        }
        return names;
    }

    /** The properties, in the spec's order; null when there are none. */
    Map<String, SchemaNode> properties() {
        JsonNode properties = isRef() ? null : node.get("properties");
        if (properties == null || properties.isNull()) {
            return null;
        }
        if (!properties.isObject()) {
            throw at.at("properties").error("must map property names to schemas");
        }
        Map<String, SchemaNode> out = new LinkedHashMap<>();
        properties.properties().forEach(e ->
                out.put(e.getKey(), new SchemaNode(e.getValue(), at.at("properties").at(e.getKey()))));
        return out;
    }

    /** The {@code x-} extensions; empty for a {@code $ref}. */
    Map<String, Object> extensions() {
        return isRef() ? Map.of() : SpecText.extensions(node);
    }

    private String string(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw at.at(key).error("must be a string");
        }
        return value.textValue();
    }

    private BigDecimal decimal(String key) {
        JsonNode value = isRef() ? null : node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw at.at(key).error("must be a number");
        }
        return value.decimalValue();
    }

    private Integer integer(String key) {
        JsonNode value = isRef() ? null : node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw at.at(key).error("must be an integer");
        }
        return value.intValue();
    }

    /** A boolean member: true for {@code true} (or the text {@code "true"}), false when absent. */
    static boolean flag(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && (value.isBoolean() ? value.booleanValue()
                : value.isTextual() && Boolean.parseBoolean(value.textValue()));
    }
}
