package dev.clssdk.core.internal.http;

import dev.clssdk.core.Operation;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes the body of an action's request: an action is a signed {@code POST /} whose JSON body is
 * the request and whose {@code X-TC-Action} header names the action, so one request shape serves
 * them all and no per-action interface, proxy or reflection is needed. A generated request is
 * written by {@link StructJson#toJson}, without Jackson (another type by the parser's mapper).
 */
public final class ActionCalls {
    private final EnvelopeParser parser;

    /**
     * @param parser writes types that are not generated
     */
    public ActionCalls(EnvelopeParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
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
            return request instanceof Struct ? StructJson.toJson((Struct) request)
                    : DatabindJson.write(parser.mapper(), request);
        } catch (IOException | RuntimeException e) {
            // Not the message: it may quote the request's values.
            throw new TransportException(operation.action(), "cannot write " + request.getClass().getSimpleName()
                    + " as JSON: " + e.getClass().getName(), false, false, false, null);
        }
    }
}
