package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.clssdk.codegen.model.AcceptorModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.model.WaiterModel;
import dev.clssdk.codegen.naming.Names;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A waiter in the generated client: the core's {@code WaiterDefinition} as a constant, the
 * {@code waitUntil<Name>(parameters..., timeout)} method that polls with the client's own calls
 * (following pages with the action's paginator when the target is an item), and, when the spec
 * says which action starts it, {@code <startAction>AndWait(request, timeout)}.
 */
final class WaiterCode {

    private final GeneratedTypes types;
    private final ServiceModel service;
    private final PaginatorCode paginators;

    WaiterCode(GeneratedTypes types, ServiceModel service, PaginatorCode paginators) {
        this.types = types;
        this.service = service;
        this.paginators = paginators;
    }

    static String fieldName(WaiterModel waiter) {
        return Names.constantName(waiter.name()).orElseThrow();
    }

    FieldSpec field(WaiterModel waiter) {
        ShapeModel target = target(waiter);
        ClassName targetType = types.shape(target.name());
        CodeBlock acceptors = waiter.acceptors().stream()
                .map(a -> CodeBlock.of("new $T<>($S, $L, $S, $T.$L)", CoreTypes.WAITER_ACCEPTOR, a.dottedPath(),
                        valueReader(target, a), a.expected(), CoreTypes.WAITER_STATE, a.state().name()))
                .collect(CodeBlock.joining(",\n"));
        return FieldSpec.builder(ParameterizedTypeName.get(CoreTypes.WAITER_DEFINITION, targetType), fieldName(waiter),
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(\n$>$>$S,\n$S,\n$T.of(\n$>$>$L),$<$<\n$T.ofSeconds($L),\n$T.ofSeconds($L))$<$<",
                        CoreTypes.WAITER_DEFINITION, waiter.name(), waiter.operation(), List.class, acceptors,
                        Duration.class, waiter.initialDelaySeconds(), Duration.class, waiter.maxDelaySeconds())
                .build();
    }

    MethodSpec waitMethod(WaiterModel waiter) {
        OperationModel op = operation(waiter);
        ShapeModel request = service.shape(op.inputShape()).orElseThrow();
        ShapeModel target = target(waiter);
        MethodSpec.Builder method = MethodSpec.methodBuilder(Names.waiterMethodName(waiter.name()))
                .addModifiers(Modifier.PUBLIC)
                .returns(types.shape(target.name()))
                .addJavadoc("$L\n\n", Javadoc.sentence(waiter.description(), "Waits for the waiter " + waiter.name()))
                .addJavadoc("$L", pollingDoc(waiter, op, target));
        for (MemberModel p : parameters(waiter)) {
            method.addParameter(types.storageType(p.type()), p.javaName());
            method.addJavadoc("@param $N {@code $L}: $L\n", p.javaName(), p.wireName(),
                    Javadoc.sentence(p.description(), p.wireName()));
        }
        method.addParameter(Duration.class, "timeout")
                .addJavadoc("@param timeout how long to wait at most\n")
                .addJavadoc("@return the $L in its success state\n", waiter.items().isPresent() ? "item" : "response")
                .addJavadoc("@throws IllegalArgumentException if a parameter is {@code null}\n")
                .addJavadoc("@throws $T if an acceptor reports failure\n", CoreTypes.WAITER_FAILED_EXCEPTION)
                .addJavadoc("@throws $T if the timeout passes first\n", CoreTypes.WAITER_TIMEOUT_EXCEPTION)
                .addJavadoc("@throws $T if a poll fails for good\n", CoreTypes.SDK_EXCEPTION);
        for (MemberModel p : parameters(waiter)) {
            nullCheck(method, p.javaName());
        }
        nullCheck(method, "timeout");

        CodeBlock.Builder poll = CodeBlock.builder().add("$T.builder()", types.shape(request.name()));
        for (String input : waiter.input()) {
            poll.add(".$N($N)", request.member(input).javaName(), request.member(input).javaName());
        }
        Optional<PaginatorModel> paginator = waiter.items().flatMap(i -> service.paginator(op.action()));
        if (paginator.isPresent()) {
            MemberModel limit = paginators.limitMember(paginator.get());
            paginators.limitMaximum(paginator.get()).ifPresent(max ->
                    poll.add(".$N($L$L)", limit.javaName(), max, PaginatorCode.isInt32(limit) ? "" : "L"));
        }
        method.addStatement("$T poll = $L.build()", types.shape(request.name()), poll.build());

        CodeBlock fetch;
        if (paginator.isPresent()) {
            MemberModel key = target.member(waiter.key().orElseThrow());
            fetch = CodeBlock.of("() -> $N(poll).stream()\n$>.filter(item -> $N.equals(item.$N()))\n.findFirst()\n.orElse(null)$<",
                    Names.paginatorMethodName(op.action(), types.actions()), key.javaName(), rawAccessor(key));
        } else {
            fetch = CodeBlock.of("() -> $N(poll)", Names.methodName(op.action()).orElseThrow());
        }
        return method.addStatement("return runtime.await($L.$N, $L, timeout,\n$L)", ClientImplementationSpec.DEFINITIONS, fieldName(waiter),
                        targetLabel(waiter, parameters(waiter)), fetch)
                .build();
    }

    Optional<MethodSpec> startAndWaitMethod(WaiterModel waiter) {
        if (waiter.startedBy().isEmpty()) {
            return Optional.empty();
        }
        WaiterModel.StartedBy startedBy = waiter.startedBy().get();
        OperationModel start = service.operation(startedBy.operation()).orElseThrow();
        ShapeModel startRequest = service.shape(start.inputShape()).orElseThrow();
        ShapeModel startResponse = service.shape(start.outputShape()).orElseThrow();
        ShapeModel target = target(waiter);
        List<MemberModel> parameters = parameters(waiter);
        String waitMethod = Names.waiterMethodName(waiter.name());
        MethodSpec.Builder method = MethodSpec.methodBuilder(Names.startAndWaitMethodName(start.action(), types.actions()))
                .addModifiers(Modifier.PUBLIC)
                .returns(types.shape(target.name()))
                .addJavadoc("$L\n", Javadoc.wrap("Calls {@code " + start.action() + "}, then waits with {@link #"
                        + waitMethod + "(" + parameters.stream()
                                .map(p -> types.storageType(p.type()).toString().replaceFirst("^java\\.lang\\.", "") + ", ")
                                .collect(java.util.stream.Collectors.joining()) + "Duration)}, within one timeout."))
                .addJavadoc("\n<p>$L\n\n", Javadoc.wrap(Javadoc.escape(waiter.description().isEmpty()
                        ? "The waiter " + waiter.name() + "." : waiter.description())))
                .addJavadoc("@param request the {@code $L} request\n", start.action())
                .addJavadoc("@param timeout how long the call and the wait may take together\n")
                .addJavadoc("@return the $L in its success state\n", waiter.items().isPresent() ? "item" : "response")
                .addJavadoc("@throws IllegalArgumentException if the timeout is {@code null}, or the request leaves a\n")
                .addJavadoc("    member the waiter needs unset\n")
                .addJavadoc("@throws $T if an acceptor reports failure\n", CoreTypes.WAITER_FAILED_EXCEPTION)
                .addJavadoc("@throws $T if the timeout passes first\n", CoreTypes.WAITER_TIMEOUT_EXCEPTION)
                .addJavadoc("@throws $T if the call or a poll fails for good\n", CoreTypes.SDK_EXCEPTION)
                .addParameter(types.shape(startRequest.name()), "request")
                .addParameter(Duration.class, "timeout");
        // Checked before the call: a missing timeout must not be found only after the work was started.
        nullCheck(method, "timeout");
        method.addStatement("long start = runtime.nanoTime()");
        method.addStatement("$T started = $N(request)", types.shape(startResponse.name()),
                Names.methodName(start.action()).orElseThrow());
        CodeBlock requestId = startResponse.members().stream().filter(m -> m.wireName().equals("RequestId")).findFirst()
                .map(m -> CodeBlock.of("started.$N()", m.javaName()))
                .orElse(CodeBlock.of("null"));
        List<CodeBlock> arguments = new ArrayList<>();
        for (MemberModel p : parameters) {
            String fromRequest = startedBy.input().get(p.wireName());
            if (fromRequest != null) {
                arguments.add(CodeBlock.of("request.$N()", rawAccessor(startRequest.member(fromRequest))));
            } else {
                MemberModel from = startResponse.member(startedBy.output().get(p.wireName()));
                method.addStatement("$T $N = runtime.requireMember(started.$N(), $T.$N,$W$S,$W$L)",
                        types.storageType(from.type()), p.javaName(), rawAccessor(from), types.operations(),
                        OperationsClassSpec.constantName(start), from.wireName(), requestId);
                arguments.add(CodeBlock.of("$N", p.javaName()));
            }
        }
        arguments.add(CodeBlock.of("runtime.remaining(timeout, start)"));
        return Optional.of(method.addStatement("return $N($L)", waitMethod, CodeBlock.join(arguments, ", ")).build());
    }

    /** The polled action, how the target is found, the acceptors and the delays, as a paragraph. */
    private String pollingDoc(WaiterModel waiter, OperationModel op, ShapeModel target) {
        StringBuilder doc = new StringBuilder("<p>Polls {@code ").append(op.action()).append("}");
        if (waiter.items().isPresent()) {
            doc.append(", following its pages, for the item of {@code ").append(waiter.items().get())
                    .append("} whose {@code ").append(waiter.key().orElseThrow()).append("} is given");
        }
        doc.append(". On the ").append(waiter.items().isPresent() ? target.name() : "response").append(", in order:");
        for (AcceptorModel a : waiter.acceptors()) {
            doc.append(" {@code ").append(a.dottedPath()).append("} = {@code ").append(Javadoc.escape(a.expected()))
                    .append("}: ").append(a.state().specName()).append(';');
        }
        doc.append(" anything else (values this SDK does not know included")
                .append(waiter.items().isPresent() ? ", or the item not listed yet" : "")
                .append("): poll again. The first wait is ").append(waiter.initialDelaySeconds())
                .append(" s, growing to at most ").append(waiter.maxDelaySeconds())
                .append(" s between polls, unless the client's builder sets {@code waiterPollInterval}.");
        return Javadoc.wrap(doc.toString()) + "\n\n";
    }

    /** {@code "ExportId=" + exportId} for an item; the inputs, or the action, for an answer. */
    private CodeBlock targetLabel(WaiterModel waiter, List<MemberModel> parameters) {
        List<MemberModel> shown = waiter.key().isPresent() ? List.of(parameters.get(parameters.size() - 1)) : parameters;
        if (shown.isEmpty()) {
            return CodeBlock.of("$S", waiter.operation());
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            parts.add(CodeBlock.of("$S + $N", (i == 0 ? "" : ", ") + shown.get(i).wireName() + "=", shown.get(i).javaName()));
        }
        return CodeBlock.join(parts, " + ");
    }

    /** The waiter's parameters as members: inputs of the polled request, then the key of the item. */
    private List<MemberModel> parameters(WaiterModel waiter) {
        ShapeModel request = service.shape(operation(waiter).inputShape()).orElseThrow();
        List<MemberModel> parameters = new ArrayList<>();
        waiter.input().forEach(m -> parameters.add(request.member(m)));
        waiter.key().ifPresent(k -> parameters.add(target(waiter).member(k)));
        return parameters;
    }

    /** Reads an acceptor's value: a method reference for a member of the target, an {@code Optional} chain for a path. */
    private CodeBlock valueReader(ShapeModel target, AcceptorModel acceptor) {
        List<MemberModel> steps = new ArrayList<>();
        ShapeModel current = target;
        for (String wire : acceptor.path()) {
            MemberModel m = current.member(wire);
            steps.add(m);
            if (m.type() instanceof TypeRef.ShapeType next) {
                current = service.shape(next.name()).orElseThrow();
            }
        }
        ClassName targetType = types.shape(target.name());
        if (steps.size() == 1) {
            return CodeBlock.of("$T::$N", targetType, rawAccessor(steps.get(0)));
        }
        CodeBlock.Builder chain = CodeBlock.builder().add("($T target) -> $T.ofNullable(target.$N())", targetType,
                Optional.class, steps.get(0).javaName());
        for (int i = 1; i < steps.size(); i++) {
            ClassName owner = types.shape(((TypeRef.ShapeType) steps.get(i - 1).type()).name());
            chain.add(".map($T::$N)", owner, rawAccessor(steps.get(i)));
        }
        return chain.add(".orElse(null)").build();
    }

    /** An enum member's raw string ({@code statusAsString}), any other member's value. */
    private static String rawAccessor(MemberModel member) {
        return member.type() instanceof TypeRef.EnumType ? member.rawName() : member.javaName();
    }

    private static void nullCheck(MethodSpec.Builder method, String parameter) {
        method.beginControlFlow("if ($N == null)", parameter)
                .addStatement("throw new $T($S)", IllegalArgumentException.class, parameter + " must not be null")
                .endControlFlow();
    }

    private ShapeModel target(WaiterModel waiter) {
        ShapeModel output = service.shape(operation(waiter).outputShape()).orElseThrow();
        if (waiter.items().isEmpty()) {
            return output;
        }
        TypeRef.ListOf list = (TypeRef.ListOf) output.member(waiter.items().get()).type();
        return service.shape(((TypeRef.ShapeType) list.element()).name()).orElseThrow();
    }

    private OperationModel operation(WaiterModel waiter) {
        return service.operation(waiter.operation()).orElseThrow();
    }
}
