package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.naming.Names;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One constant per action with what the hand-written runtime needs to treat it generically:
 * wire name, request and response types, idempotency (retries), rate limit and documented errors.
 */
public final class OperationEnumSpec {

    private final GeneratedTypes types;

    public OperationEnumSpec(GeneratedTypes types) {
        this.types = types;
    }

    public TypeSpec build(ServiceModel service) {
        ClassName self = types.operation();
        ClassName errorCode = types.errorCode();
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The actions of the $L API and the facts the runtime needs about each.\n",
                        service.service().toUpperCase(java.util.Locale.ROOT));
        for (OperationModel op : service.operations()) {
            CodeBlock errors = op.errorCodes().isEmpty()
                    ? CodeBlock.of("$T.noneOf($T.class)", EnumSet.class, errorCode)
                    : CodeBlock.of("$T.of($L)", EnumSet.class, op.errorCodes().stream()
                            .map(code -> CodeBlock.of("$T.$L", errorCode, Names.constantName(code).orElseThrow()))
                            .collect(CodeBlock.joining(",$W")));
            CodeBlock rateLimit = op.rateLimitPerSecond().isPresent()
                    ? CodeBlock.of("$T.of($L)", OptionalInt.class, op.rateLimitPerSecond().getAsInt())
                    : CodeBlock.of("$T.empty()", OptionalInt.class);
            spec.addEnumConstant(Names.constantName(op.action()).orElseThrow(),
                    TypeSpec.anonymousClassBuilder("$S,$W$T.class,$W$T.class,$W$L,$W$L,$W$L", op.action(),
                                    types.shape(op.inputShape()), types.shape(op.outputShape()), op.idempotent(),
                                    rateLimit, errors)
                            .addJavadoc("{@code $L}: $L\n", op.action(), Javadoc.sentence(op.summary(), op.action()))
                            .build());
        }
        TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
        TypeName errorSet = ParameterizedTypeName.get(ClassName.get(Set.class), errorCode);
        spec.addField(String.class, "action", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(anyClass, "requestType", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(anyClass, "responseType", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(boolean.class, "idempotent", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(OptionalInt.class, "rateLimitPerSecond", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(errorSet, "documentedErrors", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "action")
                .addParameter(anyClass, "requestType")
                .addParameter(anyClass, "responseType")
                .addParameter(boolean.class, "idempotent")
                .addParameter(OptionalInt.class, "rateLimitPerSecond")
                .addParameter(ParameterizedTypeName.get(ClassName.get(EnumSet.class), errorCode), "documentedErrors")
                .addStatement("this.action = action")
                .addStatement("this.requestType = requestType")
                .addStatement("this.responseType = responseType")
                .addStatement("this.idempotent = idempotent")
                .addStatement("this.rateLimitPerSecond = rateLimitPerSecond")
                .addStatement("this.documentedErrors = $T.unmodifiableSet(documentedErrors)", Collections.class)
                .build());
        spec.addMethod(getter("action", TypeName.get(String.class), "The {@code X-TC-Action} header value.", "the action name"));
        spec.addMethod(getter("requestType", anyClass, "The generated request class.", "the class"));
        spec.addMethod(getter("responseType", anyClass, "The generated response class (the content of the envelope).", "the class"));
        spec.addMethod(MethodSpec.methodBuilder("isIdempotent")
                .addJavadoc("Whether the call may be repeated after the server may have acted on it.\n\n")
                .addJavadoc("@return {@code true} if a retry cannot do the work twice\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return idempotent")
                .build());
        spec.addMethod(getter("rateLimitPerSecond", TypeName.get(OptionalInt.class),
                "The documented request limit per second, if any.", "the limit"));
        spec.addMethod(getter("documentedErrors", errorSet,
                "The error codes the API documents for this action (common codes are not repeated here).",
                "an unmodifiable set"));
        spec.addMethod(MethodSpec.methodBuilder("fromAction")
                .addJavadoc("The operation with the given {@code X-TC-Action} value.\n\n")
                .addJavadoc("@param action the action name\n@return the operation, or empty if this SDK version does not know it\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "action")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .beginControlFlow("for ($T operation : values())", self)
                .beginControlFlow("if (operation.action.equals(action))")
                .addStatement("return $T.of(operation)", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
        return spec.build();
    }

    private static MethodSpec getter(String name, TypeName type, String doc, String returns) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n\n@return $L\n", doc, returns)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $N", name)
                .build();
    }
}
