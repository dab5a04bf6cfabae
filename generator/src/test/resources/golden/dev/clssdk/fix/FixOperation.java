package dev.clssdk.fix;

import dev.clssdk.fix.model.PingRequest;
import dev.clssdk.fix.model.PingResponse;
import dev.clssdk.fix.model.PutWidgetRequest;
import dev.clssdk.fix.model.PutWidgetResponse;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The actions of the FIX API and the facts the runtime needs about each.
 */
@Generated("dev.clssdk.codegen")
public enum FixOperation {
    /**
     * {@code Ping}: Check the service.
     */
    PING("Ping", PingRequest.class, PingResponse.class, true, OptionalInt.empty(),
            EnumSet.noneOf(FixErrorCode.class)),

    /**
     * {@code PutWidget}: Store a widget.
     */
    PUT_WIDGET("PutWidget", PutWidgetRequest.class, PutWidgetResponse.class, false,
            OptionalInt.of(5), EnumSet.of(FixErrorCode.LIMIT_EXCEEDED_WIDGET,
            FixErrorCode.INVALID_PARAMETER));

    private final String action;

    private final Class<?> requestType;

    private final Class<?> responseType;

    private final boolean idempotent;

    private final OptionalInt rateLimitPerSecond;

    private final Set<FixErrorCode> documentedErrors;

    FixOperation(String action, Class<?> requestType, Class<?> responseType, boolean idempotent,
            OptionalInt rateLimitPerSecond, EnumSet<FixErrorCode> documentedErrors) {
        this.action = action;
        this.requestType = requestType;
        this.responseType = responseType;
        this.idempotent = idempotent;
        this.rateLimitPerSecond = rateLimitPerSecond;
        this.documentedErrors = Collections.unmodifiableSet(documentedErrors);
    }

    /**
     * The {@code X-TC-Action} header value.
     *
     * @return the action name
     */
    public String action() {
        return action;
    }

    /**
     * The generated request class.
     *
     * @return the class
     */
    public Class<?> requestType() {
        return requestType;
    }

    /**
     * The generated response class (the content of the envelope).
     *
     * @return the class
     */
    public Class<?> responseType() {
        return responseType;
    }

    /**
     * Whether the call may be repeated after the server may have acted on it.
     *
     * @return {@code true} if a retry cannot do the work twice
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /**
     * The documented request limit per second, if any.
     *
     * @return the limit
     */
    public OptionalInt rateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    /**
     * The error codes the API documents for this action (common codes are not repeated here).
     *
     * @return an unmodifiable set
     */
    public Set<FixErrorCode> documentedErrors() {
        return documentedErrors;
    }

    /**
     * The operation with the given {@code X-TC-Action} value.
     *
     * @param action the action name
     * @return the operation, or empty if this SDK version does not know it
     */
    public static Optional<FixOperation> fromAction(String action) {
        for (FixOperation operation : values()) {
            if (operation.action.equals(action)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
