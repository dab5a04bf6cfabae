package dev.clssdk.codegen.poet;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.Constraints;
import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * A request, response or data type: an immutable final class on the core's {@code Struct}. A type
 * callers send (a request, or a type inside one) has a builder on the core's {@code StructBuilder};
 * a type only the server sends (every response, and the models only responses hold) has none, but a
 * static {@code create()} and one {@code withX(value)} per member returning a changed copy, so that
 * it stays constructible (to stub a client in tests) at the cost of one class instead of two (278
 * builder classes fewer in the whole-service SDK). The class registers a {@code Schema} from one
 * description string (each member's wire name and type and, for inputs, the API's rules) and has
 * typed accessors and builder methods or withers over member indexes; the core's one validator, JSON
 * writer and reader, {@code equals}, {@code hashCode} and {@code toString} act on every type from
 * its schema. Enum members keep the raw wire string, so values unknown to this SDK version survive a
 * round trip.
 */
public final class ShapeClassSpec implements Emitter {

    private static final String SHAPE = "dev.clssdk.core.shape";
    static final ClassName STRUCT = ClassName.get(SHAPE, "Struct");
    static final ClassName STRUCT_BUILDER = ClassName.get(SHAPE, "StructBuilder");
    static final ClassName SCHEMA = ClassName.get(SHAPE, "Schema");

    private final GeneratedTypes types;
    private final ServiceModel service;
    private final List<String> clashingCoreNames;
    private final Set<String> requests;

    public ShapeClassSpec(GeneratedTypes types, ServiceModel service) {
        this.types = types;
        this.service = service;
        Set<String> generated = new HashSet<>();
        service.shapes().forEach(shape -> generated.add(types.shape(shape.name()).simpleName()));
        service.enums().forEach(enumModel -> generated.add(types.enumType(enumModel.name()).simpleName()));
        // A generated type may share a simple name with a core type it is written against.
        this.requests = service.operations().stream().map(OperationModel::inputShape).collect(Collectors.toUnmodifiableSet());
        this.clashingCoreNames = Stream.of(STRUCT, STRUCT_BUILDER, SCHEMA)
                .map(ClassName::simpleName)
                .filter(generated::contains)
                .toList();
    }

    /**
     * One file per shape of the service this emitter was made for. Each class is built alone from the
     * immutable model, so on every core; the list keeps the model's order.
     */
    @Override
    public List<JavaFile> emit(ServiceModel service) {
        if (service != this.service) {
            throw new IllegalArgumentException("this emitter was made for service " + this.service.service());
        }
        return service.shapes().parallelStream().map(shape -> Emitter.file(types.modelPackage(), build(shape))).toList();
    }

    public TypeSpec build(ShapeModel shape) {
        return shape.validated() ? withBuilder(shape) : withWithers(shape);
    }

    /** A type callers send: a builder, whose {@code build()} checks the API's rules. */
    private TypeSpec withBuilder(ShapeModel shape) {
        ClassName self = types.shape(shape.name());
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder spec = classStart(shape, self, CodeBlock.of("\n<p>Immutable; create one with {@link #builder()}$L.\n",
                requests.contains(shape.name()) ? ", which checks every rule of the API before anything is sent"
                : "; its rules are checked when the request holding it is built"));
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("super(builder)")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A new, empty builder.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T(null)", builder)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder that starts with this instance's values.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        List<MemberModel> members = shape.members();
        for (int i = 0; i < members.size(); i++) {
            MemberModel member = members.get(i);
            for (MethodSpec accessor : accessors(member, i, true)) {
                spec.addMethod(deprecatedIfMarked(member, accessor));
            }
        }
        spec.addType(builderType(shape, self, builder));
        return spec.build();
    }

