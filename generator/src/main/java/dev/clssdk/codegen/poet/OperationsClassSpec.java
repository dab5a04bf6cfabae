package dev.clssdk.codegen.poet;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.naming.Names;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One core {@code Operation} constant per action, with what the core needs to call it safely:
 * wire name, idempotency, rate limit and documented error codes. The request and response types
 * are only the constant's type arguments: class literals here would load every request and
 * response class of the service when the first call touches this class.
 */
public final class OperationsClassSpec implements Emitter {

    private final GeneratedTypes types;

    public OperationsClassSpec(GeneratedTypes types) {
        this.types = types;
    }

    /** The type of every operation constant, {@code Operation<?, ?>}. */
    static TypeName anyOperation() {
        return ParameterizedTypeName.get(CoreTypes.OPERATION, WildcardTypeName.subtypeOf(Object.class),
                WildcardTypeName.subtypeOf(Object.class));
    }

    /** The name of an action's constant, for example {@code CREATE_EXPORT}. */
    static String constantName(OperationModel op) {
        return Names.constantName(op.action()).orElseThrow();
    }

    @Override
    public List<JavaFile> emit(ServiceModel service) {
        return List.of(Emitter.file(types.basePackage(), build(service)));
    }

    public TypeSpec build(ServiceModel service) {
        ClassName self = types.operations();
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The actions of the $L API and the facts the core needs about each.\n",
                        service.service().toUpperCase(java.util.Locale.ROOT));
        for (OperationModel op : service.operations()) {
            CodeBlock errors = CodeBlock.of("$T.of($>$>$L$<$<)", Set.class, op.errorCodes().stream()
                    .map(code -> CodeBlock.of("$S", code))
                    .collect(CodeBlock.joining(",$W")));
            spec.addField(FieldSpec.builder(ParameterizedTypeName.get(CoreTypes.OPERATION,
                                    types.shape(op.inputShape()), types.shape(op.outputShape())),
                            constantName(op), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}: $L", op.action(), OperationDoc.summaryAndDescription(op))
                    .addJavadoc("\n$L", OperationDoc.facts(op))
                    .initializer("$T.of($S,$W$L,$W$L,$W$L)", CoreTypes.OPERATION, op.action(), op.idempotent(),
                            op.rateLimitPerSecond().orElse(0), errors)
                    .build());
        }
        TypeName all = ParameterizedTypeName.get(ClassName.get(List.class), anyOperation());
        spec.addField(FieldSpec.builder(all, "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every action, sorted by name.\n")
                .initializer("$T.of($L)", List.class, service.operations().stream()
                        .map(op -> CodeBlock.of("$N", constantName(op)))
                        .collect(CodeBlock.joining(",$W")))
                .build());
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(MethodSpec.methodBuilder("fromAction")
                .addJavadoc("The operation with the given {@code X-TC-Action} value.\n\n")
                .addJavadoc("@param action the action name\n@return the operation, or empty if this SDK version does not know it\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "action")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), anyOperation()))
                .beginControlFlow("for ($T operation : ALL)", anyOperation())
                .beginControlFlow("if (operation.action().equals(action))")
                .addStatement("return $T.of(operation)", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
        return spec.build();
    }
}
