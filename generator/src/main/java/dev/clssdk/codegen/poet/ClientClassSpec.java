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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The service's client interface: four methods per action (blocking and asynchronous, each with and
 * without per-call options), the paginators and waiters of the spec, and a {@code Builder} that adds
 * only {@code build()} to the core's shared settings and returns the SDK's implementation
 * ({@link ClientImplementationSpec}). Every method has a default, so that a test can fake the client
 * by implementing only what its code calls: an action's method with options throws
 * {@code UnsupportedOperationException}, the one without options calls it with none, an asynchronous
 * method calls its blocking one, a paginator pages through the client's own action method, and a
 * waiter throws.
 */
public final class ClientClassSpec implements Emitter {
    private final GeneratedTypes types;

    public ClientClassSpec(GeneratedTypes types) {
        this.types = types;
    }

    @Override
    public List<JavaFile> emit(ServiceModel service) {
        return List.of(Emitter.file(types.basePackage(), build(service)));
    }

    public TypeSpec build(ServiceModel service) {
        ClassName self = types.client();
        ClassName builder = self.nestedClass("Builder");
        String upper = service.service().toUpperCase(Locale.ROOT);
        PaginatorCode paginators = new PaginatorCode(types, service);
        WaiterCode waiters = new WaiterCode(types, service, paginators);
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AutoCloseable.class)
                .addAnnotation(Annotations.generated())
                .addJavadoc("A client of the $L API $L: $L\n", upper, service.apiVersion(),
                        Javadoc.sentence(service.title(), service.service()))
                .addJavadoc("\n<p>Thread-safe: create one with {@link #builder()}, share it, and close it when done.\n")
                .addJavadoc("Every call is signed, retried and rate-limited by the client; failures arrive as\n")
                .addJavadoc("{@link $T} subclasses ({@link $T} and its family subclasses for error responses).\n",
                        CoreTypes.SDK_EXCEPTION, types.serviceException())
                .addJavadoc("\n<pre>{@code\n")
                .addJavadoc("try ($T client = $T.builder().region(\"ap-guangzhou\").build()) {\n", self, self)
                .addJavadoc("    ...\n")
                .addJavadoc("}\n")
                .addJavadoc("}</pre>\n")
                .addJavadoc("\n<p>To fake the client in a test, implement the methods the code under test calls, or mock\n")
                .addJavadoc("the interface. By default an action's method with options throws\n")
                .addJavadoc("{@link UnsupportedOperationException}, the one without options calls it with none, an\n")
                .addJavadoc("asynchronous method runs its blocking one, and a paginator pages through the action's method.\n");
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A new builder, with the defaults of {@link $T}.\n\n@return the builder\n", CoreTypes.SDK_CLIENT_BUILDER)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        for (OperationModel op : service.operations()) {
            actionMethods(op).forEach(spec::addMethod);
        }
        ClassName definitions = types.clientImplementation().nestedClass(ClientImplementationSpec.DEFINITIONS);
        for (PaginatorModel p : service.paginators()) {
            spec.addMethod(paginators.method(p, definitions).toBuilder().addModifiers(Modifier.DEFAULT).build());
        }
        for (WaiterModel w : service.waiters()) {
            spec.addMethod(notImplemented(waiters.waitMethod(w)));
            waiters.startAndWaitMethod(w).map(ClientClassSpec::notImplemented).ifPresent(spec::addMethod);
        }
        spec.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addJavadoc("Releases the connections and threads this client created (not those of an HTTP client\n")
                .addJavadoc("passed to the builder). Calls made after closing fail. Does nothing by default.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .build());
        spec.addType(builderType(self, builder));
        return spec.build();
    }

    /** A method of the implementation, declared here with a default that throws. */
    private static MethodSpec notImplemented(MethodSpec implemented) {
        return MethodSpec.methodBuilder(implemented.name())
                .addJavadoc(implemented.javadoc())
                .addAnnotations(implemented.annotations())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(implemented.returnType())
                .addParameters(implemented.parameters())
                .addStatement("throw $T.notImplemented($S, this)", CoreTypes.CLIENT_RUNTIME, implemented.name())
                .build();
    }

    private List<MethodSpec> actionMethods(OperationModel op) {
        ClassName request = types.shape(op.inputShape());
        ClassName response = types.shape(op.outputShape());
        TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response);
        String name = Names.methodName(op.action()).orElseThrow();
        String async = Names.asyncMethodName(op.action(), types.actions());
        String doc = OperationDoc.summaryAndDescription(op) + "\n" + OperationDoc.facts(op) + "\n";
        String link = "{@link #" + name + "(" + request.simpleName() + ")}";
        MethodSpec sync = MethodSpec.methodBuilder(name)
                .addJavadoc("$L", doc)
                .addJavadoc("@param request the request, built (and so checked) by its builder\n")
                .addJavadoc("@return the response\n")
                .addJavadoc("@throws $T if the service responds with an error (a subclass for each family of codes)\n",
                        types.serviceException())
                .addJavadoc("@throws $T for any other failure: transport, protocol, credentials, interruption\n",
                        CoreTypes.SDK_EXCEPTION)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addParameter(request, "request")
                .returns(response)
                .addStatement("return $N(request, $T.none())", name, CoreTypes.REQUEST_OPTIONS)
                .build();
        MethodSpec syncWithOptions = MethodSpec.methodBuilder(name)
                .addJavadoc("$L with per-call settings that override the client's.\n\n", link)
                .addJavadoc("@param request the request, built (and so checked) by its builder\n")
                .addJavadoc("@param options timeouts, headers, credentials or retry policy for this call\n")
                .addJavadoc("@return the response\n")
                .addJavadoc("@throws $T if the service responds with an error (a subclass for each family of codes)\n",
                        types.serviceException())
                .addJavadoc("@throws $T for any other failure: transport, protocol, credentials, interruption\n",
                        CoreTypes.SDK_EXCEPTION)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addParameter(request, "request")
                .addParameter(CoreTypes.REQUEST_OPTIONS, "options")
                .returns(response)
                .addStatement("throw $T.notImplemented($S, this)", CoreTypes.CLIENT_RUNTIME, name)
                .build();
        String asyncNote = Names.derivedNote(op.action(), "Async", types.actions()).map(n -> "<p>" + n + "\n\n").orElse("");
        MethodSpec asyncMethod = MethodSpec.methodBuilder(async)
                .addJavadoc("$L without blocking: the same call, retries and rate limit.\n\n$L", link, asyncNote)
                .addJavadoc("@param request the request, built (and so checked) by its builder\n")
                .addJavadoc("@return a future that completes with the response, or exceptionally with the exception\n")
                .addJavadoc("    {@link #$N($T)} would throw\n", name, request)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addParameter(request, "request")
                .returns(future)
                .addStatement("return $N(request, $T.none())", async, CoreTypes.REQUEST_OPTIONS)
                .build();
        MethodSpec asyncWithOptions = MethodSpec.methodBuilder(async)
                .addJavadoc("$L without blocking, with per-call settings that override the client's.\n\n$L", link, asyncNote)
                .addJavadoc("@param request the request, built (and so checked) by its builder\n")
                .addJavadoc("@param options timeouts, headers, credentials or retry policy for this call\n")
                .addJavadoc("@return a future that completes with the response, or exceptionally with the exception\n")
                .addJavadoc("    {@link #$N($T, $T)} would throw\n", name, request, CoreTypes.REQUEST_OPTIONS)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addParameter(request, "request")
                .addParameter(CoreTypes.REQUEST_OPTIONS, "options")
                .returns(future)
                // No lambda: one per action would compile a synthetic method and a call site into the interface.
                .beginControlFlow("try")
                .addStatement("return $T.completedFuture($N(request, options))", CompletableFuture.class, name)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("return $T.failedFuture(e)", CompletableFuture.class)
                .endControlFlow()
                .build();
        List<MethodSpec> methods = List.of(sync, syncWithOptions, asyncMethod, asyncWithOptions);
        if (op.deprecated()) {
            methods = methods.stream().map(ClientClassSpec::deprecated).toList();
        }
        return methods;
    }

    /** Tencent marks the action deprecated: so does the SDK, with the reason (the description says more). */
    static MethodSpec deprecated(MethodSpec method) {
        return method.toBuilder()
                .addAnnotation(Deprecated.class)
                .addJavadoc("@deprecated the API marks this action deprecated; its description gives the reason\n")
                .build();
    }

    private TypeSpec builderType(ClassName client, ClassName builder) {
        return TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(CoreTypes.SDK_CLIENT_BUILDER, builder, client))
                .addJavadoc("Builds a {@link $T}; every setting is inherited from {@link $T}. Not thread-safe.\n",
                        client, CoreTypes.SDK_CLIENT_BUILDER)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addAnnotation(Override.class)
                        .addJavadoc("Builds the client; it owns its connections and threads until closed.\n\n")
                        .addJavadoc("@return the client\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(client)
                        .addStatement("return new $T(buildRuntime($T.INSTANCE))", types.clientImplementation(),
                                types.serviceInfo())
                        .build())
                .build();
    }
}
