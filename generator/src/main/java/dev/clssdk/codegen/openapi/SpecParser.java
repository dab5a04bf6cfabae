package dev.clssdk.codegen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.spec.SpecException;
import dev.clssdk.codegen.spec.SpecReader;
import dev.clssdk.codegen.spec.SpecSource;
import dev.clssdk.codegen.spec.SpecText;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The generator's front: swagger-parser parses and checks the OpenAPI document, and the shared
 * {@link SpecReader} builds the model from the same tree. swagger-parser's messages (wrong types,
 * unknown or missing fields, $ref problems) stop the generator as spec errors; the reader's own
 * checks name the exact place, so they are reported first.
 */
public final class SpecParser {

    private SpecParser() {}

    /**
     * Parses and checks the spec text and builds the model.
     *
     * @param specText    the YAML or JSON text
     * @param javaPackage the base package of the generated code, or null for {@code dev.clssdk.<service>}
     * @throws SpecException if the parser reports any message or the spec uses something unsupported
     */
    public static ServiceModel read(String specText, String javaPackage) {
        Optional<JsonNode> fast = SpecText.fastTree(specText);
        SwaggerParseResult result = parse(specText, fast);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            throw new SpecException("/", "not an OpenAPI 3 document" + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
        }
        ServiceModel model = SpecReader.read(fast.orElseGet(() -> SpecText.tree(specText)), javaPackage);
        if (!messages.isEmpty()) {
            throw new SpecException("/", "the OpenAPI parser reported: " + String.join("; ", messages));
        }
        return model;
    }

    /** Reads the spec at a location ({@link SpecSource}), then as {@link #read}. */
    public static ServiceModel model(String location) throws IOException {
        return read(SpecSource.read(location), null);
    }

    /**
     * swagger-parser's view of the text, for callers that check its messages. A YAML text in the
     * form specs are written goes to swagger-parser as the tree it would make of it itself
     * ({@link SpecText#fastTree}), which is what {@code readContents} does with that tree when
     * nothing is to be resolved or flattened.
     */
    public static SwaggerParseResult parse(String specText) {
        return parse(specText, SpecText.fastTree(specText));
    }

    private static SwaggerParseResult parse(String specText, Optional<JsonNode> tree) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        if (tree.isPresent()) {
            try {
                return new OpenAPIDeserializer().deserialize(tree.get(), null, options, options.isOaiAuthor());
            } catch (RuntimeException e) {
                // readContents turns this into a message in its own words: let it.
            }
        }
        return new OpenAPIV3Parser().readContents(specText, null, options);
    }
}
