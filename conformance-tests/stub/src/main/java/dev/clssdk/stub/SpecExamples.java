package dev.clssdk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The examples a spec gives for its actions: the {@code Response} member of the example on an
 * operation's 200 answer ({@code responses/200/content/application/json/example}, or the first of
 * its {@code examples}), and the request example ({@code requestBody/content/application/json/example}),
 * as Tencent's own models and our importer write them.
 *
 * <p>The intermediate model leaves examples out (nothing the generator emits needs them), so this
 * reads the spec's tree itself; it only picks values out and never decides what the API is.
 */
final class SpecExamples {

    /** The operation extension that names the action (as the generator's spec reader reads it). */
    private static final String ACTION = "x-tc-action";

    private final Map<String, ObjectNode> responses;
    private final Map<String, ObjectNode> requests;

    private SpecExamples(Map<String, ObjectNode> responses, Map<String, ObjectNode> requests) {
        this.responses = responses;
        this.requests = requests;
    }

    /** The examples of a spec read as a tree ({@link dev.clssdk.codegen.spec.SpecText#tree}); {@code null} has none. */
    static SpecExamples of(JsonNode root) {
        Map<String, ObjectNode> responses = new HashMap<>();
        Map<String, ObjectNode> requests = new HashMap<>();
        if (root == null) {
            return new SpecExamples(responses, requests);
        }
        for (JsonNode pathItem : iterable(root.path("paths").elements())) {
            for (JsonNode operation : iterable(pathItem.elements())) {
                String action = operation.path(ACTION).asText("");
                JsonNode media = operation.path("responses").path("200").path("content").path("application/json");
                successResponse(media).ifPresent(response -> {
                    if (!action.isEmpty()) {
                        responses.putIfAbsent(action, response);
                    }
                });
                JsonNode request = operation.path("requestBody").path("content").path("application/json").get("example");
                if (!action.isEmpty() && request instanceof ObjectNode object) {
                    requests.putIfAbsent(action, object);
                }
            }
        }
        return new SpecExamples(responses, requests);
    }

    /** The {@code Response} of the action's success example, a copy, if the spec has one. */
    Optional<ObjectNode> response(String action) {
        return Optional.ofNullable(responses.get(action)).map(ObjectNode::deepCopy);
    }

    /** The action's request example (the operation's {@code requestBody} example), a copy, if the spec has one. */
    Optional<ObjectNode> request(String action) {
        return Optional.ofNullable(requests.get(action)).map(ObjectNode::deepCopy);
    }

    private static Optional<ObjectNode> successResponse(JsonNode media) {
        JsonNode example = media.get("example");
        if (example == null) {
            // OpenAPI's named examples: {examples: {name: {value: ...}}}; the first one counts.
            Iterator<JsonNode> named = media.path("examples").elements();
            example = named.hasNext() ? named.next().get("value") : null;
        }
        JsonNode response = example == null ? null : example.get("Response");
        if (response instanceof ObjectNode object && !object.has("Error")) {
            return Optional.of(object);
        }
        return Optional.empty();
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
