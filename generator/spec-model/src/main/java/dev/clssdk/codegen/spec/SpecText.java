package dev.clssdk.codegen.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A spec's text (YAML, or JSON) as the Jackson tree {@link SpecReader} reads: the tree
 * swagger-parser makes of the same text, so that the generator's parser and the spec reader see
 * one document.
 */
public final class SpecText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SpecText() {}

    /**
     * The tree of a YAML text written the way specs are (block style, no anchors or tags), read
     * without a general YAML loader; empty for any other text. Exactly the tree swagger-parser
     * builds of that text.
     */
    public static Optional<JsonNode> fastTree(String text) {
        return text.trim().startsWith("{") ? Optional.empty() : YamlTree.read(text);
    }

    /**
     * The tree of a YAML or JSON text.
     *
     * @throws SpecException at {@code /} if the text is not YAML or JSON, or its root is not a mapping
     */
    public static JsonNode tree(String text) {
        JsonNode tree = fastTree(text).orElseGet(() -> general(text));
        if (!tree.isObject()) {
            throw Pointer.ROOT.error("not an OpenAPI document: the root must be a mapping");
        }
        return tree;
    }

    private static JsonNode general(String text) {
        if (text.trim().startsWith("{")) {
            try {
                return MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw Pointer.ROOT.error("not JSON: " + e.getOriginalMessage());
            }
        }
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new YamlTree.Types());
        Object document;
        try {
            document = yaml.load(text);
        } catch (YAMLException e) {
            throw Pointer.ROOT.error("not YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (document == null) {
            throw Pointer.ROOT.error("the spec is empty");
        }
        try {
            return MAPPER.valueToTree(document);
        } catch (IllegalArgumentException e) {
            throw Pointer.ROOT.error("holds a YAML value JSON has no form for: " + e.getMessage());
        }
    }

    /** The {@code x-} members of an object, as plain values (maps, lists, strings, numbers, booleans). */
    static Map<String, Object> extensions(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (e.getKey().startsWith("x-")) {
                out.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
            }
        });
        return out;
    }
}
