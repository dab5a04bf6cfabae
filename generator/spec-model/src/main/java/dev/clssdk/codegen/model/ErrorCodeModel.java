package dev.clssdk.codegen.model;

/**
 * An error code the server can answer.
 *
 * @param code        the wire string, for example {@code LimitExceeded.Export}
 * @param description from the spec
 * @param common      whether every action can answer it
 * @param retryable   whether repeating the call is safe for any action (throttling)
 * @param kind        what the code means for retries, by the rule of {@link ErrorKind#of}
 */
public record ErrorCodeModel(String code, String description, boolean common, boolean retryable, ErrorKind kind) {

    /**
     * The code's family: the part before the first {@code .} ({@code AuthFailure.SignatureExpire}
     * is in family {@code AuthFailure}; {@code RequestLimitExceeded} is its own family). The
     * generated SDK has one exception class per family.
     */
    public String family() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
