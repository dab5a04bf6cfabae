package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * A request, response or data type: an immutable final class on the core's {@code Struct}. A type
 * callers send (a request, or a type inside one) has a builder on the core's {@code StructBuilder};
 * a type only the server sends (every response, and the models only responses hold) has none, but a
 * static {@code create()} and one {@code withX(value)} per member returning a changed copy, so that
 * it stays constructible (to stub a client in tests) with one class instead of two. The class
 * declares its schema as typed constants ({@link ShapeSchemaCode}); its accessors and withers
 * ({@link ShapeAccessorCode}) and builder ({@link ShapeBuilderCode}) read and write members through
 * them; the core's one validator, JSON writer and reader, {@code equals}, {@code hashCode} and
 * {@code toString} act on every type from its schema. Enum members keep the raw wire string, so
 * values unknown to this SDK version survive a round trip.
 */
public final class ShapeClassSpec implements Emitter {

    static final ClassName STRUCT = ClassName.get(dev.clssdk.core.shape.Struct.class);

    private final GeneratedTypes types;
    private final ServiceModel service;
    private final List<String> clashingCoreNames;
    private final Set<String> requests;
    private final ShapeSchemaCode schemas;
    private final ShapeAccessorCode accessors;
    private final ShapeBuilderCode builders;

    public ShapeClassSpec(GeneratedTypes types, ServiceModel service) {
        this.types = types;
        this.service = service;
        this.schemas = new ShapeSchemaCode(types, service);
        this.accessors = new ShapeAccessorCode(types);
        this.builders = new ShapeBuilderCode(types);
        Set<String> generated = new HashSet<>();
        service.shapes().forEach(shape -> generated.add(types.shape(shape.name()).simpleName()));
        service.enums().forEach(enumModel -> generated.add(types.enumType(enumModel.name()).simpleName()));
        this.requests = service.operations().stream().map(OperationModel::inputShape).collect(Collectors.toUnmodifiableSet());
        // A generated type may share a simple name with a core type it is written against.
        this.clashingCoreNames = Stream.of(STRUCT, ShapeBuilderCode.STRUCT_BUILDER, ShapeSchemaCode.SCHEMA,
                        ShapeSchemaCode.MEMBER, ShapeSchemaCode.WIRE_TYPE)
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
        Map<String, String> constants = ShapeSchemaCode.constantNames(shape);
        return shape.validated() ? withBuilder(shape, constants) : withWithers(shape, constants);
    }

    /** A type callers send: a builder, whose {@code build()} checks the API's rules. */
    private TypeSpec withBuilder(ShapeModel shape, Map<String, String> constants) {
        ClassName self = types.shape(shape.name());
        ClassName builder = self.nestedClass("Builder");
        boolean request = requests.contains(shape.name());
        TypeSpec.Builder spec = classStart(shape, self, request, constants, CodeBlock.of(
                "\n<p>Immutable; create one with {@link #builder()}$L.\n",
                request ? ", which checks every rule of the API before anything is sent"
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
        for (MemberModel member : shape.members()) {
            for (MethodSpec accessor : accessors.accessors(member, constants.get(member.wireName()), true)) {
                spec.addMethod(ShapeAccessorCode.deprecatedIfMarked(member, accessor));
            }
        }
        spec.addType(builders.builderType(shape, self, builder, request, constants));
        return spec.build();
    }

    /**
     * A type only the server sends: no builder, but {@code create()} and a wither per member, all on one
     * private constructor of the values, which the core reaches through {@code make(Object[])} (to read
     * JSON, and for {@code Struct.with}). Nothing is checked: values from the server are never rejected.
     */
    private TypeSpec withWithers(ShapeModel shape, Map<String, String> constants) {
        ClassName self = types.shape(shape.name());
        TypeSpec.Builder spec = classStart(shape, self, false, constants, CodeBlock.of(
                "\n<p>Immutable; the server sends it. To make one (to stub a client in tests), start from\n"
                + "{@link #create()}: each {@code with} method returns a copy with one member changed.\n"));
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Object[].class, "values")
                .addStatement("super($N, values)", ShapeSchemaCode.SCHEMA_FIELD)
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
        for (MemberModel member : shape.members()) {
            String constant = constants.get(member.wireName());
            for (MethodSpec accessor : accessors.accessors(member, constant, false)) {
                spec.addMethod(ShapeAccessorCode.deprecatedIfMarked(member, accessor));
            }
            for (MethodSpec wither : accessors.withers(member, constant, self)) {
                spec.addMethod(ShapeAccessorCode.deprecatedIfMarked(member, wither));
            }
        }
        return spec.build();
    }

    /**
     * What both kinds of class start with: the declaration, the Javadoc from the spec followed by how
     * an instance is made ({@code making}), and the schema's constants.
     */
    private TypeSpec.Builder classStart(ShapeModel shape, ClassName self, boolean request, Map<String, String> constants,
            CodeBlock making) {
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
        spec.addFields(schemas.fields(shape, self, request, constants));
        return spec;
    }
}
