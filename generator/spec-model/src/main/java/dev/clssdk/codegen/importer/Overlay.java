package dev.clssdk.codegen.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A human-written overlay on an imported spec: the facts Tencent's model has only in prose or not
 * at all (bounds, enums, defaults, cross-field rules, per-action error codes, rate limits,
 * idempotency, sensitivity, waiters, paginators, English descriptions), kept in a file of its own
 * so that a new model is re-imported and the overlay re-applied with no hand edit of either.
 *
 * <p>The overlay is a partial spec. Merge rules:
 * <ul>
 *   <li>Maps merge key by key; a scalar or a list in the overlay replaces the spec's value.</li>
 *   <li>Under {@code paths}, {@code components.schemas} and a schema's {@code properties}, every
 *       key must name something the imported spec has: an entry that no longer matches the model
 *       is an error, never silently dropped.</li>
 *   <li>{@code {$new: value}} adds an entry that the spec must not have yet (a schema the model
 *       lacks, such as an enum); {@code {$replace: value}} replaces an existing entry whole;
 *       {@code {$delete: true}} removes an existing entry.</li>
 *   <li>Everything else (for example {@code info} and the root {@code x-tc-*} extensions) merges
 *       freely.</li>
 * </ul>
 * Errors name the overlay's entry as a JSON pointer.
 */
public final class Overlay {
    private static final String NEW = "$new";
    private static final String REPLACE = "$replace";
    private static final String DELETE = "$delete";

    private final Map<String, Object> root;

    private Overlay(Map<String, Object> root) {
        this.root = root;
    }

    /**
     * Reads an overlay.
     *
     * @param yaml the overlay's text
     * @return the overlay
     * @throws IllegalArgumentException if the text is not a YAML map
     */
    public static Overlay parse(String yaml) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the overlay is not valid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the overlay must be a YAML map at the top level");
        }
        return new Overlay(copy(map));
    }

    /**
     * Applies the overlay to an imported spec.
     *
     * @param specYaml the spec's text
     * @return the merged spec's text
     * @throws IllegalArgumentException naming the overlay's pointer and the rule, when an entry does not match the spec
     */
    public String applyTo(String specYaml) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(specYaml);
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the spec must be a YAML map at the top level");
        }
        Map<String, Object> spec = copy(map);
        merge(spec, root, "", Strictness.FREE);
        return TencentImporter.dump(spec);
    }

    /** Where keys of a map must already exist in the spec. */
    private enum Strictness {
        FREE,
        /** {@code paths}, {@code components.schemas}, {@code properties}: keys name existing entries. */
        EXISTING
    }

    private static void merge(Map<String, Object> target, Map<String, Object> overlay, String pointer, Strictness keys) {
        for (Map.Entry<String, Object> entry : overlay.entrySet()) {
            String key = entry.getKey();
            String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
            Object value = entry.getValue();
            Object existing = target.get(key);
            if (value instanceof Map<?, ?> directive && isDirective(directive)) {
                applyDirective(target, key, existing, directive, at);
                continue;
            }
            if (existing == null && keys == Strictness.EXISTING) {
                throw new IllegalArgumentException("overlay entry " + at + " no longer matches the model: the spec has no '"
                        + key + "' (use {$new: ...} to add one)");
            }
            if (value instanceof Map<?, ?> map && existing instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> into = (Map<String, Object>) existing;
                merge(into, copy(map), at, childStrictness(pointer, key));
            } else {
                target.put(key, value instanceof Map<?, ?> map ? copy(map) : value);
            }
        }
    }

    private static boolean isDirective(Map<?, ?> map) {
        return map.size() == 1 && Set.of(NEW, REPLACE, DELETE).contains(map.keySet().iterator().next());
    }

    private static void applyDirective(Map<String, Object> target, String key, Object existing, Map<?, ?> directive,
            String at) {
        String kind = (String) directive.keySet().iterator().next();
        Object value = directive.get(kind);
        switch (kind) {
            case NEW -> {
                if (existing != null) {
                    throw new IllegalArgumentException("overlay entry " + at + " adds '" + key
                            + "', which the model now has: merge into it instead of {$new: ...}");
                }
                target.put(key, value instanceof Map<?, ?> map ? copy(map) : value);
            }
            case REPLACE -> {
                if (existing == null) {
                    throw new IllegalArgumentException("overlay entry " + at + " no longer matches the model: nothing to replace");
                }
                target.put(key, value instanceof Map<?, ?> map ? copy(map) : value);
            }
            default -> {
                if (!Boolean.TRUE.equals(value)) {
                    throw new IllegalArgumentException("overlay entry " + at + ": $delete takes true");
                }
                if (existing == null) {
                    throw new IllegalArgumentException("overlay entry " + at + " no longer matches the model: nothing to delete");
                }
                target.remove(key);
            }
        }
    }

    /** {@code paths} and {@code components.schemas} hold named entries; so does each schema's {@code properties}. */
    private static Strictness childStrictness(String parentPointer, String key) {
        if (parentPointer.isEmpty() && key.equals("paths")) {
            return Strictness.EXISTING;
        }
        if (parentPointer.equals("/components") && key.equals("schemas")) {
            return Strictness.EXISTING;
        }
        if (parentPointer.startsWith("/components/schemas/") && key.equals("properties")) {
            return Strictness.EXISTING;
        }
        return Strictness.FREE;
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested) {
                value = copy(nested);
            } else if (value instanceof List<?> list) {
                List<Object> items = new ArrayList<>();
                for (Object item : list) {
                    items.add(item instanceof Map<?, ?> nested ? copy(nested) : item);
                }
                value = items;
            }
            copy.put(String.valueOf(entry.getKey()), value);
        }
        return copy;
    }
}
