package dev.clssdk.codegen.importer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The request and response examples Tencent publishes per action ({@code examples.json}). Each
 * example's input is a raw HTTP request; the JSON body after the blank line is the example.
 */
public final class TencentExamples {

    /** The first usable example of an action; either part may be missing. */
    public record Example(Optional<Object> request, Optional<Object> response) {}

    private final Map<String, Example> byAction;

    private TencentExamples(Map<String, Example> byAction) {
        this.byAction = byAction;
    }

    public static TencentExamples none() {
        return new TencentExamples(Map.of());
    }

    public static TencentExamples parse(String json) throws IOException {
        if (!(JsonTree.parse(json) instanceof Map<?, ?> root) || !(root.get("actions") instanceof Map<?, ?> actions)) {
            throw new IOException("examples.json must be an object with 'actions'");
        }
        Map<String, Example> byAction = new TreeMap<>();
        for (Map.Entry<?, ?> e : actions.entrySet()) {
            if (!(e.getValue() instanceof List<?> list)) {
                continue;
            }
            for (Object item : list) {
                if (item instanceof Map<?, ?> example) {
                    Optional<Object> request = body(example.get("input"));
                    Optional<Object> response = json(example.get("output"));
                    if (request.isPresent() || response.isPresent()) {
                        byAction.put(String.valueOf(e.getKey()), new Example(request, response));
                        break;
                    }
                }
            }
        }
        return new TencentExamples(byAction);
    }

    public Optional<Example> of(String action) {
        return Optional.ofNullable(byAction.get(action));
    }

    private static Optional<Object> body(Object httpText) {
        if (!(httpText instanceof String text)) {
            return Optional.empty();
        }
        String normalized = text.replace("\r\n", "\n");
        int blank = normalized.indexOf("\n\n");
        return blank < 0 ? Optional.empty() : json(normalized.substring(blank + 2));
    }

    private static Optional<Object> json(Object text) {
        if (!(text instanceof String s) || s.isBlank()) {
            return Optional.empty();
        }
        try {
            Object value = JsonTree.parse(s.strip());
            return value instanceof Map<?, ?> ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // an example that is not valid JSON is left out, not guessed at
        }
    }
}
