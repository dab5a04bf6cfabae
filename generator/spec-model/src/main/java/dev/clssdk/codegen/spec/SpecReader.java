package dev.clssdk.codegen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.ErrorKind;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.ShapeRole;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.model.ValidationCodes;
import dev.clssdk.codegen.model.WaiterModel;
import dev.clssdk.codegen.naming.MemberNames;
import dev.clssdk.codegen.naming.Names;
import dev.clssdk.codegen.naming.TypeNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an OpenAPI 3.0 document into the immutable {@link ServiceModel}: the one place where a
 * spec becomes the model, for the generator (after swagger-parser has parsed and checked the same
 * tree) and for the contract stub. It reads the document as a tree ({@link SpecText}), as OpenAPI
 * defines its objects. Everything the generator does not support stops here with a
 * {@link SpecException} naming the place, so emitters can trust the model.
 */
public final class SpecReader {

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final String JSON = "application/json";
    /** The operations of a path item, in the order OpenAPI lists them. */
    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Set<String> RULE_NAMES =
            Set.of("required", "minimum", "maximum", "minLength", "maxLength", "pattern", "enum",
                    "minItems", "maxItems", "items", "lessThanOrEqual");

    private final JsonNode api;
    private final String javaPackage;
    private final Map<String, ShapeRole> shapeRoles = new TreeMap<>();
    private final Set<String> enumNames = new java.util.TreeSet<>();
    private final Map<String, ErrorKind> declaredKinds = new TreeMap<>();

    private SpecReader(JsonNode api, String javaPackage) {
        this.api = api;
        this.javaPackage = javaPackage;
    }

    /**
     * Reads the spec text and builds the model.
     *
     * @param specText    the YAML or JSON text
     * @param javaPackage the base package of the generated code, or null for {@code dev.clssdk.<service>}
     * @throws SpecException if the text is not a spec or the spec uses something unsupported
     */
    public static ServiceModel read(String specText, String javaPackage) {
        return read(SpecText.tree(specText), javaPackage);
    }

    /**
     * Builds the model from the spec's tree ({@link SpecText#tree}).
     *
     * @param tree        the OpenAPI document
     * @param javaPackage the base package of the generated code, or null for {@code dev.clssdk.<service>}
     * @throws SpecException if the spec uses something unsupported
     */
    public static ServiceModel read(JsonNode tree, String javaPackage) {
        if (!tree.isObject()) {
            throw Pointer.ROOT.error("not an OpenAPI document: the root must be a mapping");
        }
        return new SpecReader(tree, javaPackage).readService();
    }

    private ServiceModel readService() {
        Pointer info = Pointer.ROOT.at("info");
        JsonNode infoNode = object(api, "info", Pointer.ROOT);
        if (infoNode == null) {
            throw info.error("info is required");
        }
        Map<String, Object> infoExt = SpecText.extensions(infoNode);
        String service = requiredString(infoExt, Extensions.SERVICE, info);
        String apiVersion = requiredString(infoExt, Extensions.API_VERSION, info);
        int revision = integer(infoExt.get(Extensions.SPEC_REVISION), info.at(Extensions.SPEC_REVISION)).orElse(1);
        String pkg = javaPackage != null ? javaPackage : "dev.clssdk." + service;
        if (!javax.lang.model.SourceVersion.isName(pkg)) {
            throw info.at(Extensions.SERVICE).error("'" + pkg + "' is not a legal Java package name");
        }

        Map<String, ErrorCodeModel> errors = new TreeMap<>();
        readErrorList(infoExt.get(Extensions.COMMON_ERRORS), info.at(Extensions.COMMON_ERRORS), true, errors);

        List<OperationModel> operations = new ArrayList<>();
        Pointer paths = Pointer.ROOT.at("paths");
        JsonNode pathsNode = object(api, "paths", Pointer.ROOT);
        if (pathsNode == null || pathsNode.isEmpty()) {
            throw paths.error("the spec defines no actions");
        }
        for (Map.Entry<String, JsonNode> path : fields(pathsNode)) {
            Pointer pathPointer = paths.at(path.getKey());
            if (!path.getValue().isObject()) {
                throw pathPointer.error("a path item must be an object");
            }
            for (String method : HTTP_METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null || op.isNull()) {
                    continue;
                }
                Pointer opPointer = pathPointer.at(method);
                if (!method.equals("post")) {
                    throw opPointer.error("every action is POST /; found " + method.toUpperCase(java.util.Locale.ROOT));
                }
                if (!op.isObject()) {
                    throw opPointer.error("an operation must be an object");
                }
                operations.add(readOperation(op, opPointer, errors));
            }
        }
        // Read last, so that an action's own description of a code (x-tc-errors) wins over the catalogue's.
        readErrorList(infoExt.get(Extensions.SERVICE_ERRORS), info.at(Extensions.SERVICE_ERRORS), false, errors);
        operations.sort(Comparator.comparing(OperationModel::action));
        checkUnique(operations.stream().map(OperationModel::action).toList(), paths, "x-tc-action");