    /**
     * A type only the server sends: no builder, but {@code create()} and a wither per member, all on one
     * private constructor of the values, which the core reaches through {@code make(Object[])} (to read
     * JSON, and for {@code Struct.with}). Nothing is checked: values from the server are never rejected.
     */
    private TypeSpec withWithers(ShapeModel shape) {
        ClassName self = types.shape(shape.name());
        TypeSpec.Builder spec = classStart(shape, self, CodeBlock.of(
                "\n<p>Immutable; the server sends it. To make one (to stub a client in tests), start from\n"
                + "{@link #create()}: each {@code with} method returns a copy with one member changed.\n"));
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Object[].class, "values")
                .addStatement("super(values)")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("create")
                .addJavadoc("An instance with no member set.\n\n@return the instance\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addStatement("return new $T(null)", self)
                .build());
        // Returns Struct, not the type: a covariant return would compile a bridge method into every class.
        spec.addMethod(MethodSpec.methodBuilder("make")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(Object[].class, "values")
                .returns(STRUCT)
                .addStatement("return new $T(values)", self)
                .build());
        List<MemberModel> members = shape.members();
        for (int i = 0; i < members.size(); i++) {
            MemberModel member = members.get(i);
            for (MethodSpec accessor : accessors(member, i, false)) {
                spec.addMethod(deprecatedIfMarked(member, accessor));
            }
            for (MethodSpec wither : withers(member, i, self)) {
                spec.addMethod(deprecatedIfMarked(member, wither));
            }
        }
        return spec.build();
    }

    /**
     * What both kinds of class start with: the declaration, the Javadoc from the spec followed by how
     * an instance is made ({@code making}), and the schema's registration.
     */
    private TypeSpec.Builder classStart(ShapeModel shape, ClassName self, CodeBlock making) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(STRUCT)
                .addAnnotation(Annotations.generated())
                .addJavadoc("$L\n", Javadoc.sentence(shape.description(), shape.name()))
                .addJavadoc("$L", shape.namingNote().map(n -> "\n<p>" + n + "\n").orElse(""))
                .addJavadoc(making);
        if (!clashingCoreNames.isEmpty()) {
            spec.alwaysQualify(clashingCoreNames.toArray(new String[0]));
        }
        // Registered for the class, not held in a field: a builder names its type instead (see StructBuilder).
        spec.addStaticBlock(CodeBlock.of("$L;\n", schema(shape, self)));
        return spec;
    }

    /**
     * The schema's registration, with the core's description text (see {@code Schema.register}): a header
     * line (the role, the type's API name and, for an input, the error codes), then one line per member in
     * wire order, with its rules when the type is an input. One string constant instead of a
     * {@code Member} made by calls per member and the named classes as class literals: the whole-service
     * jar is 102 KB smaller.
     */
    private CodeBlock schema(ShapeModel shape, ClassName self) {
        String role = !shape.validated() ? "output" : requests.contains(shape.name()) ? "request" : "input";
        StringBuilder text = new StringBuilder(role).append(' ').append(shape.name());
        if (shape.validated()) {
            text.append(' ').append(service.validationCodes().required()).append(' ').append(service.validationCodes().other());
        }
        for (MemberModel member : shape.members()) {
            if (member.wireName().isEmpty() || member.wireName().chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalStateException(shape.name() + ": wire name '" + member.wireName() + "' cannot be described");
            }
            text.append('\n').append(member.wireName()).append(' ').append(typeText(member.type(), self));
            String rules = rules(shape, member);
            if (!rules.isEmpty()) {
                text.append(' ').append(rules);
            }
        }
        return CodeBlock.of("$T.register($T.class, $S)", SCHEMA, self, text.toString());
    }

    /** A member's type in the description: generated classes by their binary name within the package. */
    private String typeText(TypeRef type, ClassName self) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "string";
                case INT64 -> "int64";
                case INT32 -> "int32";
                case BOOLEAN -> "boolean";
                default -> "double";
            };
        }
        if (type instanceof TypeRef.ListOf list) {
            return "list<" + typeText(list.element(), self) + ">";
        }
        ClassName name = type instanceof TypeRef.EnumType enumType ? types.enumType(enumType.name())
                : types.shape(((TypeRef.ShapeType) type).name());
        if (!name.packageName().equals(self.packageName())) {
            throw new IllegalStateException(self + " names " + name + ", outside its package, which a description cannot");
        }
        String relative = name.reflectionName().substring(name.packageName().length() + 1);
        if (Set.of("string", "int64", "int32", "boolean", "double").contains(relative)) {
            throw new IllegalStateException(name + " has the name of a scalar type in schema descriptions");
        }
        return relative;
    }

    /** A member's rules in the core's rule text (see {@code Member.of(String, WireType, String)}); empty if none. */
    private String rules(ShapeModel shape, MemberModel member) {
        List<String> rules = new ArrayList<>();
        if (shape.validated() && member.required()) {
            rules.add("required");
        }
        if (member.sensitive()) {
            rules.add("sensitive");
        }
        String pattern = null;
        if (shape.validated()) {
            Constraints c = member.constraints();
            c.minimum().ifPresent(v -> rules.add("minimum=" + v));
            c.maximum().ifPresent(v -> rules.add("maximum=" + v));
            c.minLength().ifPresent(v -> rules.add("minLength=" + v));
            c.maxLength().ifPresent(v -> rules.add("maxLength=" + v));
            c.minItems().ifPresent(v -> rules.add("minItems=" + v));
            c.maxItems().ifPresent(v -> rules.add("maxItems=" + v));
            Map<String, String> codes = new TreeMap<>(member.violationCodes());
            List<CrossFieldRule> crossRules = shape.rules().stream().filter(r -> r.left().equals(member.wireName())).toList();
            if (crossRules.size() > 1) {
                throw new IllegalStateException(shape.name() + "." + member.wireName() + " is the left side of more than one rule");
            }
            for (CrossFieldRule rule : crossRules) {
                if (rule.kind() != CrossFieldRule.Kind.LESS_THAN_OR_EQUAL) {
                    throw new IllegalStateException("no core check for " + rule.kind());
                }
                rules.add(rule.kind().specName() + "=" + rule.right());
                codes.put(rule.kind().specName(), rule.errorCode());
            }
            codes.forEach((rule, code) -> {
                String fallback = "required".equals(rule) ? service.validationCodes().required() : service.validationCodes().other();
                if (!code.equals(fallback)) {
                    rules.add("code:" + rule + "=" + code);
                }
            });
            pattern = c.pattern().orElse(null);
        }
        if (pattern != null) {
            // The description's lines end at a line feed; the pattern runs to the end of its line.
            if (pattern.indexOf('\n') >= 0) {
                throw new IllegalStateException(shape.name() + "." + member.wireName() + ": a pattern holding a line feed cannot be described");
            }
            rules.add("pattern=" + pattern);
        }
        return String.join(" ", rules);
    }

    private List<MethodSpec> accessors(MemberModel member, int index, boolean input) {
        String name = member.javaName();
        String doc = MemberDoc.describe(member, input);
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            TypeName enumType = types.javaType(member.type());
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n<p>A value this SDK version does not know reads as {@code UNKNOWN_TO_SDK_VERSION};\n", doc)
                    .addJavadoc("{@link #$N} has the raw string.\n\n@return the value, or {@code null} if not set\n",
                            member.rawName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(enumType)
                    .addStatement("return $T.fromValue(get($L))", enumType, index)
                    .build());
            methods.add(MethodSpec.methodBuilder(member.rawName())
                    .addJavadoc("$L\n\n@return the raw wire value, or {@code null} if not set\n", doc)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return get($L)", index)
                    .build());
        } else if (member.type() instanceof TypeRef.ListOf) {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@return an unmodifiable list, empty if not set (see {@link #$N})\n",
                            doc, member.presenceName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.javaType(member.type()))
                    .addStatement("return getList($L)", index)
                    .build());
            methods.add(MethodSpec.methodBuilder(member.presenceName())
                    .addJavadoc("Whether {@code $L} was set, as opposed to absent.\n\n@return {@code true} if set\n",
                            member.wireName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return has($L)", index)
                    .build());
        } else {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@return the value, or {@code null} if not set\n", doc)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.javaType(member.type()))
                    .addStatement("return get($L)", index)
                    .build());
        }
        return methods;
    }

    /** A member the spec marks deprecated (Tencent: disabled) keeps working, flagged in its methods. */
    private static MethodSpec deprecatedIfMarked(MemberModel member, MethodSpec method) {
        if (!member.deprecated()) {
            return method;
        }
        return method.toBuilder()
                .addAnnotation(Deprecated.class)
                .addJavadoc("@deprecated the API marks {@code $L} deprecated (Tencent: disabled); it may stop being honoured\n",
                        member.wireName())
                .build();
    }

    private TypeSpec builderType(ShapeModel shape, ClassName self, ClassName builder) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(STRUCT_BUILDER, self))
                .addJavadoc("Builds {@link $T}; not thread-safe.\n", self);
        // One constructor for the empty builder and toBuilder(): each constructor costs the jar ~35 B.
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source")
                .addStatement("super($T.class, source)", self)
                .build());
        List<MemberModel> members = shape.members();
        for (int i = 0; i < members.size(); i++) {
            MemberModel member = members.get(i);
            for (MethodSpec setter : setters(member, i, builder)) {
                spec.addMethod(deprecatedIfMarked(member, setter));
            }
        }
        // Not an override: StructBuilder declares no build(), so no bridge method is compiled in.
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        if (requests.contains(shape.name())) {
            build.addJavadoc("Checks every rule of the API, in everything the request holds, and builds the instance.\n\n")
                    .addJavadoc("@return the instance\n")
                    .addJavadoc("@throws $T listing every broken rule, if any\n", CoreTypes.VALIDATION_EXCEPTION);
        } else {
            build.addJavadoc("Builds the instance; its rules are checked when the request holding it is built.\n\n")
                    .addJavadoc("@return the instance\n");
        }
        spec.addMethod(build.addStatement("return new $T(this)", self).build());
        return spec.build();
    }

    private List<MethodSpec> setters(MemberModel member, int index, ClassName builder) {
        String name = member.javaName();
        String doc = MemberDoc.describe(member, true);
        TypeName storage = types.storageType(member.type());
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@param $N the value, or {@code null} to leave it unset\n@return this builder\n", doc, name)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(types.javaType(member.type()), name)
                    .returns(builder)
                    .addStatement("setEnum($L, $N)", index, name)
                    .addStatement("return this")
                    .build());
        }
        if (member.type() instanceof TypeRef.Scalar && storage.isBoxedPrimitive()) {
            // So that count(100) compiles: an int literal does not convert to Long.
            methods.add(MethodSpec.methodBuilder(name)
                    .addJavadoc("$L\n\n@param $N the value\n@return this builder\n", doc, name)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(storage.unbox(), name)
                    .returns(builder)
                    .addStatement("set($L, $N)", index, name)
                    .addStatement("return this")
                    .build());
        }
        methods.add(MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@param $N the $L, or {@code null} to leave it unset\n@return this builder\n", doc, name,
                        member.type() instanceof TypeRef.EnumType ? "raw wire value" : "value")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(storage, name)
                .returns(builder)
                .addStatement(member.type() instanceof TypeRef.ListOf ? "setList($L, $N)" : "set($L, $N)", index, name)
                .addStatement("return this")
                .build());
        return methods;
    }

    /**
     * The withers of a member of a type only the server sends, overloaded as the builder methods of an
     * input are: an enum constant or its raw string; a primitive (so that {@code withCount(100)}
     * compiles) or the boxed value, whose {@code null} leaves the member unset. A list is copied and
     * made unmodifiable by the core, as a builder does.
     */
    private List<MethodSpec> withers(MemberModel member, int index, ClassName self) {
        String name = member.javaName();
        String method = witherName(member);
        String doc = MemberDoc.describe(member, false);
        String returns = "@return a copy of this instance with {@code " + member.wireName() + "} changed; this instance is unchanged\n";
        TypeName storage = types.storageType(member.type());
        List<MethodSpec> methods = new ArrayList<>();
        if (member.type() instanceof TypeRef.EnumType) {
            methods.add(MethodSpec.methodBuilder(method)
                    .addJavadoc("$L\n\n@param $N the value, or {@code null} to leave it unset\n$L", doc, name, returns)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(types.javaType(member.type()), name)
                    .returns(self)
                    .addStatement("return withEnum($L, $N)", index, name)
                    .build());
        }
        if (member.type() instanceof TypeRef.Scalar && storage.isBoxedPrimitive()) {
            methods.add(MethodSpec.methodBuilder(method)
                    .addJavadoc("$L\n\n@param $N the value\n$L", doc, name, returns)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(storage.unbox(), name)
                    .returns(self)
                    .addStatement("return with($L, $N)", index, name)
                    .build());
        }
        methods.add(MethodSpec.methodBuilder(method)
                .addJavadoc("$L\n\n@param $N the $L, or {@code null} to leave it unset\n$L", doc, name,
                        member.type() instanceof TypeRef.EnumType ? "raw wire value"
                        : member.type() instanceof TypeRef.ListOf ? "value (copied)" : "value", returns)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(storage, name)
                .returns(self)
                .addStatement(member.type() instanceof TypeRef.ListOf ? "return withList($L, $N)" : "return with($L, $N)",
                        index, name)
                .build());
        return methods;
    }

    /** {@code topicId -> withTopicId}, {@code _9Lives -> with_9Lives}. */
    static String witherName(MemberModel member) {
        String name = member.javaName();
        return "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
