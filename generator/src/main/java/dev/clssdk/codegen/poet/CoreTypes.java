package dev.clssdk.codegen.poet;

import com.palantir.javapoet.ClassName;

/**
 * The types of the service-agnostic core ({@code dev.clssdk:sdk-core}) that generated code is
 * written against. The generator only names them: it does not depend on the core.
 */
final class CoreTypes {

    private static final String CORE = "dev.clssdk.core";
    private static final String CLIENT = CORE + ".client";

    static final ClassName OPERATION = ClassName.get(CORE, "Operation");
    static final ClassName REQUEST_OPTIONS = ClassName.get(CORE, "RequestOptions");
    static final ClassName PAGINATOR = ClassName.get(CORE, "Paginator");
    static final ClassName CURSOR_PAGINATOR = ClassName.get(CORE, "CursorPaginator");
    static final ClassName SERVICE_EXCEPTION = ClassName.get(CORE, "ServiceException");
    static final ClassName SERVICE_EXCEPTION_DETAILS = SERVICE_EXCEPTION.nestedClass("Details");
    static final ClassName VALIDATION_EXCEPTION = ClassName.get(CORE, "ValidationException");
    static final ClassName VIOLATION = ClassName.get(CORE, "Violation");
    static final ClassName SDK_EXCEPTION = ClassName.get(CORE, "SdkException");
    static final ClassName WAITER_FAILED_EXCEPTION = ClassName.get(CORE, "WaiterFailedException");
    static final ClassName WAITER_TIMEOUT_EXCEPTION = ClassName.get(CORE, "WaiterTimeoutException");

    static final ClassName SERVICE_METADATA = ClassName.get(CLIENT, "ServiceMetadata");
    static final ClassName ERROR_KIND = ClassName.get(CLIENT, "ErrorKind");
    static final ClassName CLIENT_RUNTIME = ClassName.get(CLIENT, "ClientRuntime");
    static final ClassName SDK_CLIENT_BUILDER = ClassName.get(CLIENT, "SdkClientBuilder");
    static final ClassName PAGINATOR_DEFINITION = ClassName.get(CLIENT, "PaginatorDefinition");
    static final ClassName CURSOR_PAGINATOR_DEFINITION = ClassName.get(CLIENT, "CursorPaginatorDefinition");
    static final ClassName WAITER_DEFINITION = ClassName.get(CLIENT, "WaiterDefinition");
    static final ClassName WAITER_ACCEPTOR = WAITER_DEFINITION.nestedClass("Acceptor");
    static final ClassName WAITER_STATE = WAITER_DEFINITION.nestedClass("State");

    private CoreTypes() {}
}
