package dev.clssdk.core.internal.http;

import dev.clssdk.core.Operation;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.IOException;

/**
 * Writes the body of an action's request: an action is a signed {@code POST /} whose JSON body is
 * the request and whose {@code X-TC-Action} header names the action, so one request shape serves
 * them all and no per-action interface, proxy or reflection is needed. A generated request is
 * written by {@link StructJson#toJson}, on no JSON library (a hand-written type by Jackson, when the
 * application has it).
 */
public final class ActionCalls {
    /** The writer of a client's requests. */
    public ActionCalls() {
    }

    /**
     * Refuses, before anything is sent, a hand-written request or response type when Jackson
     * databind, which reads and writes those, is not on the class path.
     *
     * @param operation the action
     * @param request the request
     * @param responseType the class of the response
     * @throws IllegalArgumentException naming the type and what it needs
     */
    public static void checkTypes(Operation<?, ?> operation, Object request, Class<?> responseType) {
        Class<?> handWritten = !(request instanceof Struct) ? request.getClass()
                : !Struct.class.isAssignableFrom(responseType) ? responseType : null;
        if (handWritten != null && !DatabindJson.available()) {
            throw new IllegalArgumentException(operation.action() + ": " + handWritten.getName() + " is not a generated"
                    + " type; types other than generated ones are written and read by Jackson databind"
                    + " (com.fasterxml.jackson.core:jackson-databind), which is not on the class path");
        }
    }

    /**
     * The JSON body of a request.
     *
     * @param operation the action
     * @param request the action's request
     * @return the bytes to sign and send
     * @throws TransportException (not retryable, nothing sent) if the request cannot be written as JSON
     */
    public byte[] body(Operation<?, ?> operation, Object request) {
        try {
            return request instanceof Struct ? StructJson.toJson((Struct) request) : DatabindJson.write(request);
        } catch (IOException | RuntimeException e) {
            // Not the message: it may quote the request's values.
            throw TransportException.builder(operation.action(), "cannot write " + request.getClass().getSimpleName()
                    + " as JSON: " + e.getClass().getName()).build();
        }
    }
}