        ValidationCodes validationCodes = readValidationCodes(infoExt, info, errors);
        List<ShapeModel> shapes = readShapes(errors);
        List<EnumModel> enums = enumNames.stream().map(this::readEnum).toList();
        Map<String, Object> rootExt = SpecText.extensions(api);
        PagingReader paging = new PagingReader(operations, shapes, enums);
        List<PaginatorModel> paginators = rootExt.get(Extensions.PAGINATORS) == null ? List.of()
                : paging.paginators(rootExt.get(Extensions.PAGINATORS));
        List<WaiterModel> waiters = rootExt.get(Extensions.WAITERS) == null ? List.of()
                : paging.waiters(rootExt.get(Extensions.WAITERS), paginators);
        checkClientMethodNames(operations, paginators, waiters);
        return renameTypes(new ServiceModel(service, text(string(infoNode, "title", info)), apiVersion, revision, readDefaultHost(),
                pkg, operations, shapes, enums, List.copyOf(errors.values()), validationCodes, paginators, waiters));
    }

    /**
     * Gives every structure and enum its class name ({@link TypeNames}): the schema names are the
     * spec's, the class names must also be legal, not shadow {@code java.lang} and not differ only
     * in case. Only names change, never a wire name.
     */
    private static ServiceModel renameTypes(ServiceModel model) {
        List<String> schemas = new ArrayList<>();
        model.shapes().forEach(s -> schemas.add(s.name()));
        model.enums().forEach(e -> schemas.add(e.name()));
        Map<String, String> names = TypeNames.assign(schemas, Names.servicePrefix(model.service()));
        if (names.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
            return model;
        }
        List<ShapeModel> shapes = model.shapes().stream().map(s -> new ShapeModel(names.get(s.name()), s.description(),
                s.role(), s.members().stream().map(m -> m.withType(renamed(m.type(), names))).toList(), s.rules(),
                TypeNames.note(s.name(), names.get(s.name())))).sorted(Comparator.comparing(ShapeModel::name)).toList();
        List<EnumModel> enums = model.enums().stream().map(e -> new EnumModel(names.get(e.name()), e.description(),
                e.values(), TypeNames.note(e.name(), names.get(e.name())))).sorted(Comparator.comparing(EnumModel::name)).toList();
        List<OperationModel> operations = model.operations().stream().map(o -> new OperationModel(o.action(), o.summary(),
                o.description(), names.getOrDefault(o.inputShape(), o.inputShape()),
                names.getOrDefault(o.outputShape(), o.outputShape()), o.idempotent(), o.rateLimitPerSecond(),
                o.errorCodes(), o.deprecated())).toList();
        return new ServiceModel(model.service(), model.title(), model.apiVersion(), model.specRevision(),
                model.defaultHost(), model.javaPackage(), operations, shapes, enums, model.errorCodes(),
                model.validationCodes(), model.paginators(), model.waiters());
    }

    private static TypeRef renamed(TypeRef type, Map<String, String> names) {
        if (type instanceof TypeRef.ShapeType shape) {
            return new TypeRef.ShapeType(names.getOrDefault(shape.name(), shape.name()));
        }
        if (type instanceof TypeRef.EnumType enumType) {
            return new TypeRef.EnumType(names.getOrDefault(enumType.name(), enumType.name()));
        }
        if (type instanceof TypeRef.ListOf list) {
            return new TypeRef.ListOf(renamed(list.element(), names));
        }
        return type;
    }

    private String readDefaultHost() {
        Pointer at = Pointer.ROOT.at("servers").at("0").at("url");
        JsonNode servers = api.get("servers");
        if (servers == null || servers.isNull() || (servers.isArray() && servers.isEmpty())) {
            throw at.error("the spec needs a server: its host is the default endpoint");
        }
        if (!servers.isArray() || !servers.get(0).isObject()) {
            throw Pointer.ROOT.at("servers").error("must be a list of servers");
        }
        String url = string(servers.get(0), "url", Pointer.ROOT.at("servers").at("0"));
        if (url == null) {
            throw at.error("a server needs a url");
        }
        try {
            String host = java.net.URI.create(url).getHost();
            if (host == null) {
                throw at.error("'" + url + "' has no host");
            }
            return host;
        } catch (IllegalArgumentException e) {
            throw at.error("'" + url + "' is not a URL");
        }
    }

    private OperationModel readOperation(JsonNode op, Pointer at, Map<String, ErrorCodeModel> errors) {
        Map<String, Object> ext = SpecText.extensions(op);
        String action = requiredString(ext, Extensions.ACTION, at);
        Names.methodName(action).orElseThrow(() ->
                at.at(Extensions.ACTION).error("'" + action + "' does not map to a legal Java method name"));
        boolean idempotent = bool(ext.get(Extensions.IDEMPOTENT), at.at(Extensions.IDEMPOTENT))
                .orElseThrow(() -> at.error(Extensions.IDEMPOTENT + " is required: retries depend on it"));
        OptionalInt rateLimit = integer(ext.get(Extensions.RATE_LIMIT), at.at(Extensions.RATE_LIMIT));
        if (rateLimit.isPresent() && rateLimit.getAsInt() <= 0) {
            throw at.at(Extensions.RATE_LIMIT).error("must be a positive number of requests per second");
        }
        List<String> codes = readErrorList(ext.get(Extensions.ERRORS), at.at(Extensions.ERRORS), false, errors);

        String input = readRequestShape(object(op, "requestBody", at), at.at("requestBody"));
        String output = readResponseShape(op, at.at("responses"));
        markShape(input, ShapeRole.INPUT, at.at("requestBody"));
        markShape(output, ShapeRole.OUTPUT, at.at("responses"));
        return new OperationModel(action, text(string(op, "summary", at)), text(string(op, "description", at)),
                input, output, idempotent, rateLimit, codes, SchemaNode.flag(op, "deprecated"));
    }

    private String readRequestShape(JsonNode body, Pointer at) {
        JsonNode media = body == null || body.has("$ref") ? null : mediaType(body, at);
        if (media == null) {
            throw at.error("an action needs an application/json request body");
        }
        Pointer schema = at.at("content").at(JSON).at("schema");
        return refName(schemaNode(media, schema), schema)
                .orElseThrow(() -> schema.error("the request body must be a $ref to a named schema"));
    }

    /** The 200 answer is a success envelope, or oneOf a success envelope and the error envelope. */
    private String readResponseShape(JsonNode op, Pointer at) {
        JsonNode responses = op.get("responses");
        if (responses != null && !responses.isNull() && !responses.isObject()) {
            throw at.error("must map status codes to responses");
        }
        JsonNode ok = responses == null || responses.isNull() ? null : object(responses, "200", at);
        Pointer okPointer = at.at("200");
        JsonNode media = ok == null || ok.has("$ref") ? null : mediaType(ok, okPointer);
        Pointer schemaPointer = okPointer.at("content").at(JSON).at("schema");
        SchemaNode schema = media == null ? null : schemaNode(media, schemaPointer);
        if (schema == null) {
            throw okPointer.error("an action needs a 200 application/json response");
        }
        List<SchemaNode> oneOf = schema.isComposed() ? schema.composition("oneOf") : null;
        List<SchemaNode> candidates = oneOf != null ? oneOf : List.of(schema);
        String output = null;
        for (SchemaNode candidate : candidates) {
            String envelopeName = refName(candidate, schemaPointer)
                    .orElseThrow(() -> schemaPointer.error("envelopes must be $refs to named schemas"));
            Pointer envelopeAt = schemaPointer(envelopeName);
            SchemaNode envelope = schema(envelopeName, schemaPointer);
            Object kind = envelope.extensions().get(Extensions.ENVELOPE);
            if ("success".equals(kind)) {
                if (output != null) {
                    throw schemaPointer.error("more than one success envelope");
                }
                SchemaNode response = envelope.properties() == null ? null : envelope.properties().get("Response");
                Pointer responseAt = envelopeAt.at("properties").at("Response");
                if (response == null) {
                    throw responseAt.error("a success envelope needs a Response property");
                }
                output = refName(response, responseAt)
                        .orElseThrow(() -> responseAt.error("Response must be a $ref to a named schema"));
            } else if (!"error".equals(kind)) {
                throw envelopeAt.error(Extensions.ENVELOPE + " must be 'success' or 'error'");
            }
        }
        if (output == null) {
            throw schemaPointer.error("no success envelope (" + Extensions.ENVELOPE + ": success)");
        }
        return output;
    }

    /**
     * Records how a shape is used and passes that on to the shapes it holds. A shape reached from
     * both a request and a response becomes {@link ShapeRole#BOTH}; roles only ever widen, so
     * recursive shapes terminate.
     */
    private void markShape(String name, ShapeRole role, Pointer from) {
        ShapeRole previous = shapeRoles.get(name);
        ShapeRole merged = previous == null || previous == role ? role : ShapeRole.BOTH;
        if (merged == previous) {
            return;
        }
        shapeRoles.put(name, merged);
        SchemaNode schema = schema(name, from);
        Pointer at = schemaPointer(name);
        if (schema.properties() != null) {
            for (Map.Entry<String, SchemaNode> property : schema.properties().entrySet()) {
                markReferencedTypes(property.getValue(), merged, at.at("properties").at(property.getKey()));
            }
        }
    }

    private void markReferencedTypes(SchemaNode property, ShapeRole role, Pointer at) {
        SchemaNode target = unwrapAllOf(property, at);
        if (target.isArray()) {
            markReferencedTypes(target.items(), role, at.at("items"));
            return;
        }
        Optional<String> ref = refName(target, at);
        if (ref.isEmpty()) {
            return;
        }
        SchemaNode referenced = schema(ref.get(), at);
        if (referenced.enumValues() != null) {
            enumNames.add(ref.get());
        } else {
            markShape(ref.get(), role, at);
        }
    }

    private List<ShapeModel> readShapes(Map<String, ErrorCodeModel> errors) {
        List<ShapeModel> shapes = new ArrayList<>();
        for (Map.Entry<String, ShapeRole> entry : shapeRoles.entrySet()) {
            shapes.add(readShape(entry.getKey(), entry.getValue(), errors));
        }
        return shapes;
    }

    private ShapeModel readShape(String name, ShapeRole role, Map<String, ErrorCodeModel> errors) {
        Pointer at = schemaPointer(name);
        SchemaNode schema = schema(name, at);
        if (schema.type() != null && !"object".equals(schema.type())) {
            throw at.at("type").error("a structure must have type object");
        }
        Set<String> required = new LinkedHashSet<>(schema.required());
        List<MemberModel> members = new ArrayList<>();
        Map<String, SchemaNode> properties = schema.properties() == null ? Map.of() : schema.properties();
        List<MemberNames.Member> keys = new ArrayList<>();
        for (Map.Entry<String, SchemaNode> property : properties.entrySet()) {
            Pointer propertyAt = at.at("properties").at(property.getKey());
            TypeRef type = readType(unwrapAllOf(property.getValue(), propertyAt), propertyAt);
            keys.add(new MemberNames.Member(property.getKey(), type instanceof TypeRef.ListOf,
                    type instanceof TypeRef.EnumType));
        }
        List<MemberNames.Assigned> names = MemberNames.assign(keys);
        int index = 0;
        for (Map.Entry<String, SchemaNode> property : properties.entrySet()) {
            members.add(readMember(property.getKey(), names.get(index++), property.getValue(),
                    required.contains(property.getKey()), at.at("properties").at(property.getKey()), errors));
        }
        for (String r : required) {
            if (!properties.containsKey(r)) {
                throw at.at("required").error("'" + r + "' is required but not a property");
            }
        }
        checkUnique(members.stream().map(MemberModel::javaName).toList(), at, "Java member name");
        List<CrossFieldRule> rules = readRules(schema.extensions().get(Extensions.RULES),
                at.at(Extensions.RULES), members, errors);
        return new ShapeModel(name, text(schema.description()), role, members, rules, Optional.empty());
    }

    private MemberModel readMember(String wireName, MemberNames.Assigned names, SchemaNode property, boolean required,
            Pointer at, Map<String, ErrorCodeModel> errors) {
        String javaName = names.name();
        SchemaNode target = unwrapAllOf(property, at);
        TypeRef type = readType(target, at);
        Optional<String> defaultValue = Optional.ofNullable(property.defaultValue())
                .or(() -> Optional.ofNullable(target.defaultValue()));
        if (defaultValue.isPresent() && type instanceof TypeRef.EnumType enumType) {
            List<String> values = schema(enumType.name(), at).enumValues();
            if (values.stream().noneMatch(defaultValue.get()::equals)) {
                throw at.at("default").error("default '" + defaultValue.get() + "' is not one of the enum values " + values);
            }
        }
        Map<String, Object> ext = property.extensions();
        boolean sensitive = bool(ext.get(Extensions.SENSITIVE), at.at(Extensions.SENSITIVE)).orElse(false);
        Map<String, String> violationCodes = new TreeMap<>();
        Object codes = ext.get(Extensions.VIOLATION_CODES);
        if (codes != null) {
            Pointer codesAt = at.at(Extensions.VIOLATION_CODES);
            if (!(codes instanceof Map<?, ?> map)) {
                throw codesAt.error("must map rule names to error codes");
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String rule = String.valueOf(e.getKey());
                String code = String.valueOf(e.getValue());
                if (!RULE_NAMES.contains(rule)) {
                    throw codesAt.at(rule).error("unknown rule; expected one of " + new java.util.TreeSet<>(RULE_NAMES));
                }
                if (!errors.containsKey(code)) {
                    throw codesAt.at(rule).error("error code '" + code + "' is not declared by any action or the common errors");
                }
                violationCodes.put(rule, code);
            }
        }
        Constraints constraints = readConstraints(property, target, type, at);
        return new MemberModel(wireName, javaName, text(firstNonNull(property.description(), target.description())),
                type, required, constraints, defaultValue, sensitive, violationCodes, names.presence(), names.raw(),
                names.note(), property.deprecated() || target.deprecated());
    }

    private TypeRef readType(SchemaNode schema, Pointer at) {
        Optional<String> ref = refName(schema, at);
        if (ref.isPresent()) {
            SchemaNode target = schema(ref.get(), at);
            if (target.enumValues() != null) {
                return new TypeRef.EnumType(enumName(ref.get()));
            }
            return new TypeRef.ShapeType(ref.get());
        }
        if (schema.enumValues() != null) {
            throw at.at("enum").error("inline enums are not supported: declare the enum as a named schema and $ref it");
        }
        String type = schema.type();
        if (type == null) {
            throw at.error("a property needs a type or a $ref");
        }
        return switch (type) {
            case "string" -> new TypeRef.Scalar(TypeRef.ScalarKind.STRING);
            case "boolean" -> new TypeRef.Scalar(TypeRef.ScalarKind.BOOLEAN);
            case "number" -> new TypeRef.Scalar(TypeRef.ScalarKind.DOUBLE);
            case "integer" -> {
                String format = schema.format();
                if (format == null || "int64".equals(format)) {
                    yield new TypeRef.Scalar(TypeRef.ScalarKind.INT64);
                }
                if ("int32".equals(format)) {
                    yield new TypeRef.Scalar(TypeRef.ScalarKind.INT32);
                }
                throw at.at("format").error("unknown integer format '" + format + "'");
            }
            case "array" -> {
                if (!schema.isArray()) {
                    throw at.error("an array needs items");
                }
                Pointer itemsAt = at.at("items");
                TypeRef element = readType(unwrapAllOf(schema.items(), itemsAt), itemsAt);
                if (element instanceof TypeRef.ListOf) {
                    throw itemsAt.error("lists of lists are not supported");
                }
                yield new TypeRef.ListOf(element);
            }
            case "object" -> throw at.error("inline objects are not supported: declare a named schema and $ref it");
            default -> throw at.at("type").error("unknown type '" + type + "'");
        };
    }

    private String enumName(String schemaName) {
        enumNames.add(schemaName);
        return schemaName;
    }

    private EnumModel readEnum(String name) {
        Pointer at = schemaPointer(name);
        SchemaNode schema = schema(name, at);
        if (!"string".equals(schema.type())) {
            throw at.at("type").error("only string enums are supported");
        }
        Object descriptions = schema.extensions().get(Extensions.ENUM_DESCRIPTIONS);
        Map<?, ?> descriptionMap = descriptions instanceof Map<?, ?> m ? m : Map.of();
        List<EnumModel.EnumValue> values = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (String v : schema.enumValues()) {
            String constant = Names.constantName(v)
                    .orElseThrow(() -> at.at("enum").error("'" + v + "' does not map to a Java constant name"));
            constants.add(constant);
            values.add(new EnumModel.EnumValue(v, text((String) descriptionMap.get(v))));
        }
        checkUnique(constants, at.at("enum"), "constant name");
        if (constants.contains("UNKNOWN_TO_SDK_VERSION")) {
            throw at.at("enum").error("UNKNOWN_TO_SDK_VERSION is reserved for values the SDK does not know");
        }
        return new EnumModel(name, text(schema.description()), values, Optional.empty());
    }

    private Constraints readConstraints(SchemaNode property, SchemaNode target, TypeRef type, Pointer at) {
        SchemaNode s = target.ref() == null ? target : property;
        if (s.exclusiveMinimum() || s.exclusiveMaximum()) {
            throw at.error("exclusiveMinimum/exclusiveMaximum are not supported; use an inclusive bound");
        }
        OptionalLong min = bound(s.minimum(), at.at("minimum"));
        OptionalLong max = bound(s.maximum(), at.at("maximum"));
        boolean integral = type instanceof TypeRef.Scalar scalar
                && (scalar.kind() == TypeRef.ScalarKind.INT64 || scalar.kind() == TypeRef.ScalarKind.INT32);
        if ((min.isPresent() || max.isPresent()) && !integral) {
            throw at.error("minimum/maximum are supported on integers only");
        }
        boolean string = type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.STRING;
        if ((s.minLength() != null || s.maxLength() != null || s.pattern() != null) && !string) {
            throw at.error("minLength/maxLength/pattern are supported on strings only");
        }
        if (s.pattern() != null) {
            try {
                java.util.regex.Pattern.compile(s.pattern());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw at.at("pattern").error("not a valid regular expression: " + e.getDescription());
            }
        }
        if ((s.minItems() != null || s.maxItems() != null) && !(type instanceof TypeRef.ListOf)) {
            throw at.error("minItems/maxItems are supported on arrays only");
        }
        if (min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong()) {
            throw at.error("minimum is greater than maximum");
        }
        return new Constraints(min, max, optionalInt(s.minLength()), optionalInt(s.maxLength()),
                Optional.ofNullable(s.pattern()), optionalInt(s.minItems()), optionalInt(s.maxItems()));
    }

    private List<CrossFieldRule> readRules(Object value, Pointer at, List<MemberModel> members,
            Map<String, ErrorCodeModel> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw at.error("must be a list of rules");
        }
        List<CrossFieldRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Pointer ruleAt = at.at(Integer.toString(i));
            if (!(list.get(i) instanceof Map<?, ?> rule)) {
                throw ruleAt.error("a rule is an object with rule, fields, code and description");
            }
            CrossFieldRule.Kind kind = java.util.Arrays.stream(CrossFieldRule.Kind.values())
                    .filter(k -> k.specName().equals(rule.get("rule")))
                    .findFirst()
                    .orElseThrow(() -> ruleAt.at("rule").error("unknown rule '" + rule.get("rule") + "'"));
            if (!(rule.get("fields") instanceof List<?> fields) || fields.size() != 2) {
                throw ruleAt.at("fields").error("a rule compares exactly two fields");
            }
            for (Object field : fields) {
                MemberModel member = members.stream().filter(m -> m.wireName().equals(field)).findFirst()
                        .orElseThrow(() -> ruleAt.at("fields").error("no member '" + field + "'"));
                if (!(member.type() instanceof TypeRef.Scalar scalar)
                        || !(scalar.kind() == TypeRef.ScalarKind.INT64 || scalar.kind() == TypeRef.ScalarKind.INT32)) {
                    throw ruleAt.at("fields").error("'" + field + "' must be an integer to be compared");
                }
            }
            String code = String.valueOf(rule.get("code"));
            if (!errors.containsKey(code)) {
                throw ruleAt.at("code").error("error code '" + code + "' is not declared by any action or the common errors");
            }
            rules.add(new CrossFieldRule(kind, String.valueOf(fields.get(0)), String.valueOf(fields.get(1)), code,
                    text((String) rule.get("description"))));
        }
        return rules;
    }

    private List<String> readErrorList(Object value, Pointer at, boolean common, Map<String, ErrorCodeModel> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw at.error("must be a list of {code, description}");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Pointer itemAt = at.at(Integer.toString(i));
            if (!(list.get(i) instanceof Map<?, ?> item) || !(item.get("code") instanceof String code) || code.isBlank()) {
                throw itemAt.error("an error needs a code");
            }
            Names.constantName(code).orElseThrow(() -> itemAt.at("code").error("'" + code + "' does not map to a Java constant name"));
            String description = text((String) item.get("description"));
            boolean retryable = bool(item.get(Extensions.RETRYABLE), itemAt.at(Extensions.RETRYABLE)).orElse(false);
            Optional<ErrorKind> declared = errorKind(item.get(Extensions.ERROR_KIND), itemAt.at(Extensions.ERROR_KIND));
            if (declared.isPresent()) {
                ErrorKind earlier = declaredKinds.putIfAbsent(code, declared.get());
                if (earlier != null && earlier != declared.get()) {
                    throw itemAt.at(Extensions.ERROR_KIND).error("'" + code + "' is declared "
                            + earlier.specName() + " elsewhere");
                }
            }
            ErrorCodeModel known = errors.get(code);
            boolean anyRetryable = retryable || (known != null && known.retryable());
            ErrorKind kind = ErrorKind.of(code, anyRetryable, Optional.ofNullable(declaredKinds.get(code)));
            if (known == null) {
                errors.put(code, new ErrorCodeModel(code, description, common, retryable, kind));
            } else {
                errors.put(code, new ErrorCodeModel(code,
                        known.description().isEmpty() ? description : known.description(),
                        known.common() || common, anyRetryable, kind));
            }
            if (codes.contains(code)) {
                throw itemAt.error("'" + code + "' is listed twice");
            }
            codes.add(code);
        }
        return codes;
    }

    private static Optional<ErrorKind> errorKind(Object value, Pointer at) {
        if (value == null) {
            return Optional.empty();
        }
        ErrorKind kind = ErrorKind.fromSpecName(String.valueOf(value)).orElseThrow(() -> at.error("unknown error kind '"
                + value + "': throttling, transient, clock-skew or other"));
        return Optional.of(kind);
    }

    private ValidationCodes readValidationCodes(Map<String, Object> infoExt, Pointer info, Map<String, ErrorCodeModel> errors) {
        Pointer at = info.at(Extensions.VALIDATION_CODES);
        Object value = infoExt.get(Extensions.VALIDATION_CODES);
        if (!(value instanceof Map<?, ?> map)) {
            throw at.error("required: {required: <code>, default: <code>}");
        }
        String required = String.valueOf(map.get("required"));
        String other = String.valueOf(map.get("default"));
        for (String code : List.of(required, other)) {
            if (!errors.containsKey(code)) {
                throw at.error("error code '" + code + "' is not declared by any action or the common errors");
            }
        }
        return new ValidationCodes(required, other);
    }

    /** The generated client has one method per name: actions, their async forms, paginators and waiters must not clash. */
    private static void checkClientMethodNames(List<OperationModel> operations, List<PaginatorModel> paginators,
            List<WaiterModel> waiters) {
        Map<String, Pointer> names = new LinkedHashMap<>();
        List<String> actions = operations.stream().map(OperationModel::action).toList();
        for (OperationModel op : operations) {
            claim(names, Names.methodName(op.action()).orElseThrow(), Pointer.ROOT.at("paths").at("/#" + op.action()));
        }
        for (OperationModel op : operations) {
            claim(names, Names.asyncMethodName(op.action(), actions), Pointer.ROOT.at("paths").at("/#" + op.action()));
        }
        for (PaginatorModel p : paginators) {
            claim(names, Names.paginatorMethodName(p.operation(), actions),
                    Pointer.ROOT.at(Extensions.PAGINATORS).at(p.operation()));
        }
        for (WaiterModel w : waiters) {
            Pointer at = Pointer.ROOT.at(Extensions.WAITERS).at(w.name());
            claim(names, Names.waiterMethodName(w.name()), at);
            if (w.startedBy().isPresent()) {
                claim(names, Names.startAndWaitMethodName(w.startedBy().get().operation(), actions), at.at("startedBy"));
            }
        }
    }

    private static void claim(Map<String, Pointer> names, String method, Pointer at) {
        Pointer earlier = names.putIfAbsent(method, at);
        if (earlier != null) {
            throw at.error("the client method '" + method + "' is also generated for " + earlier);
        }
    }

    private static void checkUnique(List<String> names, Pointer at, String what) {
        Set<String> seen = new java.util.HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw at.error("two entries map to the same " + what + " '" + name + "'");
            }
        }
    }

    /** {@code {description, default, allOf: [$ref]}} is how a $ref gets a description and a default in 3.0. */
    private static SchemaNode unwrapAllOf(SchemaNode schema, Pointer at) {
        if (schema.isComposed()) {
            List<SchemaNode> allOf = schema.composition("allOf");
            if (allOf != null && allOf.size() == 1
                    && schema.composition("oneOf") == null && schema.composition("anyOf") == null) {
                return allOf.get(0);
            }
            throw at.error("composition (allOf/oneOf/anyOf) is supported only as allOf with a single $ref");
        }
        return schema;
    }

    private Optional<String> refName(SchemaNode schema, Pointer at) {
        if (schema == null || schema.ref() == null) {
            return Optional.empty();
        }
        String ref = schema.ref();
        if (!ref.startsWith(SCHEMA_REF_PREFIX)) {
            throw at.at("$ref").error("only local refs to " + SCHEMA_REF_PREFIX + "... are supported, found '" + ref + "'");
        }
        String name = ref.substring(SCHEMA_REF_PREFIX.length());
        schema(name, at.at("$ref"));
        return Optional.of(name);
    }

    private SchemaNode schema(String name, Pointer from) {
        JsonNode components = object(api, "components", Pointer.ROOT);
        JsonNode schemas = components == null ? null : object(components, "schemas", Pointer.ROOT.at("components"));
        JsonNode schema = schemas == null ? null : schemas.get(name);
        if (schema == null || schema.isNull()) {
            throw from.error("dangling $ref: no schema '" + name + "' under /components/schemas");
        }
        return new SchemaNode(schema, schemaPointer(name));
    }

    private static Pointer schemaPointer(String name) {
        return Pointer.ROOT.at("components").at("schemas").at(name);
    }

    /** The application/json media type of a request body or response, or null. */
    private static JsonNode mediaType(JsonNode holder, Pointer at) {
        JsonNode content = object(holder, "content", at);
        return content == null ? null : object(content, JSON, at.at("content"));
    }

    /** A media type's schema, or null. */
    private static SchemaNode schemaNode(JsonNode media, Pointer at) {
        JsonNode schema = media.get("schema");
        return schema == null || schema.isNull() ? null : new SchemaNode(schema, at);
    }

    /** The object under {@code key}, or null when absent. */
    private static JsonNode object(JsonNode holder, String key, Pointer holderAt) {
        JsonNode value = holder.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw holderAt.at(key).error("must be an object");
        }
        return value;
    }

    /** The text under {@code key}, or null when absent. */
    private static String string(JsonNode holder, String key, Pointer holderAt) {
        JsonNode value = holder.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw holderAt.at(key).error("must be a string");
        }
        return value.textValue();
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return new ArrayList<>(object.properties());
    }

    private static String requiredString(Map<String, Object> ext, String key, Pointer at) {
        Object value = ext.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw at.error(key + " is required and must be a non-empty string");
        }
        return s;
    }

    private static Optional<Boolean> bool(Object value, Pointer at) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean b)) {
            throw at.error("must be true or false");
        }
        return Optional.of(b);
    }

    private static OptionalInt integer(Object value, Pointer at) {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (!(value instanceof Integer i)) {
            throw at.error("must be an integer");
        }
        return OptionalInt.of(i);
    }

    private static OptionalLong bound(BigDecimal value, Pointer at) {
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.longValueExact());
        } catch (ArithmeticException e) {
            throw at.error("must be an integer within the int64 range");
        }
    }

    private static OptionalInt optionalInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
