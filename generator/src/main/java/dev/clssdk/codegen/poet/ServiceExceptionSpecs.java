package dev.clssdk.codegen.poet;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.ServiceModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The service's subclass of the core's {@code ServiceException}, with a typed {@code errorCode()},
 * and one subclass of it per family of error codes. The family of a code is the part before its
 * first {@code .} ({@link ErrorCodeModel#family()}): {@code AuthFailure.SignatureExpire} and
 * {@code AuthFailure.TokenFailure} are both {@code AuthFailureException}s, so callers catch what
 * they act on without listing codes.
 */
public final class ServiceExceptionSpecs implements Emitter {

    private static final FieldSpec SERIAL_VERSION = FieldSpec.builder(long.class, "serialVersionUID",
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build();

    private final GeneratedTypes types;

    public ServiceExceptionSpecs(GeneratedTypes types) {
        this.types = types;
    }

    /** The service's base: every error response of the service arrives as one of these. */
    /** The service's exception, then one per family of codes. */
    @Override
    public List<JavaFile> emit(ServiceModel service) {
        List<JavaFile> files = new java.util.ArrayList<>();
        files.add(Emitter.file(types.basePackage(), serviceException(service)));
        for (TypeSpec family : familyExceptions(service)) {
            files.add(Emitter.file(types.basePackage(), family));
        }
        return files;
    }

    public TypeSpec serviceException(ServiceModel service) {
        ClassName self = types.serviceException();
        String name = service.service().toUpperCase(java.util.Locale.ROOT);
        CodeBlock.Builder dispatch = CodeBlock.builder()
                .addStatement("$T code = details.rawCode() == null ? $S : details.rawCode()", String.class, "")
                .addStatement("int dot = code.indexOf('.')")
                .addStatement("$T family = dot < 0 ? code : code.substring(0, dot)", String.class)
                .add("return switch (family) {\n$>");
        for (String family : service.errorFamilies().keySet()) {
            dispatch.add("case $S -> new $T(details);\n", family, types.familyException(family));
        }
        dispatch.add("default -> new $T(details);\n", self).add("$<};\n");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(CoreTypes.SERVICE_EXCEPTION)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The $L service answered with {@code Response.Error}. Each family of error codes (the part of\n", name)
                .addJavadoc("the code before its first {@code .}) has its own subclass, for example\n")
                .addJavadoc("{@link $T} for every {@code $L.*} code; a family this SDK version does not know\n",
                        types.familyException(service.errorFamilies().firstKey()), service.errorFamilies().firstKey())
                .addJavadoc("arrives as this class itself. {@link #rawCode()} always keeps the code as received.\n")
                .addField(SERIAL_VERSION)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param details what the service answered\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(CoreTypes.SERVICE_EXCEPTION_DETAILS, "details")
                        .addStatement("super(details)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("errorCode")
                        .addJavadoc("The error code as a constant.\n\n")
                        .addJavadoc("@return the code, or {@link $T#$L} for a code this SDK version does not know\n",
                                types.errorCode(), EnumClassSpec.UNKNOWN)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(types.errorCode())
                        .addStatement("return $T.fromValue(rawCode())", types.errorCode())
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("The exception for an error response: the subclass of the code's family, or this class for\n")
                        .addJavadoc("a family this SDK version does not know.\n\n")
                        .addJavadoc("@param details what the service answered\n@return the exception, not thrown\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(CoreTypes.SERVICE_EXCEPTION_DETAILS, "details")
                        .returns(self)
                        .addCode(dispatch.build())
                        .build())
                .build();
    }

    /** One class per family, with the family's codes listed in its Javadoc. */
    public List<TypeSpec> familyExceptions(ServiceModel service) {
        return service.errorFamilies().entrySet().stream().map(this::familyException).toList();
    }

    private TypeSpec familyException(Map.Entry<String, List<ErrorCodeModel>> family) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(types.familyException(family.getKey()))
                .addModifiers(Modifier.PUBLIC)
                .superclass(types.serviceException())
                .addAnnotation(Annotations.generated())
                .addJavadoc("The service answered an error code of the {@code $L} family:\n", family.getKey())
                .addJavadoc("<ul>\n");
        for (ErrorCodeModel error : family.getValue()) {
            spec.addJavadoc("<li>{@code $L}: $L</li>\n", error.code(), Javadoc.sentence(error.description(), error.code()));
        }
        spec.addJavadoc("</ul>\n")
                .addJavadoc("<p>A code of the family that this SDK version does not know arrives as this class too.\n");
        String usual = family.getKey() + "Exception";
        String name = types.familyException(family.getKey()).simpleName();
        if (!name.equals(usual) && !name.equals(types.serviceException().simpleName().replace("ServiceException", "") + usual)) {
            spec.addJavadoc("<p>Not named {@code $L}: that is not a legal Java class name, or another family's class\n", usual)
                    .addJavadoc("or the service's base exception has it (ignoring case).\n");
        }
        return spec
                .addField(SERIAL_VERSION)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param details what the service answered\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(CoreTypes.SERVICE_EXCEPTION_DETAILS, "details")
                        .addStatement("super(details)")
                        .build())
                .build();
    }
}
