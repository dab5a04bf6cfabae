package dev.clssdk.core.internal.http;

import dev.clssdk.core.Operation;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.TransportRequest;

/**
 * One attempt of a call as it goes through the core's stages: what was called, the request as
 * signed and sent, the credentials it was signed with (so text from its response is redacted with
 * exactly those) and the control that aborts its exchange. Made and read by one call's stages only.
 *
 * @param operation the action
 * @param options the call's options
 * @param control aborts the exchange
 * @param request the signed request
 * @param credentials the credentials it was signed with, or {@code null} for an unsigned request
 * @param startNanos when the attempt started, on the runtime's clock
 */
public record Attempt(Operation<?, ?> operation, RequestOptions options, ExchangeControl control,
        TransportRequest request, Credentials credentials, long startNanos) {

    /**
     * The action's name.
     *
     * @return the {@code X-TC-Action} value
     */
    public String action() {
        return operation.action();
    }

    @Override
    public String toString() {
        return "Attempt[" + operation.action() + "]"; // the request's headers carry the signature
    }
}
