package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.naming.Names;
import java.util.OptionalLong;
import javax.lang.model.element.Modifier;

/**
 * A paginator in the generated client: the core's {@code PaginatorDefinition} as a constant
 * (offset, limit and total read as {@code Long} whatever their width), or for a cursor its
 * {@code CursorPaginatorDefinition}, and the {@code <action>Paginator(request)} method that pages
 * with the client's own calls.
 */
final class PaginatorCode {

    private final GeneratedTypes types;
    private final ServiceModel service;

    PaginatorCode(GeneratedTypes types, ServiceModel service) {
        this.types = types;
        this.service = service;
    }

    static String fieldName(PaginatorModel paginator) {
        return Names.constantName(paginator.operation()).orElseThrow() + "_PAGINATOR";
    }

    /** The item type: the element of the items list. */
    ClassName itemType(PaginatorModel paginator) {
        TypeRef.ListOf list = (TypeRef.ListOf) output(paginator).member(paginator.items()).type();
        return types.shape(((TypeRef.ShapeType) list.element()).name());
    }

    /** The spec's maximum for the limit member, if any: the page size the waiters ask for. */
    OptionalLong limitMaximum(PaginatorModel paginator) {
        return input(paginator).member(paginator.limit()).constraints().maximum();
    }

    /** The limit member, for the literal of a page size. */
    MemberModel limitMember(PaginatorModel paginator) {
        return input(paginator).member(paginator.limit());
    }

