package dev.clssdk.codegen.poet;

import java.util.List;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.naming.Names;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The service as a Retrofit interface: one method per action, {@code POST /} with the action and
 * version headers, the generated request as the body and the generated response as the call's
 * type. A plain Retrofit interface that needs only Retrofit to compile: signing, the envelope,
 * typed errors, retries and rate limits come from the core when an instance is made by
 * {@code dev.clssdk.retrofit.RetrofitClient} (sdk-retrofit), which reads the action from the
 * {@code X-TC-Action} header named here.
 */
public final class RetrofitInterfaceSpec implements Emitter {

    static final String BRIDGE = "dev.clssdk.retrofit.RetrofitClient";

    private static final ClassName CALL = ClassName.get("retrofit2", "Call");
    private static final ClassName POST = ClassName.get("retrofit2.http", "POST");
    private static final ClassName HEADERS = ClassName.get("retrofit2.http", "Headers");
    private static final ClassName BODY = ClassName.get("retrofit2.http", "Body");

    private final GeneratedTypes types;

    public RetrofitInterfaceSpec(GeneratedTypes types) {
        this.types = types;
    }

    @Override
    public List<JavaFile> emit(ServiceModel service) {
        return List.of(Emitter.file(types.retrofitApi().packageName(), build(service)));
    }

    public TypeSpec build(ServiceModel service) {
        ClassName self = types.retrofitApi();
        String upper = service.service().toUpperCase(Locale.ROOT);
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The $L API $L as a Retrofit interface: one method per action, each a\n", upper,
                        service.apiVersion())
                .addJavadoc("{@code POST /} of the action's request that yields its response.\n")
                .addJavadoc("\n<p>Get an instance from {@code $L}\n", BRIDGE)
                .addJavadoc("(artifact {@code dev.clssdk:sdk-retrofit}): its calls are signed, retried, rate-limited\n")
                .addJavadoc("and read exactly as those of {@link $T}, and fail with the same typed exceptions.\n",
                        types.client())
                .addJavadoc("A plain {@code Retrofit.create} of this interface does none of that.\n")
                .addJavadoc("\n<pre>{@code\n")
                .addJavadoc("try (RetrofitClient<$L> client = RetrofitClient.create($L.class, $L.INSTANCE,\n",
                        self.simpleName(), self.simpleName(), types.serviceInfo().simpleName())
                .addJavadoc("        $L.builder().region(\"ap-guangzhou\"))) {\n", types.client().simpleName())
                .addJavadoc("    $L api = client.api();\n", self.simpleName())
                .addJavadoc("    ...\n")
                .addJavadoc("}\n")
                .addJavadoc("}</pre>\n")
                .addJavadoc("\n@see $T\n", types.serviceInfo());
        for (OperationModel op : service.operations()) {
            spec.addMethod(method(service, op));
        }
        return spec.build();
    }

    private MethodSpec method(ServiceModel service, OperationModel op) {
        ClassName request = types.shape(op.inputShape());
        ClassName response = types.shape(op.outputShape());
        return MethodSpec.methodBuilder(Names.methodName(op.action()).orElseThrow())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("$L", OperationDoc.summaryAndDescription(op))
                .addJavadoc("\n$L", OperationDoc.facts(op))
                .addJavadoc("\n@param request the request, built (and so checked) by its builder\n")
                .addJavadoc("@return the call; made by {@code RetrofitClient}, it yields the response or fails with the\n")
                .addJavadoc("    exception {@link $T#$L} would throw\n", types.client(),
                        Names.methodName(op.action()).orElseThrow() + "(" + request.simpleName() + ")")
                .addAnnotation(AnnotationSpec.builder(POST).addMember("value", "$S", "/").build())
                .addAnnotation(AnnotationSpec.builder(HEADERS)
                        .addMember("value", "{$S, $S}", "X-TC-Action: " + op.action(),
                                "X-TC-Version: " + service.apiVersion())
                        .build())
                .addParameter(ParameterSpec.builder(request, "request").addAnnotation(BODY).build())
                .returns(ParameterizedTypeName.get(CALL, response))
                .build();
    }
}
