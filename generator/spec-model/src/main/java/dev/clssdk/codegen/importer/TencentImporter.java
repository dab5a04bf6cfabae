package dev.clssdk.codegen.importer;

import dev.clssdk.codegen.importer.TencentModel.Action;
import dev.clssdk.codegen.importer.TencentModel.Member;
import dev.clssdk.codegen.importer.TencentModel.TencentObject;
import dev.clssdk.codegen.naming.Names;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Turns Tencent's API model into our OpenAPI form, restricted to what the generator accepts:
 * every action is {@code POST /#Action} with a named request schema and a success envelope;
 * objects become named schemas ({@code int64} to int64, {@code uint64} to int64 with
 * {@code minimum: 0}, lists to arrays, nested
 * objects to $refs); required flags come from the direction a schema travels (input
 * {@code required} for schemas callers send, {@code output_required} for schemas only the server
 * sends); {@code value_allowed_null} becomes {@code nullable}; descriptions lose their HTML;
 * examples come from the members and from examples.json.
 *
 * <p>What the model does not say is not guessed: no bounds, patterns or enums (members whose prose
 * mentions one are listed as {@link ProseHint}s), no per-action error codes and no rate limits.
 * Idempotency is required by the generator and absent from the model, and an action's name is no
 * proof (a {@code DescribeX} may start a task, a {@code GetX} may issue a token): every imported
 * action is {@code x-tc-idempotent: false}, so the runtime never repeats a call once the server may
 * have received it; only an overlay or a hand edit that knows better marks an action idempotent.
 *
 * <p>Tencent's marks: an action with {@code status: offline} is left out (a note says so); one with
 * {@code status: deprecated} is imported with {@code deprecated: true}; a {@code disabled} member
 * becomes {@code deprecated: true}; {@code value_allowed_null} becomes {@code nullable}. A member
 * type the generator has no type for ({@code binary}, dates) is a JSON string on the wire and is
 * imported as {@code string}, its Tencent type named in the description. An object whose name the
 * importer needs for its own schemas ({@code Error}, {@code ErrorResponse}, {@code ErrorEnvelope},
 * {@code <Action>Envelope}) is imported under the service prefix ({@code Error -> GsError}): schema
 * names are never on the wire.
 */
public final class TencentImporter {

    private static final String SCHEMAS = "#/components/schemas/";
    /** Tencent's member types that map to a JSON type of their own; any other is a string on the wire. */
    private static final Set<String> SCALARS = Set.of("string", "int", "int64", "uint64", "bool", "float", "double",
            "datetime", "datetime_iso", "date");
    private static final Set<String> NO_EXAMPLE = Set.of("", "无", "-", "null");

    private static final Pattern LIMIT = Pattern.compile(
            "最大|最小|最多|最少|不超过|不能超过|不得超过|不大于|不小于|不能小于|不能大于|上限|下限|范围|长度|至少|至多|限制"
                    + "|\\d+\\s*[~～]\\s*\\d+|[<>≤≥]=?\\s*\\d"
                    + "|(?i:\\b(?:max(?:imum)?|min(?:imum)?|limit|length|at most|at least)\\b)");
    private static final Pattern ENUM = Pattern.compile(
            "取值|可选值|枚举|可选项|支持的值|[A-Za-z0-9_]+\\s*[:：]\\s*[^，,；;\\s]+\\s*[，,；;]\\s*[A-Za-z0-9_]+\\s*[:：]"
                    + "|[A-Za-z0-9_]+(?:\\s*[，、|]\\s*[A-Za-z0-9_]+)+"
                    + "|(?i:\\bone of\\b)");
    private static final Pattern DEFAULT = Pattern.compile("默认|(?i:\\bdefault\\b)");

    private final TencentModel model;
    private final TencentExamples examples;
    private final int revision;
    private final Set<String> sent = new TreeSet<>();
    private final Set<String> received = new TreeSet<>();
    private final Map<String, String> schemaNames = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    private TencentImporter(TencentModel model, TencentExamples examples, int revision) {
        this.model = model;
        this.examples = examples;
        this.revision = revision;
    }

    /**
     * Imports the given actions (all of them when {@code actions} is empty).
     *
     * @throws IllegalArgumentException if an action is unknown, or the model uses a name or type
     *                                  the generator cannot take
     */
    public static ImportResult importActions(TencentModel model, TencentExamples examples, Collection<String> actions,
            int revision) {
        return new TencentImporter(model, examples, revision).run(actions);
    }

    private ImportResult run(Collection<String> wanted) {
        List<Action> actions = new ArrayList<>();
        for (String name : wanted.isEmpty() ? new TreeSet<>(model.actions().keySet()) : new TreeSet<>(wanted)) {
            Action action = model.actions().get(name);
            if (action == null) {
                throw new IllegalArgumentException("the model has no action '" + name + "'");
            }
            if ("offline".equals(action.status())) {
                notes.add("left out " + name + ": Tencent marks it offline");
                continue;
            }
            if ("deprecated".equals(action.status())) {
                notes.add("deprecated " + name + ": Tencent marks it deprecated");
            }
            Names.methodName(name).orElseThrow(() -> new IllegalArgumentException("action '" + name + "' is not a legal Java name"));
            actions.add(action);
        }
        if (actions.isEmpty() && !notes.isEmpty()) {
            throw new IllegalArgumentException("every requested action of " + model.service() + " " + model.apiVersion()
                    + " is offline (a retired API version): nothing to import");
        }
        for (Action action : actions) {
            reach(action.input(), sent);
            reach(action.output(), received);
        }
        nameSchemas(actions);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", info());
        doc.put("servers", List.of(
                server("https://" + model.service() + ".tencentcloudapi.com", "Default (nearest region)"),
                server("https://" + model.service() + ".ap-guangzhou.tencentcloudapi.com",
                        "A regional endpoint, " + model.service() + ".<region>.tencentcloudapi.com"),
                server("https://" + model.service() + ".intl.tencentcloudapi.com", "International endpoint")));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Action action : actions) {
            paths.put("/#" + action.name(), Map.of("post", operation(action)));
        }
        doc.put("paths", paths);
        Map<String, Object> schemas = schemas(actions);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("parameters", parameters());
        components.put("schemas", schemas);
        doc.put("components", components);
        return new ImportResult(dump(doc), actions.size(), schemas.size(), hints(), notes);
    }

    /**
     * Tencent's object names as schema names, except where the importer needs the name for its own
     * schemas: those objects get the service prefix (then a number, until free).
     */
    private void nameSchemas(List<Action> actions) {
        Set<String> reserved = new TreeSet<>(Set.of("Error", "ErrorResponse", "ErrorEnvelope"));
        for (Action action : actions) {
            reserved.add(envelope(action));
        }
        Set<String> taken = new TreeSet<>(model.objects().keySet());
        taken.addAll(reserved);
        Set<String> names = new TreeSet<>(sent);
        names.addAll(received);
        for (String name : names) {
            String schema = name;
            if (reserved.contains(name)) {
                String base = Names.servicePrefix(model.service()) + name;
                schema = base;
                for (int n = 2; taken.contains(schema); n++) {
                    schema = base + n;
                }
                taken.add(schema);
                notes.add("renamed object " + name + " to schema " + schema + ": the importer needs the name " + name);
            }
            schemaNames.put(name, schema);
        }
    }

    private String schema(String object) {
        return schemaNames.getOrDefault(object, object);
    }

    // ---------------------------------------------------------------- document parts

    private Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", (model.title().isBlank() ? model.service() : model.title())
                + " (" + model.service() + ") API " + model.apiVersion());
        info.put("version", model.apiVersion());
        info.put("description", (model.brief().isBlank() ? "" : Descriptions.clean(model.brief(), false) + "\n\n")
                + "Imported from Tencent's API model (tccli api.json) by `generator import-tencent`. "
                + "Constraints Tencent states only in prose are not encoded; per-action error codes and rate "
                + "limits are not in the model.");
        info.put("x-tc-service", model.service());
        info.put("x-tc-api-version", model.apiVersion());
        info.put("x-tc-spec-revision", revision);
        info.put("x-tc-validation-codes", ordered("required", CommonErrors.MISSING_PARAMETER,
                "default", CommonErrors.INVALID_PARAMETER));
        List<Object> common = new ArrayList<>();
        for (CommonErrors.CommonError error : CommonErrors.ALL) {
            Map<String, Object> e = ordered("code", error.code(), "description", error.description());
            if (error.retryable()) {
                e.put("x-tc-retryable", true);
            }
            common.add(e);
        }
        info.put("x-tc-common-errors", common);
        return info;
    }

    private Map<String, Object> operation(Action action) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", action.name());
        op.put("summary", action.title().isBlank() ? action.name() : Descriptions.oneLine(action.title()));
        String description = Descriptions.clean(action.document(), false);
        if (!description.isEmpty()) {
            op.put("description", description);
        }
        op.put("x-tc-action", action.name());
        if ("deprecated".equals(action.status())) {
            op.put("deprecated", true);
        }
        // Never guessed from the verb: see the class comment.
        op.put("x-tc-idempotent", false);
        Map<String, Object> actionParameter = new LinkedHashMap<>();
        actionParameter.put("name", "X-TC-Action");
        actionParameter.put("in", "header");
        actionParameter.put("required", true);
        actionParameter.put("description", "Common parameter. The action name.");
        actionParameter.put("schema", ordered("type", "string", "enum", List.of(action.name())));
        op.put("parameters", List.of(actionParameter, ref("#/components/parameters/Version"),
                ref("#/components/parameters/Region")));
        Optional<TencentExamples.Example> example = examples.of(action.name());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", ref(SCHEMAS + schema(action.input())));
        example.flatMap(TencentExamples.Example::request).ifPresent(value -> json.put("example", value));
        op.put("requestBody", ordered("required", true, "content", Map.of("application/json", json)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("schema", Map.of("oneOf", List.of(ref(SCHEMAS + envelope(action)), ref(SCHEMAS + "ErrorEnvelope"))));
        example.flatMap(TencentExamples.Example::response).ifPresent(value -> answer.put("example", value));
        op.put("responses", Map.of("200", ordered("description", "The envelope, holding either the output or an Error.",
                "content", Map.of("application/json", answer))));
        return op;
    }

    private Map<String, Object> parameters() {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("name", "X-TC-Version");
        version.put("in", "header");
        version.put("required", true);
        version.put("description", "Common parameter. The API version.");
        version.put("schema", ordered("type", "string", "enum", List.of(model.apiVersion())));
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("name", "X-TC-Region");
        region.put("in", "header");
        region.put("required", false);
        region.put("description", "Common parameter. The region, for example ap-guangzhou; left out rather than sent empty.");
        region.put("schema", Map.of("type", "string"));
        return ordered("Version", version, "Region", region);
    }

    private Map<String, Object> schemas(List<Action> actions) {
        Set<String> names = new TreeSet<>(sent);
        names.addAll(received);
        Map<String, Object> schemas = new LinkedHashMap<>();
        for (String name : names) {
            schemas.put(schema(name), objectSchema(model.objects().get(name)));
        }
        reserve(schemas, "Error", ordered("type", "object", "description", "The error of a failed call.",
                "required", List.of("Code"), "properties", ordered(
                        "Code", ordered("type", "string", "description", "The error code. Compare against this, not Message."),
                        "Message", ordered("type", "string", "description", "A human-readable message; its text may change."))));
        reserve(schemas, "ErrorResponse", ordered("type", "object", "description", "The Response member of a failed call.",
                "required", List.of("Error", "RequestId"), "properties", ordered(
                        "Error", ref(SCHEMAS + "Error"),
                        "RequestId", ordered("type", "string", "description", "The unique request ID."))));
        reserve(schemas, "ErrorEnvelope", envelopeSchema("The envelope of a failed call.", "error", "ErrorResponse"));
        for (Action action : actions) {
            reserve(schemas, envelope(action), envelopeSchema("The envelope of a successful " + action.name() + " call.",
                    "success", schema(action.output())));
        }
        return schemas;
    }

    private static void reserve(Map<String, Object> schemas, String name, Map<String, Object> schema) {
        if (schemas.putIfAbsent(name, schema) != null) {
            throw new IllegalArgumentException("the model has an object named '" + name + "', a name the importer needs for envelopes");
        }
    }

    private static String envelope(Action action) {
        return action.name() + "Envelope";
    }

    private static Map<String, Object> envelopeSchema(String description, String kind, String response) {
        return ordered("type", "object", "description", description, "x-tc-envelope", kind,
                "required", List.of("Response"), "properties", Map.of("Response", ref(SCHEMAS + response)));
    }

    private Map<String, Object> objectSchema(TencentObject object) {
        boolean input = sent.contains(object.name());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        String description = Descriptions.clean(object.document(), false);
        if (!description.isEmpty()) {
            schema.put("description", description);
        }
        List<String> required = object.members().stream()
                .filter(m -> input ? m.required() : m.outputRequired())
                .map(Member::name)
                .toList();
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        if (!object.members().isEmpty()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Member member : object.members()) {
                properties.put(member.name(), property(object, member));
            }
            schema.put("properties", properties);
        }
        return schema;
    }

    private Map<String, Object> property(TencentObject owner, Member member) {
        Map<String, Object> property = new LinkedHashMap<>();
        if ("list".equals(member.type())) {
            property.put("type", "array");
            property.put("items", scalarOrRef(owner, member, member.elementType()));
        } else if ("object".equals(member.type())) {
            property.putAll(scalarOrRef(owner, member, member.elementType()));
        } else {
            property.putAll(scalar(owner, member, member.type(), member.elementType()));
        }
        String description = Descriptions.clean(member.document(), member.nullable());
        String tencentType = "list".equals(member.type()) || "object".equals(member.type()) ? member.elementType() : member.type();
        if (!model.objects().containsKey(tencentType) && !SCALARS.contains(tencentType)) {
            notes.add(owner.name() + "." + member.name() + ": Tencent type '" + tencentType + "' imported as string");
            description = (description.isEmpty() ? "" : description + "\n\n") + "Tencent's model types this member `"
                    + tencentType + "`; it travels as a JSON string.";
        }
        if (!description.isEmpty()) {
            property.put("description", description);
        }
        if (member.nullable()) {
            property.put("nullable", true);
        }
        if (member.disabled()) {
            property.put("deprecated", true);
        }
        example(member).ifPresent(value -> property.put("example", value));
        if (property.containsKey("$ref") && property.size() > 1) {
            // In OpenAPI 3.0 siblings of $ref are ignored: wrap the ref so description and flags count.
            Map<String, Object> wrapped = new LinkedHashMap<>(property);
            wrapped.remove("$ref");
            wrapped.put("allOf", List.of(ref((String) property.get("$ref"))));
            return wrapped;
        }
        return property;
    }

    private Map<String, Object> scalarOrRef(TencentObject owner, Member member, String type) {
        if (model.objects().containsKey(type)) {
            return ref(SCHEMAS + schema(type));
        }
        return scalar(owner, member, switch (type) {
            case "int64", "uint64", "int" -> "int";
            case "bool" -> "bool";
            case "float", "double" -> "float";
            default -> "string";
        }, type);
    }

    private static Map<String, Object> scalar(TencentObject owner, Member member, String type, String detail) {
        return switch (type) {
            case "string" -> ordered("type", "string");
            // uint64: non-negative by rule; values above Long.MAX_VALUE do not fit the SDK's long and are refused when read.
            case "int" -> "uint64".equals(detail) ? ordered("type", "integer", "format", "int64", "minimum", 0)
                    : ordered("type", "integer", "format", "int64");
            case "bool" -> ordered("type", "boolean");
            case "float" -> ordered("type", "number", "format", "double");
            // binary and any type the generator has none for: Tencent's JSON carries it as a string.
            default -> ordered("type", "string");
        };
    }

    /** The member's example in its own type, or nothing when it is a placeholder or does not parse. */
    private Optional<Object> example(Member member) {
        String text = member.example().map(String::strip).orElse("");
        if (NO_EXAMPLE.contains(text)) {
            return Optional.empty();
        }
        String type = "list".equals(member.type()) ? "list" : member.type();
        try {
            return switch (type) {
                case "string" -> Optional.of(text);
                case "int" -> Optional.of(Long.parseLong(text));
                case "float" -> Optional.of(Double.parseDouble(text));
                case "bool" -> "true".equals(text) || "false".equals(text) ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
                case "list" -> JsonTree.parse(text) instanceof List<?> list ? Optional.of(list) : Optional.empty();
                case "object" -> JsonTree.parse(text) instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (NumberFormatException | IOException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- reachability and hints

    private void reach(String root, Set<String> into) {
        Deque<String> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            TencentObject object = model.objects().get(name);
            if (object == null) {
                throw new IllegalArgumentException("the model refers to an object '" + name + "' it does not define");
            }
            if (!into.add(name)) {
                continue;
            }
            for (Member member : object.members()) {
                if (("object".equals(member.type()) || "list".equals(member.type()))
                        && model.objects().containsKey(member.elementType())) {
                    todo.push(member.elementType());
                } else if ("object".equals(member.type())) {
                    throw new IllegalArgumentException(name + "." + member.name()
                            + " refers to an object '" + member.elementType() + "' the model does not define");
                }
            }
        }
    }

    private List<ProseHint> hints() {
        Map<String, ProseHint> hints = new TreeMap<>();
        Set<String> names = new TreeSet<>(sent);
        names.addAll(received);
        for (String name : names) {
            for (Member member : model.objects().get(name).members()) {
                String text = Descriptions.oneLine(Descriptions.clean(member.document(), true));
                List<String> kinds = new ArrayList<>();
                if (LIMIT.matcher(text).find()) {
                    kinds.add("limit");
                }
                if (ENUM.matcher(text).find()) {
                    kinds.add("enum");
                }
                if (DEFAULT.matcher(text).find()) {
                    kinds.add("default");
                }
                if (!kinds.isEmpty()) {
                    String path = name + "." + member.name();
                    hints.put(path, new ProseHint(path, String.join("+", kinds), text));
                }
            }
        }
        return List.copyOf(hints.values());
    }

    // ---------------------------------------------------------------- YAML

    static String dump(Map<String, Object> doc) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(new TextRepresenter(options), options).dump(doc);
    }

    /** Multi-line strings as literal blocks, which read like the text they are. */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                boolean block = text.contains("\n") && text.chars().noneMatch(c -> c < 0x20 && c != '\n')
                        && text.equals(text.strip());
                return representScalar(Tag.STR, text, block ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            });
        }
    }

    // ---------------------------------------------------------------- small helpers

    private static Map<String, Object> server(String url, String description) {
        return ordered("url", url, "description", description);
    }

    private static Map<String, Object> ref(String target) {
        return ordered("$ref", target);
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
