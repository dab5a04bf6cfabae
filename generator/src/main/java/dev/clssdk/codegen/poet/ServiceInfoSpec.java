package dev.clssdk.codegen.poet;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The service's {@code ServiceMetadata}: the constants that identify it on the wire (signing
 * name, API version, default host) and what the core asks about its actions and error codes.
 */
public final class ServiceInfoSpec implements Emitter {

    private final GeneratedTypes types;

    public ServiceInfoSpec(GeneratedTypes types) {
        this.types = types;
    }

    @Override
    public List<JavaFile> emit(ServiceModel service) {
        return List.of(Emitter.file(types.basePackage(), build(service)));
    }

    public TypeSpec build(ServiceModel service) {
        ClassName self = types.serviceInfo();
        TypeName stringSet = ParameterizedTypeName.get(Set.class, String.class);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(CoreTypes.SERVICE_METADATA)
                .addAnnotation(Annotations.generated())
                .addJavadoc("$L\n", Javadoc.sentence(service.title(), service.service()))
                .addJavadoc("\n<p>What the core needs to know to call the service: {@link #INSTANCE}.\n")
                .addField(constant(String.class, "NAME", "$S", service.service(),
                        "The service name, used in the TC3 signing scope."))
                .addField(constant(String.class, "API_VERSION", "$S", service.apiVersion(),
                        "The {@code X-TC-Version} header value."))
                .addField(constant(int.class, "SPEC_REVISION", "$L", service.specRevision(),
                        "The revision of the spec this code was generated from."))
                .addField(constant(String.class, "DEFAULT_HOST", "$S", service.defaultHost(),
                        "The endpoint host used when none is configured."))
                .addField(FieldSpec.builder(stringSet, "SENSITIVE_FIELDS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Wire names of the members the spec marks sensitive, in any shape: values the\n")
                        .addJavadoc("runtime masks wherever it shows wire text (messages, logs).\n")
                        .initializer("$T.of($L)", Set.class, sensitiveFields(service))
                        .build())
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The service's metadata, for the core.\n")
                        .initializer("new $T()", self)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(override("serviceName", TypeName.get(String.class), CodeBlock.of("return NAME")))
                .addMethod(override("apiVersion", TypeName.get(String.class), CodeBlock.of("return API_VERSION")))
                .addMethod(override("defaultHost", TypeName.get(String.class), CodeBlock.of("return DEFAULT_HOST")))
                .addMethod(override("specRevision", TypeName.INT, CodeBlock.of("return SPEC_REVISION")))
                .addMethod(override("operations", ParameterizedTypeName.get(ClassName.get(List.class),
                        OperationsClassSpec.anyOperation()), CodeBlock.of("return $T.ALL", types.operations())))
                .addMethod(override("sensitiveFields", stringSet, CodeBlock.of("return SENSITIVE_FIELDS")))
                .addMethod(override("errorKind", CoreTypes.ERROR_KIND,
                        CodeBlock.of("return $T.fromValue(rawCode).kind()", types.errorCode()))
                        .toBuilder().addParameter(String.class, "rawCode").build())
                .addMethod(override("serviceException", types.serviceException(),
                        CodeBlock.of("return $T.of(details)", types.serviceException()))
                        .toBuilder().addParameter(CoreTypes.SERVICE_EXCEPTION_DETAILS, "details").build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return NAME + $S + API_VERSION + $S + SPEC_REVISION", " ", " revision ")
                        .build())
                .build();
    }

    private static MethodSpec override(String name, TypeName returns, CodeBlock statement) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addStatement(statement)
                .build();
    }

    private static CodeBlock sensitiveFields(ServiceModel service) {
        return service.shapes().stream()
                .flatMap(shape -> shape.members().stream())
                .filter(MemberModel::sensitive)
                .map(MemberModel::wireName)
                .distinct()
                .sorted()
                .map(name -> CodeBlock.of("$S", name))
                .collect(CodeBlock.joining(", "));
    }

    private static FieldSpec constant(Class<?> type, String name, String format, Object value, String doc) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(format, value)
                .build();
    }
}
