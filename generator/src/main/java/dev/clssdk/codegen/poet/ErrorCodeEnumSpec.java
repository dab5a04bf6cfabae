package dev.clssdk.codegen.poet;

import java.util.List;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.ErrorKind;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.naming.Names;
import javax.lang.model.element.Modifier;

/**
 * One enum for every error code of the service, per-action and common alike, so callers switch
 * on a constant instead of comparing strings. Which codes an action documents is on the
 * operations class.
 */
public final class ErrorCodeEnumSpec implements Emitter {

    private final GeneratedTypes types;

    public ErrorCodeEnumSpec(GeneratedTypes types) {
        this.types = types;
    }

    @Override
    public List<JavaFile> emit(ServiceModel service) {
        return List.of(Emitter.file(types.basePackage(), build(service)));
    }

    public TypeSpec build(ServiceModel service) {
        ClassName self = types.errorCode();
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The error codes of the $L API, as the {@code Response.Error.Code} of a failed call.\n",
                        service.service().toUpperCase(java.util.Locale.ROOT))
                .addJavadoc("\n<p>A code this SDK version does not know maps to {@link #$L}; the exception\n",
                        EnumClassSpec.UNKNOWN)
                .addJavadoc("that carries it keeps the raw code.\n");
        java.util.Map<String, String> constants = Names.errorCodeConstants(
                service.errorCodes().stream().map(ErrorCodeModel::code).toList(), java.util.Set.of(EnumClassSpec.UNKNOWN));
        for (ErrorCodeModel error : service.errorCodes()) {
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$S, $S, $L, $L, $T.$L",
                    error.code(), error.description(), error.common(), error.retryable(), CoreTypes.ERROR_KIND,
                    CoreTypes.errorKind(error.kind()).name());
            constant.addJavadoc("{@code $L}: $L\n", error.code(), Javadoc.sentence(error.description(), error.code()));
            spec.addEnumConstant(constants.get(error.code()), constant.build());
        }
        spec.addEnumConstant(EnumClassSpec.UNKNOWN, TypeSpec.anonymousClassBuilder("null, $S, false, false, $T.$L",
                        "An error code this version of the SDK does not know.", CoreTypes.ERROR_KIND,
                        CoreTypes.errorKind(ErrorKind.OTHER).name())
                .addJavadoc("An error code this version of the SDK does not know.\n")
                .build());
        spec.addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(boolean.class, "common", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(boolean.class, "retryable", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(CoreTypes.ERROR_KIND, "kind", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addParameter(String.class, "description")
                .addParameter(boolean.class, "common")
                .addParameter(boolean.class, "retryable")
                .addParameter(CoreTypes.ERROR_KIND, "kind")
                .addStatement("this.value = value")
                .addStatement("this.description = description")
                .addStatement("this.common = common")
                .addStatement("this.retryable = retryable")
                .addStatement("this.kind = kind")
                .build());
        EnumClassSpec.addValueLookup(spec, self, "error code", true);
        spec.addMethod(getter("description", String.class, "What the code means, from the API documentation."));
        spec.addMethod(getter("isCommon", boolean.class, "Whether any action can answer this code."));
        spec.addMethod(getter("isRetryable", boolean.class,
                "Whether a call that failed with this code may be repeated whatever the action (throttling)."));
        spec.addMethod(MethodSpec.methodBuilder("kind")
                .addJavadoc("What the code means for retries: from the spec's {@code x-tc-retryable} and\n")
                .addJavadoc("{@code x-tc-error-kind}, and Tencent Cloud API 3.0's common codes ({@code InternalError} is\n")
                .addJavadoc("transient, {@code AuthFailure.SignatureExpire} is clock skew).\n\n")
                .addJavadoc("@return the kind; {@link $T#OTHER} for {@link #$L}\n", CoreTypes.ERROR_KIND, EnumClassSpec.UNKNOWN)
                .addModifiers(Modifier.PUBLIC)
                .returns(CoreTypes.ERROR_KIND)
                .addStatement("return kind")
                .build());
        return spec.build();
    }

    private static MethodSpec getter(String name, Class<?> type, String doc) {
        String field = name.startsWith("is") ? Character.toLowerCase(name.charAt(2)) + name.substring(3) : name;
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@return $L\n", doc, type == boolean.class ? "{@code true} if so" : "the text")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $N", field)
                .build();
    }
}
