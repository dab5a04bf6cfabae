package dev.clssdk.codegen.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * One RPC action.
 *
 * @param action       the {@code X-TC-Action} value, also the base of the Java names
 * @param summary      one line
 * @param description  longer text, may be empty
 * @param inputShape   the name of the request shape
 * @param outputShape  the name of the response shape (the content of the {@code Response} envelope)
 * @param idempotent   whether repeating the call after the server may have acted on it is safe
 * @param rateLimitPerSecond the documented request limit, if any
 * @param errorCodes   the codes this action documents, in spec order
 * @param deprecated   the spec marks the action deprecated (Tencent: {@code status: deprecated})
 */
public record OperationModel(
        String action,
        String summary,
        String description,
        String inputShape,
        String outputShape,
        boolean idempotent,
        OptionalInt rateLimitPerSecond,
        List<String> errorCodes,
        boolean deprecated) {

    public OperationModel {
        errorCodes = List.copyOf(errorCodes);
    }
}
