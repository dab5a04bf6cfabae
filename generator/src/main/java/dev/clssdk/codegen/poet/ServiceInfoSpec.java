package dev.clssdk.codegen.poet;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Constants that identify the service on the wire: signing name, API version, default host. */
public final class ServiceInfoSpec {

    private final GeneratedTypes types;

    public ServiceInfoSpec(GeneratedTypes types) {
        this.types = types;
    }

    public TypeSpec build(ServiceModel service) {
        return TypeSpec.classBuilder(types.serviceInfo())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Annotations.generated())
                .addJavadoc("$L\n", Javadoc.sentence(service.title(), service.service()))
                .addField(constant(String.class, "NAME", "$S", service.service(),
                        "The service name, used in the TC3 signing scope."))
                .addField(constant(String.class, "API_VERSION", "$S", service.apiVersion(),
                        "The {@code X-TC-Version} header value."))
                .addField(constant(int.class, "SPEC_REVISION", "$L", service.specRevision(),
                        "The revision of the spec this code was generated from."))
                .addField(constant(String.class, "DEFAULT_HOST", "$S", service.defaultHost(),
                        "The endpoint host used when none is configured."))
                .addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "SENSITIVE_FIELDS",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Wire names of the members the spec marks sensitive, in any shape: values the\n")
                        .addJavadoc("runtime masks wherever it shows wire text (messages, logs).\n")
                        .initializer("$T.of($L)", Set.class, sensitiveFields(service))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
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
