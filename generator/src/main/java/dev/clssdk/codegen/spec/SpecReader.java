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
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
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
 * Reads an OpenAPI document with swagger-parser and turns it into the immutable
 * {@link ServiceModel}. Everything the generator does not support stops here with a
 * {@link SpecException}, so emitters can trust the model.
 */
public final class SpecReader {

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final String JSON = "application/json";
    private static final Set<String> RULE_NAMES =
            Set.of("required", "minimum", "maximum", "minLength", "maxLength", "pattern", "enum",
                    "minItems", "maxItems", "items", "lessThanOrEqual");

    private final OpenAPI api;
    private final String javaPackage;
    private final Map<String, ShapeRole> shapeRoles = new TreeMap<>();
    private final Set<String> enumNames = new java.util.TreeSet<>();
    private final Map<String, ErrorKind> declaredKinds = new TreeMap<>();

    private SpecReader(OpenAPI api, String javaPackage) {
        this.api = api;
        this.javaPackage = javaPackage;
    }

    /**
     * Parses the spec text and builds the model.
     *
     * @param specText    the YAML or JSON text
     * @param javaPackage the base package of the generated code, or null for {@code dev.clssdk.<service>}
     * @throws SpecException if the parser reports any message or the spec uses something unsupported
     */
    public static ServiceModel read(String specText, String javaPackage) {
        SwaggerParseResult result = parse(specText);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            throw Pointer.ROOT.error("not an OpenAPI 3 document" + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
        }
        // Our own checks name the exact place, so they run first; the parser's messages
        // (which must be none for a clean spec) are reported when ours find nothing.
        ServiceModel model = new SpecReader(result.getOpenAPI(), javaPackage).readService();
        if (!messages.isEmpty()) {
            throw Pointer.ROOT.error("the OpenAPI parser reported: " + String.join("; ", messages));
        }
        return model;
    }

