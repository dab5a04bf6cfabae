package dev.clssdk.codegen.poet;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.WaiterModel;
import dev.clssdk.codegen.naming.Names;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The SDK's implementation of the client interface ({@link ClientClassSpec}), package-private: each
 * action's two methods with options hand the call to the core's {@code ClientRuntime} with the
 * action's {@code Operation} constant and its response class (the interface's defaults lead the
 * others to them); the waiters poll on the runtime's clock. It also holds the paginator and waiter
 * definitions.
 */
public final class ClientImplementationSpec implements Emitter {
    /** The nested holder of the paginator and waiter definitions. */
    static final String DEFINITIONS = "Definitions";

    private final GeneratedTypes types;

    public ClientImplementationSpec(GeneratedTypes types) {
        this.types = types;
    }

    @Override
    public List<JavaFile> emit(ServiceModel service) {
        return List.of(Emitter.file(types.basePackage(), build(service)));
    }

    public TypeSpec build(ServiceModel service) {
        ClassName self = types.clientImplementation();
        ClassName client = types.client();
        PaginatorCode paginators = new PaginatorCode(types, service);
        WaiterCode waiters = new WaiterCode(types, service, paginators);
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(client)
                .addAnnotation(Annotations.generated())
                .addJavadoc("The SDK's {@link $T}: every call goes through the core's runtime, which signs, sends, retries\n",
                        client)
                .addJavadoc("and reads it. Made by {@link $T#build()}.\n", client.nestedClass("Builder"));
        if (!service.paginators().isEmpty() || !service.waiters().isEmpty()) {
            TypeSpec.Builder definitions = TypeSpec.classBuilder(DEFINITIONS)
                    .addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The paginator and waiter definitions, in a holder of their own: they are built on first\n")
                    .addJavadoc("use, so a client that never pages or waits does not pay for them at start-up.\n");
            for (PaginatorModel p : service.paginators()) {
                definitions.addField(paginators.field(p));
            }
            for (WaiterModel w : service.waiters()) {
                definitions.addField(waiters.field(w));
            }
            definitions.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
            spec.addType(definitions.build());
        }
        spec.addField(CoreTypes.CLIENT_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(CoreTypes.CLIENT_RUNTIME, "runtime")
                .addStatement("this.runtime = runtime")
                .build());
        for (OperationModel op : service.operations()) {
            actionMethods(op).forEach(spec::addMethod);
        }
        for (WaiterModel w : service.waiters()) {
            spec.addMethod(overriding(waiters.waitMethod(w)));
            waiters.startAndWaitMethod(w).map(ClientImplementationSpec::overriding).ifPresent(spec::addMethod);
        }
        spec.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("runtime.close()")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + runtime + $S", client.simpleName() + "[", "]")
                .build());
        return spec.build();
    }

    /** The interface documents the method; here it is only implemented. */
    private static MethodSpec overriding(MethodSpec method) {
        return MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addAnnotations(method.annotations())
                .addModifiers(Modifier.PUBLIC)
                .returns(method.returnType())
                .addParameters(method.parameters())
                .addCode(method.code())
                .build();
    }

    private List<MethodSpec> actionMethods(OperationModel op) {
        ClassName request = types.shape(op.inputShape());
        ClassName response = types.shape(op.outputShape());
        TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response);
        String constant = OperationsClassSpec.constantName(op);
        MethodSpec sync = MethodSpec.methodBuilder(Names.methodName(op.action()).orElseThrow())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(request, "request")
                .addParameter(CoreTypes.REQUEST_OPTIONS, "options")
                .returns(response)
                .addStatement("return runtime.execute($T.$N, request, options, $T.class)", types.operations(), constant, response)
                .build();
        MethodSpec async = MethodSpec.methodBuilder(Names.asyncMethodName(op.action(), types.actions()))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(request, "request")
                .addParameter(CoreTypes.REQUEST_OPTIONS, "options")
                .returns(future)
                .addStatement("return runtime.executeAsync($T.$N, request, options, $T.class)", types.operations(),
                        constant, response)
                .build();
        if (op.deprecated()) {
            return List.of(sync.toBuilder().addAnnotation(Deprecated.class).build(),
                    async.toBuilder().addAnnotation(Deprecated.class).build());
        }
        return List.of(sync, async);
    }
}
