package dev.clssdk.codegen.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tencent's machine-readable model of one API version, as its command-line tool publishes it
 * ({@code api.json}): actions, the objects they use, and each member's type, flags and prose.
 *
 * @param service    the short service name ({@code cls})
 * @param apiVersion the {@code X-TC-Version} value
 * @param title      the service's name as Tencent gives it
 * @param brief      a sentence about the API
 * @param actions    by name
 * @param objects    by name
 */
public record TencentModel(String service, String apiVersion, String title, String brief,
        Map<String, Action> actions, Map<String, TencentObject> objects) {

    /** One action: its input and output objects and prose. */
    public record Action(String name, String title, String document, String input, String output, String status) {}

    /**
     * An object (a request, a response, or a data type).
     *
     * @param usage Tencent's own direction hint for data types ({@code in}, {@code out}, {@code both}), if any
     */
    public record TencentObject(String name, String document, Optional<String> usage, List<Member> members) {
        public TencentObject {
            members = List.copyOf(members);
        }
    }

    /**
     * One member.
     *
     * @param type           {@code string}, {@code int}, {@code bool}, {@code float}, {@code object} or {@code list}
     * @param elementType    the scalar kind ({@code string}, {@code int64}, {@code uint64}, {@code datetime}, ...) or
     *                       the object name; for a list, of its elements
     * @param required       the caller must send it (inputs)
     * @param outputRequired the server always returns it (outputs)
     * @param nullable       the server may return null
     * @param disabled       Tencent marks it disabled (kept, flagged deprecated)
     */
    public record Member(String name, String type, String elementType, String document, Optional<String> example,
            boolean required, boolean outputRequired, boolean nullable, boolean disabled) {}

    public static TencentModel parse(String json) throws IOException {
        if (!(JsonTree.parse(json) instanceof Map<?, ?> root)) {
            throw new IOException("api.json must be a JSON object");
        }
        Map<?, ?> metadata = map(root.get("metadata"), "metadata");
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map(root.get("actions"), "actions").entrySet()) {
            Map<?, ?> a = map(e.getValue(), "actions." + e.getKey());
            String name = String.valueOf(e.getKey());
            actions.put(name, new Action(name, string(a.get("name")), string(a.get("document")),
                    required(a, "input", name), required(a, "output", name), string(a.get("status"))));
        }
        Map<String, TencentObject> objects = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map(root.get("objects"), "objects").entrySet()) {
            String name = String.valueOf(e.getKey());
            Map<?, ?> o = map(e.getValue(), "objects." + name);
            List<Member> members = new ArrayList<>();
            Object list = o.get("members");
            if (list instanceof List<?> items) {
                for (Object item : items) {
                    Map<?, ?> m = map(item, "objects." + name + ".members");
                    members.add(new Member(required(m, "name", name), required(m, "type", name),
                            required(m, "member", name), string(m.get("document")),
                            Optional.ofNullable(m.get("example")).map(String::valueOf),
                            Boolean.TRUE.equals(m.get("required")), Boolean.TRUE.equals(m.get("output_required")),
                            Boolean.TRUE.equals(m.get("value_allowed_null")), Boolean.TRUE.equals(m.get("disabled"))));
                }
            }
            objects.put(name, new TencentObject(name, string(o.get("document")),
                    Optional.ofNullable(o.get("usage")).map(String::valueOf), members));
        }
        return new TencentModel(required(metadata, "serviceShortName", "metadata"), required(metadata, "apiVersion", "metadata"),
                string(metadata.get("serviceNameCN")), string(metadata.get("api_brief")), actions, objects);
    }

    private static Map<?, ?> map(Object value, String where) throws IOException {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IOException(where + " must be a JSON object");
        }
        return m;
    }

    private static String required(Map<?, ?> map, String key, String where) throws IOException {
        Object value = map.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IOException(where + ": '" + key + "' is missing");
        }
        return s;
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