    /**
     * The parser's own view of the text, for callers that check its messages. A YAML text goes to
     * swagger-parser as the tree it would make of it itself ({@link YamlTree}), which is what
     * {@code readContents} does with that tree when nothing is to be resolved or flattened.
     */
    public static SwaggerParseResult parse(String specText) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        Optional<JsonNode> tree = specText.trim().startsWith("{") ? Optional.empty() : YamlTree.read(specText);
        if (tree.isPresent()) {
            try {
                return new OpenAPIDeserializer().deserialize(tree.get(), null, options, options.isOaiAuthor());
            } catch (RuntimeException e) {
                // readContents turns this into a message in its own words: let it.
            }
        }
        return new OpenAPIV3Parser().readContents(specText, null, options);
    }

    private ServiceModel readService() {
        Pointer info = Pointer.ROOT.at("info");
        if (api.getInfo() == null) {
            throw info.error("info is required");
        }
        Map<String, Object> infoExt = extensions(api.getInfo().getExtensions());
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
        if (api.getPaths() == null || api.getPaths().isEmpty()) {
            throw paths.error("the spec defines no actions");
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            Pointer pathPointer = paths.at(path.getKey());
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                Pointer opPointer = pathPointer.at(op.getKey().name().toLowerCase(java.util.Locale.ROOT));
                if (op.getKey() != PathItem.HttpMethod.POST) {
                    throw opPointer.error("every action is POST /; found " + op.getKey());
                }
                operations.add(readOperation(op.getValue(), opPointer, errors));
            }
        }
        // Read last, so that an action's own description of a code (x-tc-errors) wins over the catalogue's.
        readErrorList(infoExt.get(Extensions.SERVICE_ERRORS), info.at(Extensions.SERVICE_ERRORS), false, errors);
        operations.sort(Comparator.comparing(OperationModel::action));
        checkUnique(operations.stream().map(OperationModel::action).toList(), paths, "x-tc-action");

        ValidationCodes validationCodes = readValidationCodes(infoExt, info, errors);
        List<ShapeModel> shapes = readShapes(errors);
        List<EnumModel> enums = enumNames.stream().map(this::readEnum).toList();
        Map<String, Object> rootExt = extensions(api.getExtensions());
        PagingReader paging = new PagingReader(operations, shapes, enums);
        List<PaginatorModel> paginators = rootExt.get(Extensions.PAGINATORS) == null ? List.of()
                : paging.paginators(rootExt.get(Extensions.PAGINATORS));
        List<WaiterModel> waiters = rootExt.get(Extensions.WAITERS) == null ? List.of()
                : paging.waiters(rootExt.get(Extensions.WAITERS), paginators);
        checkClientMethodNames(operations, paginators, waiters);
        return renameTypes(new ServiceModel(service, text(api.getInfo().getTitle()), apiVersion, revision, readDefaultHost(),
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
        if (api.getServers() == null || api.getServers().isEmpty()) {
            throw at.error("the spec needs a server: its host is the default endpoint");
        }
        String url = api.getServers().get(0).getUrl();
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

    private OperationModel readOperation(Operation op, Pointer at, Map<String, ErrorCodeModel> errors) {
        Map<String, Object> ext = extensions(op.getExtensions());
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

        String input = readRequestShape(op.getRequestBody(), at.at("requestBody"));
        String output = readResponseShape(op, at.at("responses"));
        markShape(input, ShapeRole.INPUT, at.at("requestBody"));
        markShape(output, ShapeRole.OUTPUT, at.at("responses"));
        return new OperationModel(action, text(op.getSummary()), text(op.getDescription()),
                input, output, idempotent, rateLimit, codes, Boolean.TRUE.equals(op.getDeprecated()));
    }

    private String readRequestShape(RequestBody body, Pointer at) {
        if (body == null || body.getContent() == null || body.getContent().get(JSON) == null) {
            throw at.error("an action needs an application/json request body");
        }
        Pointer schema = at.at("content").at(JSON).at("schema");
        return refName(body.getContent().get(JSON).getSchema(), schema)
                .orElseThrow(() -> schema.error("the request body must be a $ref to a named schema"));
    }

    /** The 200 answer is a success envelope, or oneOf a success envelope and the error envelope. */
    private String readResponseShape(Operation op, Pointer at) {
        ApiResponse ok = op.getResponses() == null ? null : op.getResponses().get("200");
        Pointer okPointer = at.at("200");
        MediaType media = ok == null || ok.getContent() == null ? null : ok.getContent().get(JSON);
        if (media == null || media.getSchema() == null) {
            throw okPointer.error("an action needs a 200 application/json response");
        }
        Pointer schemaPointer = okPointer.at("content").at(JSON).at("schema");
        List<Schema<?>> candidates = media.getSchema() instanceof ComposedSchema composed && composed.getOneOf() != null
                ? typed(composed.getOneOf())
                : List.of(media.getSchema());
        String output = null;
        for (Schema<?> candidate : candidates) {
            String envelopeName = refName(candidate, schemaPointer)
                    .orElseThrow(() -> schemaPointer.error("envelopes must be $refs to named schemas"));
            Pointer envelopeAt = schemaPointer(envelopeName);
            Schema<?> envelope = schema(envelopeName, schemaPointer);
            Object kind = extensions(envelope.getExtensions()).get(Extensions.ENVELOPE);
            if ("success".equals(kind)) {
                if (output != null) {
                    throw schemaPointer.error("more than one success envelope");
                }
                Schema<?> response = envelope.getProperties() == null ? null : (Schema<?>) envelope.getProperties().get("Response");
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
        Schema<?> schema = schema(name, from);
        Pointer at = schemaPointer(name);
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema<?>> property : typed(schema.getProperties()).entrySet()) {
                markReferencedTypes(property.getValue(), merged, at.at("properties").at(property.getKey()));
            }
        }
    }

    private void markReferencedTypes(Schema<?> property, ShapeRole role, Pointer at) {
        Schema<?> target = unwrapAllOf(property, at);
        if (target instanceof ArraySchema array) {
            markReferencedTypes(array.getItems(), role, at.at("items"));
            return;
        }
        Optional<String> ref = refName(target, at);
        if (ref.isEmpty()) {
            return;
        }
        Schema<?> referenced = schema(ref.get(), at);
        if (referenced.getEnum() != null) {
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
        Schema<?> schema = schema(name, at);
        if (schema.getType() != null && !"object".equals(schema.getType())) {
            throw at.at("type").error("a structure must have type object");
        }
        Set<String> required = schema.getRequired() == null ? Set.of() : new LinkedHashSet<>(schema.getRequired());
        List<MemberModel> members = new ArrayList<>();
        Map<String, Schema<?>> properties = typed(schema.getProperties());
        List<MemberNames.Member> keys = new ArrayList<>();
        for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
            Pointer propertyAt = at.at("properties").at(property.getKey());
            TypeRef type = readType(unwrapAllOf(property.getValue(), propertyAt), propertyAt);
            keys.add(new MemberNames.Member(property.getKey(), type instanceof TypeRef.ListOf,
                    type instanceof TypeRef.EnumType));
        }
        List<MemberNames.Assigned> names = MemberNames.assign(keys);
        int index = 0;
        for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
            members.add(readMember(property.getKey(), names.get(index++), property.getValue(),
                    required.contains(property.getKey()), at.at("properties").at(property.getKey()), errors));
        }
        for (String r : required) {
            if (!properties.containsKey(r)) {
                throw at.at("required").error("'" + r + "' is required but not a property");
            }
        }
        checkUnique(members.stream().map(MemberModel::javaName).toList(), at, "Java member name");
        List<CrossFieldRule> rules = readRules(extensions(schema.getExtensions()).get(Extensions.RULES),
                at.at(Extensions.RULES), members, errors);
        return new ShapeModel(name, text(schema.getDescription()), role, members, rules, Optional.empty());
    }

    private MemberModel readMember(String wireName, MemberNames.Assigned names, Schema<?> property, boolean required,
            Pointer at, Map<String, ErrorCodeModel> errors) {
        String javaName = names.name();
        Schema<?> target = unwrapAllOf(property, at);
        TypeRef type = readType(target, at);
        Optional<String> defaultValue = Optional.ofNullable(property.getDefault())
                .or(() -> Optional.ofNullable(target.getDefault()))
                .map(String::valueOf);
        if (defaultValue.isPresent() && type instanceof TypeRef.EnumType enumType) {
            List<?> values = schema(enumType.name(), at).getEnum();
            if (values.stream().map(String::valueOf).noneMatch(defaultValue.get()::equals)) {
                throw at.at("default").error("default '" + defaultValue.get() + "' is not one of the enum values " + values);
            }
        }
        Map<String, Object> ext = extensions(property.getExtensions());
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
        return new MemberModel(wireName, javaName, text(firstNonNull(property.getDescription(), target.getDescription())),
                type, required, constraints, defaultValue, sensitive, violationCodes, names.presence(), names.raw(),
                names.note(), Boolean.TRUE.equals(property.getDeprecated()) || Boolean.TRUE.equals(target.getDeprecated()));
    }

    private TypeRef readType(Schema<?> schema, Pointer at) {
        Optional<String> ref = refName(schema, at);
        if (ref.isPresent()) {
            Schema<?> target = schema(ref.get(), at);
            if (target.getEnum() != null) {
                return new TypeRef.EnumType(enumName(ref.get()));
            }
            return new TypeRef.ShapeType(ref.get());
        }
        if (schema.getEnum() != null) {
            throw at.at("enum").error("inline enums are not supported: declare the enum as a named schema and $ref it");
        }
        String type = schema.getType();
        if (type == null) {
            throw at.error("a property needs a type or a $ref");
        }
        return switch (type) {
            case "string" -> new TypeRef.Scalar(TypeRef.ScalarKind.STRING);
            case "boolean" -> new TypeRef.Scalar(TypeRef.ScalarKind.BOOLEAN);
            case "number" -> new TypeRef.Scalar(TypeRef.ScalarKind.DOUBLE);
            case "integer" -> {
                String format = schema.getFormat();
                if (format == null || "int64".equals(format)) {
                    yield new TypeRef.Scalar(TypeRef.ScalarKind.INT64);
                }
                if ("int32".equals(format)) {
                    yield new TypeRef.Scalar(TypeRef.ScalarKind.INT32);
                }
                throw at.at("format").error("unknown integer format '" + format + "'");
            }
            case "array" -> {
                if (!(schema instanceof ArraySchema array) || array.getItems() == null) {
                    throw at.error("an array needs items");
                }
                Pointer itemsAt = at.at("items");
                TypeRef element = readType(unwrapAllOf(array.getItems(), itemsAt), itemsAt);
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
        Schema<?> schema = schema(name, at);
        if (!"string".equals(schema.getType())) {
            throw at.at("type").error("only string enums are supported");
        }
        Object descriptions = extensions(schema.getExtensions()).get(Extensions.ENUM_DESCRIPTIONS);
        Map<?, ?> descriptionMap = descriptions instanceof Map<?, ?> m ? m : Map.of();
        List<EnumModel.EnumValue> values = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (Object value : schema.getEnum()) {
            String v = String.valueOf(value);
            String constant = Names.constantName(v)
                    .orElseThrow(() -> at.at("enum").error("'" + v + "' does not map to a Java constant name"));
            constants.add(constant);
            values.add(new EnumModel.EnumValue(v, text((String) descriptionMap.get(v))));
        }
        checkUnique(constants, at.at("enum"), "constant name");
        if (constants.contains("UNKNOWN_TO_SDK_VERSION")) {
            throw at.at("enum").error("UNKNOWN_TO_SDK_VERSION is reserved for values the SDK does not know");
        }
        return new EnumModel(name, text(schema.getDescription()), values, Optional.empty());
    }

    private Constraints readConstraints(Schema<?> property, Schema<?> target, TypeRef type, Pointer at) {
        Schema<?> s = target.get$ref() == null ? target : property;
        if (Boolean.TRUE.equals(s.getExclusiveMinimum()) || Boolean.TRUE.equals(s.getExclusiveMaximum())) {
            throw at.error("exclusiveMinimum/exclusiveMaximum are not supported; use an inclusive bound");
        }
        OptionalLong min = bound(s.getMinimum(), at.at("minimum"));
        OptionalLong max = bound(s.getMaximum(), at.at("maximum"));
        boolean integral = type instanceof TypeRef.Scalar scalar
                && (scalar.kind() == TypeRef.ScalarKind.INT64 || scalar.kind() == TypeRef.ScalarKind.INT32);
        if ((min.isPresent() || max.isPresent()) && !integral) {
            throw at.error("minimum/maximum are supported on integers only");
        }
        boolean string = type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.STRING;
        if ((s.getMinLength() != null || s.getMaxLength() != null || s.getPattern() != null) && !string) {
            throw at.error("minLength/maxLength/pattern are supported on strings only");
        }
        if (s.getPattern() != null) {
            try {
                java.util.regex.Pattern.compile(s.getPattern());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw at.at("pattern").error("not a valid regular expression: " + e.getDescription());
            }
        }
        if ((s.getMinItems() != null || s.getMaxItems() != null) && !(type instanceof TypeRef.ListOf)) {
            throw at.error("minItems/maxItems are supported on arrays only");
        }
        if (min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong()) {
            throw at.error("minimum is greater than maximum");
        }
        return new Constraints(min, max, optionalInt(s.getMinLength()), optionalInt(s.getMaxLength()),
                Optional.ofNullable(s.getPattern()), optionalInt(s.getMinItems()), optionalInt(s.getMaxItems()));
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
    private static Schema<?> unwrapAllOf(Schema<?> schema, Pointer at) {
        if (schema instanceof ComposedSchema composed) {
            if (composed.getAllOf() != null && composed.getAllOf().size() == 1
                    && composed.getOneOf() == null && composed.getAnyOf() == null) {
                return composed.getAllOf().get(0);
            }
            throw at.error("composition (allOf/oneOf/anyOf) is supported only as allOf with a single $ref");
        }
        return schema;
    }

    private Optional<String> refName(Schema<?> schema, Pointer at) {
        if (schema == null || schema.get$ref() == null) {
            return Optional.empty();
        }
        String ref = schema.get$ref();
        if (!ref.startsWith(SCHEMA_REF_PREFIX)) {
            throw at.at("$ref").error("only local refs to " + SCHEMA_REF_PREFIX + "... are supported, found '" + ref + "'");
        }
        String name = ref.substring(SCHEMA_REF_PREFIX.length());
        schema(name, at.at("$ref"));
        return Optional.of(name);
    }

    private Schema<?> schema(String name, Pointer from) {
        var schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        Schema<?> schema = schemas == null ? null : schemas.get(name);
        if (schema == null) {
            throw from.error("dangling $ref: no schema '" + name + "' under /components/schemas");
        }
        return schema;
    }

    private static Pointer schemaPointer(String name) {
        return Pointer.ROOT.at("components").at("schemas").at(name);
    }

    /** swagger-parser's raw {@code Schema} lists, typed; the order kept. */
    private static List<Schema<?>> typed(List<?> raw) {
        List<Schema<?>> out = new ArrayList<>(raw.size());
        for (Object schema : raw) {
            out.add((Schema<?>) schema);
        }
        return out;
    }

    /** swagger-parser's raw {@code Schema} maps, typed; the order kept; empty for {@code null}. */
    private static Map<String, Schema<?>> typed(Map<String, ?> raw) {
        Map<String, Schema<?>> out = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, schema) -> out.put(name, (Schema<?>) schema));
        }
        return out;
    }

    private static Map<String, Object> extensions(Map<String, Object> ext) {
        return ext == null ? Map.of() : new LinkedHashMap<>(ext);
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
