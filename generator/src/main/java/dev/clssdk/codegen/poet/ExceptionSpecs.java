package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.ServiceModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The service's base exception, the validation exception {@code build()} throws, and the
 * {@code Violation} record it lists. They are generated (not hand-written runtime) so that the
 * generated shapes compile on their own, and named after the service.
 */
public final class ExceptionSpecs {

    private static final FieldSpec SERIAL_VERSION = FieldSpec.builder(long.class, "serialVersionUID",
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build();

    private final GeneratedTypes types;

    public ExceptionSpecs(GeneratedTypes types) {
        this.types = types;
    }

    /** The root of every exception the SDK throws, so one catch clause covers them all. */
    public TypeSpec baseException(ServiceModel service) {
        return TypeSpec.classBuilder(types.baseException())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .superclass(RuntimeException.class)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The root of every exception the $L SDK throws: invalid input, service errors and\n",
                        service.service().toUpperCase(java.util.Locale.ROOT))
                .addJavadoc("transport or protocol failures.\n")
                .addField(SERIAL_VERSION)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param message what went wrong; never contains secrets\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(String.class, "message")
                        .addStatement("super(message)")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param message what went wrong; never contains secrets\n")
                        .addJavadoc("@param cause the underlying failure\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(String.class, "message")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(message, cause)")
                        .build())
                .build();
    }

    /** One broken rule: which field, which rule, the offending value and the server's code. */
    public TypeSpec violation() {
        ClassName errorCode = types.errorCode();
        return TypeSpec.recordBuilder(types.violation())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated())
                .addJavadoc("One rule of the API that an input breaks.\n\n")
                .addJavadoc("@param field the wire name of the field, for example {@code Count}\n")
                .addJavadoc("@param rule the rule's name in the spec: {@code required}, {@code maximum}, {@code enum}, ...\n")
                .addJavadoc("@param requirement what the rule asks for, for example {@code must be <= 10000000}\n")
                .addJavadoc("@param rejectedValue the offending value, masked for sensitive fields; {@code null} when missing\n")
                .addJavadoc("@param errorCode the error code the server answers for this violation\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "field")
                        .addParameter(String.class, "rule")
                        .addParameter(String.class, "requirement")
                        .addParameter(Object.class, "rejectedValue")
                        .addParameter(errorCode, "errorCode")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addJavadoc("A sentence naming the field, the rule, the value and the code.\n\n@return the sentence\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return field + $S + requirement + (rejectedValue == null ? $S : $S + rejectedValue + $S)"
                                        + " + $S + rule + $S + errorCode + $S",
                                " ", "", " (was ", ")", " [rule ", ", code ", "]")
                        .build())
                .build();
    }

    /** Thrown by {@code build()} with every violation of the input at once. */
    public TypeSpec validationException() {
        ClassName self = types.validationException();
        TypeName violations = ParameterizedTypeName.get(ClassName.get(List.class), types.violation());
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(types.baseException())
                .addAnnotation(Annotations.generated())
                .addJavadoc("An input breaks the API's rules; nothing was sent. Lists every violation, not just the\n")
                .addJavadoc("first, each with the error code the server would have answered.\n")
                .addField(SERIAL_VERSION)
                .addField(FieldSpec.builder(String.class, "shape", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The name of the invalid type.\n")
                        .build())
                .addField(FieldSpec.builder(violations, "violations", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Every broken rule, in field order.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param shape the name of the invalid type\n")
                        .addJavadoc("@param violations every broken rule, at least one\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "shape")
                        .addParameter(ParameterSpec.builder(violations, "violations").build())
                        .addStatement("super(shape + $S + violations.stream().map($T::toString).collect($T.joining($S)))",
                                " is invalid: ", types.violation(), Collectors.class, "; ")
                        .addStatement("this.shape = shape")
                        .addStatement("this.violations = $T.copyOf(violations)", List.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("shape")
                        .addJavadoc("The name of the invalid type, for example {@code CreateExportRequest}.\n\n@return the name\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return shape")
                        .build())
                .addMethod(MethodSpec.methodBuilder("violations")
                        .addJavadoc("Every broken rule, in the order of the type's fields.\n\n@return the violations, never empty\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(violations)
                        .addStatement("return violations")
                        .build())
                .addMethod(MethodSpec.methodBuilder("errorCode")
                        .addJavadoc("The code of the first violation: the one the server would answer first.\n\n")
                        .addJavadoc("@return the error code\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(types.errorCode())
                        .addStatement("return violations.get(0).errorCode()")
                        .build())
                .build();
    }
}
