package dev.clssdk.codegen.poet;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.naming.Names;
import javax.lang.model.element.Modifier;

/**
 * The Retrofit interface: one method per action, {@code POST /} with the action and version
 * headers and a JSON body. Deliberately thin: signing, the {@code Response} envelope, retries and
 * rate limiting belong to the core's interceptors and converters. Each method's reference (for
 * example {@code api::createExport}) is the core's {@code Invoker} for the action; the
 * {@code @Tag} context reaches the interceptors as the OkHttp request's tag.
 */
public final class RetrofitInterfaceSpec {

    private static final ClassName CALL = ClassName.get("retrofit2", "Call");
    private static final ClassName POST = ClassName.get("retrofit2.http", "POST");
    private static final ClassName HEADERS = ClassName.get("retrofit2.http", "Headers");
    private static final ClassName BODY = ClassName.get("retrofit2.http", "Body");
    private static final ClassName TAG = ClassName.get("retrofit2.http", "Tag");

    private final GeneratedTypes types;

    public RetrofitInterfaceSpec(GeneratedTypes types) {
        this.types = types;
    }

    public TypeSpec build(ServiceModel service) {
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(types.api())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The $L API $L as Retrofit calls. The core's converter unwraps the\n",
                        service.service().toUpperCase(java.util.Locale.ROOT), service.apiVersion())
                .addJavadoc("{@code {\"Response\": ...}} envelope, so each call yields the response type directly.\n");
        for (OperationModel op : service.operations()) {
            spec.addMethod(MethodSpec.methodBuilder(Names.methodName(op.action()).orElseThrow())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc("$L", OperationDoc.summaryAndDescription(op))
                    .addJavadoc("\n@param request the validated request\n")
                    .addJavadoc("@param context the per-call context, for the core's interceptors\n@return the call\n")
                    .addAnnotation(AnnotationSpec.builder(POST).addMember("value", "$S", "/").build())
                    .addAnnotation(AnnotationSpec.builder(HEADERS)
                            .addMember("value", "{$S, $S}", "X-TC-Action: " + op.action(),
                                    "X-TC-Version: " + service.apiVersion())
                            .build())
                    .addParameter(ParameterSpec.builder(types.shape(op.inputShape()), "request")
                            .addAnnotation(BODY)
                            .build())
                    .addParameter(ParameterSpec.builder(CoreTypes.CALL_CONTEXT, "context")
                            .addAnnotation(TAG)
                            .build())
                    .returns(ParameterizedTypeName.get(CALL, types.shape(op.outputShape())))
                    .build());
        }
        return spec.build();
    }
}
