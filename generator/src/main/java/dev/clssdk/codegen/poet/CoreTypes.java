package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;
import dev.clssdk.codegen.model.ErrorKind;
import dev.clssdk.core.CursorPaginator;
import dev.clssdk.core.Operation;
import dev.clssdk.core.Paginator;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import dev.clssdk.core.WaiterFailedException;
import dev.clssdk.core.WaiterTimeoutException;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.CursorPaginatorDefinition;
import dev.clssdk.core.client.PaginatorDefinition;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.client.WaiterDefinition;

/**
 * The types of the service-agnostic core ({@code dev.clssdk:sdk-core}) that generated code is
 * written against, named from the core's own classes, so that a type the core renames or moves
 * breaks the generator's build instead of the generated code's.
 */
final class CoreTypes {

    static final ClassName OPERATION = ClassName.get(Operation.class);
    static final ClassName REQUEST_OPTIONS = ClassName.get(RequestOptions.class);
    static final ClassName PAGINATOR = ClassName.get(Paginator.class);
    static final ClassName CURSOR_PAGINATOR = ClassName.get(CursorPaginator.class);
    static final ClassName SERVICE_EXCEPTION = ClassName.get(ServiceException.class);
    static final ClassName SERVICE_EXCEPTION_DETAILS = ClassName.get(ServiceException.Details.class);
    static final ClassName VALIDATION_EXCEPTION = ClassName.get(ValidationException.class);
    static final ClassName VIOLATION = ClassName.get(Violation.class);
    static final ClassName SDK_EXCEPTION = ClassName.get(SdkException.class);
    static final ClassName WAITER_FAILED_EXCEPTION = ClassName.get(WaiterFailedException.class);
    static final ClassName WAITER_TIMEOUT_EXCEPTION = ClassName.get(WaiterTimeoutException.class);

    static final ClassName SERVICE_METADATA = ClassName.get(ServiceMetadata.class);
    static final ClassName ERROR_KIND = ClassName.get(dev.clssdk.core.client.ErrorKind.class);
    static final ClassName CLIENT_RUNTIME = ClassName.get(ClientRuntime.class);
    static final ClassName SDK_CLIENT_BUILDER = ClassName.get(SdkClientBuilder.class);
    static final ClassName PAGINATOR_DEFINITION = ClassName.get(PaginatorDefinition.class);
    static final ClassName CURSOR_PAGINATOR_DEFINITION = ClassName.get(CursorPaginatorDefinition.class);
    static final ClassName WAITER_DEFINITION = ClassName.get(WaiterDefinition.class);
    static final ClassName WAITER_ACCEPTOR = ClassName.get(WaiterDefinition.Acceptor.class);
    static final ClassName WAITER_STATE = ClassName.get(WaiterDefinition.State.class);

    private CoreTypes() {}

    /**
     * The core's error kind of the model's: the two enums share their constants' names (the model's
     * also knows the spec's spelling and how a kind is derived from a code), checked here, when code is
     * generated, rather than when it compiles.
     */
    static dev.clssdk.core.client.ErrorKind errorKind(ErrorKind kind) {
        return dev.clssdk.core.client.ErrorKind.valueOf(kind.name());
    }
}
