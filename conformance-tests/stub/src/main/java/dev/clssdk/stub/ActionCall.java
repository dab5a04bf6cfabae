package dev.clssdk.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import java.time.Instant;
import java.util.Objects;

/**
 * One validated request, as an {@link ActionBehaviour} sees it.
 *
 * @param operation the action, as the spec describes it
 * @param input     the request body, already valid against the input shape, with every absent
 *                  member that has a documented default set to it; the behaviour's own copy
 * @param secretId  the SecretId whose signature the stub verified
 * @param now       the stub's clock at the time the request was handled
 * @param stubUrl   the stub's base URL (for example {@code http://127.0.0.1:54321/}), for answers
 *                  that point back at the stub, such as download addresses
 * @param model     the whole API the stub plays
 */
public record ActionCall(OperationModel operation, ObjectNode input, String secretId, Instant now, String stubUrl,
        ServiceModel model) {

    public ActionCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(stubUrl, "stubUrl");
        Objects.requireNonNull(model, "model");
    }

    /** The {@code X-TC-Action} name. */
    public String action() {
        return operation.action();
    }
}
