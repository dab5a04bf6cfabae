package dev.clssdk.codegen.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A spec as nested maps, for the import steps that add to an imported spec (overlay, error codes, paginators). */
final class SpecTree {
    private SpecTree() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(loaded instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("the spec must be a YAML map at the top level");
        }
        return (Map<String, Object>) loaded;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    static Map<String, Object> mapOrNew(Map<String, Object> parent, String key) {
        Map<String, Object> existing = map(parent, key);
        if (existing == null) {
            existing = new LinkedHashMap<>();
            parent.put(key, existing);
        }
        return existing;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof List<?> ? (List<Object>) value : null;
    }

    /** The schema a {@code $ref} names, or {@code null}. */
    static Map<String, Object> schema(Map<String, Object> spec, Object ref) {
        if (!(ref instanceof String text) || !text.startsWith("#/components/schemas/")) {
            return null;
        }
        Map<String, Object> components = map(spec, "components");
        Map<String, Object> schemas = components == null ? null : map(components, "schemas");
        return schemas == null ? null : map(schemas, text.substring("#/components/schemas/".length()));
    }
}
