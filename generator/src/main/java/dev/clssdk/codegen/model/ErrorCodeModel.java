package dev.clssdk.codegen.model;

/**
 * An error code the server can answer.
 *
 * @param code        the wire string, for example {@code LimitExceeded.Export}
 * @param description from the spec
 * @param common      whether every action can answer it
 * @param retryable   whether repeating the call is safe for any action (throttling)
 */
public record ErrorCodeModel(String code, String description, boolean common, boolean retryable) {}