    FieldSpec field(PaginatorModel paginator) {
        if (paginator.isCursor()) {
            return cursorField(paginator);
        }
        ClassName request = types.shape(operation(paginator).inputShape());
        ClassName response = types.shape(operation(paginator).outputShape());
        MemberModel offset = input(paginator).member(paginator.offset());
        MemberModel limit = input(paginator).member(paginator.limit());
        MemberModel items = output(paginator).member(paginator.items());
        CodeBlock withOffset = isInt32(offset)
                ? CodeBlock.of("(request, offset) -> request.toBuilder().$N($T.toIntExact(offset)).build()",
                        offset.javaName(), Math.class)
                : CodeBlock.of("(request, offset) -> request.toBuilder().$N(offset).build()", offset.javaName());
        CodeBlock total = paginator.total()
                .map(t -> asLong(response, "response", output(paginator).member(t)))
                .orElse(CodeBlock.of("null"));
        TypeName type = ParameterizedTypeName.get(CoreTypes.PAGINATOR_DEFINITION, request, response, itemType(paginator));
        FieldSpec.Builder field = FieldSpec.builder(type, fieldName(paginator), Modifier.STATIC, Modifier.FINAL);
        boolean deprecatedMember = java.util.stream.Stream.concat(java.util.stream.Stream.of(offset, limit, items),
                paginator.total().map(t -> output(paginator).member(t)).stream()).anyMatch(MemberModel::deprecated);
        if (deprecatedMember) {
            // A paginator an overlay gives over members Tencent marks disabled: they are still the wire's.
            field.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        return field
                .initializer("$T.offsetLimit(\n$>$>$S,\n$L,\n$L,\n$L,\n$T::$N,\n$L)$<$<", CoreTypes.PAGINATOR_DEFINITION,
                        paginator.operation(), asLong(request, "request", offset), asLong(request, "request", limit),
                        withOffset, response, items.javaName(), total)
                .build();
    }

    /** A cursor paginator's definition: the token read and set on the request, the next token, items and end flag read from a page. */
    private FieldSpec cursorField(PaginatorModel paginator) {
        PaginatorModel.Cursor cursor = paginator.cursor().orElseThrow();
        ClassName request = types.shape(operation(paginator).inputShape());
        ClassName response = types.shape(operation(paginator).outputShape());
        MemberModel token = input(paginator).member(cursor.token());
        MemberModel next = output(paginator).member(cursor.nextToken());
        MemberModel items = output(paginator).member(paginator.items());
        CodeBlock over = cursor.over()
                .map(o -> CodeBlock.of("$T::$N", response, output(paginator).member(o).javaName()))
                .orElse(CodeBlock.of("null"));
        TypeName type = ParameterizedTypeName.get(CoreTypes.CURSOR_PAGINATOR_DEFINITION, request, response, itemType(paginator));
        FieldSpec.Builder field = FieldSpec.builder(type, fieldName(paginator), Modifier.STATIC, Modifier.FINAL);
        boolean deprecatedMember = java.util.stream.Stream.concat(java.util.stream.Stream.of(token, next, items),
                cursor.over().map(o -> output(paginator).member(o)).stream()).anyMatch(MemberModel::deprecated);
        if (deprecatedMember) {
            field.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation").build());
        }
        return field.initializer("$T.cursor(\n$>$>$S,\n$T::$N,\n(request, token) -> request.toBuilder().$N(token).build(),\n"
                        + "$T::$N,\n$T::$N,\n$L)$<$<", CoreTypes.CURSOR_PAGINATOR_DEFINITION, paginator.operation(),
                request, token.javaName(), token.javaName(), response, next.javaName(), response, items.javaName(), over)
                .build();
    }

    /**
     * The paginator method of the client interface.
     *
     * @param definitions the class that holds the paginator definitions
     */
    MethodSpec method(PaginatorModel paginator, ClassName definitions) {
        if (paginator.isCursor()) {
            return cursorMethod(paginator, definitions);
        }
        OperationModel op = operation(paginator);
        ClassName request = types.shape(op.inputShape());
        ClassName response = types.shape(op.outputShape());
        String method = Names.methodName(op.action()).orElseThrow();
        return MethodSpec.methodBuilder(Names.paginatorMethodName(op.action(), types.actions()))
                .addJavadoc("$L\n\n", Javadoc.wrap("The {@code " + paginator.items() + "} of every page of {@code "
                        + op.action() + "}, fetched lazily: a page is requested only when iteration reaches it, each"
                        + " with the client's retries and rate limit. Paging starts at the request's {@code "
                        + paginator.offset() + "} and moves it on by the items received, with the request's {@code "
                        + paginator.limit() + "} as the page size"
                        + paginator.total().map(t -> "; it ends at {@code " + t + "}").orElse("") + "."))
                .addJavadoc("@param request the first page's request\n")
                .addJavadoc("@return the paginator; nothing is sent until it is iterated\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(request, "request")
                .returns(ParameterizedTypeName.get(CoreTypes.PAGINATOR, response, itemType(paginator)))
                .addStatement("return $T.of($T.$N, request, this::$N, this::$N)", CoreTypes.PAGINATOR, definitions,
                        fieldName(paginator), method,
                        Names.asyncMethodName(op.action(), types.actions()))
                .build();
    }

    private MethodSpec cursorMethod(PaginatorModel paginator, ClassName definitions) {
        PaginatorModel.Cursor cursor = paginator.cursor().orElseThrow();
        OperationModel op = operation(paginator);
        ClassName request = types.shape(op.inputShape());
        ClassName response = types.shape(op.outputShape());
        String method = Names.methodName(op.action()).orElseThrow();
        return MethodSpec.methodBuilder(Names.paginatorMethodName(op.action(), types.actions()))
                .addJavadoc("$L\n\n", Javadoc.wrap("The {@code " + paginator.items() + "} of every page of {@code "
                        + op.action() + "}, fetched lazily: a page is requested only when iteration reaches it, each"
                        + " with the client's retries and rate limit. Paging starts at the request (its {@code "
                        + cursor.token() + "} is normally unset) and asks for each next page with the {@code "
                        + cursor.nextToken() + "} the previous one handed back; it ends when that is absent or empty"
                        + cursor.over().map(o -> ", when {@code " + o + "} is {@code true}").orElse("")
                        + ", or at a page with no items."))
                .addJavadoc("@param request the first page's request\n")
                .addJavadoc("@return the paginator; nothing is sent until it is iterated\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(request, "request")
                .returns(ParameterizedTypeName.get(CoreTypes.CURSOR_PAGINATOR, response, itemType(paginator)))
                .addStatement("return $T.of($T.$N, request, this::$N, this::$N)", CoreTypes.CURSOR_PAGINATOR,
                        definitions, fieldName(paginator), method,
                        Names.asyncMethodName(op.action(), types.actions()))
                .build();
    }

    /** Reads an integer member as a {@code Long}: a method reference for int64, a widening lambda for int32. */
    private static CodeBlock asLong(ClassName owner, String parameter, MemberModel member) {
        if (isInt32(member)) {
            return CodeBlock.of("$N -> $N.$N() == null ? null : $N.$N().longValue()", parameter, parameter,
                    member.javaName(), parameter, member.javaName());
        }
        return CodeBlock.of("$T::$N", owner, member.javaName());
    }

    static boolean isInt32(MemberModel member) {
        return member.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.INT32;
    }

    private OperationModel operation(PaginatorModel paginator) {
        return service.operation(paginator.operation()).orElseThrow();
    }

    private ShapeModel input(PaginatorModel paginator) {
        return service.shape(operation(paginator).inputShape()).orElseThrow();
    }

    private ShapeModel output(PaginatorModel paginator) {
        return service.shape(operation(paginator).outputShape()).orElseThrow();
    }
}
