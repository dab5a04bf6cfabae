package dev.clssdk.fix;

import dev.clssdk.core.Operation;
import dev.clssdk.fix.model.ListWidgetsRequest;
import dev.clssdk.fix.model.ListWidgetsResponse;
import dev.clssdk.fix.model.PingRequest;
import dev.clssdk.fix.model.PingResponse;
import dev.clssdk.fix.model.PutWidgetRequest;
import dev.clssdk.fix.model.PutWidgetResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The actions of the FIX API and the facts the core needs about each.
 */
@Generated("dev.clssdk.codegen")
public final class FixOperations {
    /**
     * {@code ListWidgets}: List the widgets of an owner.
     *
     * <p>Idempotent: a failed attempt may be repeated by the client's retry policy. Documented rate
     * limit: 10 requests per second, which the client keeps to unless rate limiting is turned
     * off.
     */
    public static final Operation<ListWidgetsRequest, ListWidgetsResponse> LIST_WIDGETS = Operation.of("ListWidgets",
            true, 10, Set.of("FailedOperation.Busy"));

    /**
     * {@code Ping}: Check the service.
     *
     * <p>Idempotent: a failed attempt may be repeated by the client's retry policy. No documented
     * rate limit.
     */
    public static final Operation<PingRequest, PingResponse> PING = Operation.of("Ping", true, 0,
            Set.of());

    /**
     * {@code PutWidget}: Store a widget.
     *
     * <p>Stores a widget &amp; returns its id; &lt;b&gt;not&lt;/b&gt; idempotent.
     *
     * <p>Not idempotent: never repeated once it may have reached the server (only an attempt the
     * server refused for throttling is retried). Documented rate limit: 5 requests per second,
     * which the client keeps to unless rate limiting is turned off.
     */
    public static final Operation<PutWidgetRequest, PutWidgetResponse> PUT_WIDGET = Operation.of("PutWidget",
            false, 5, Set.of("LimitExceeded.Widget", "InvalidParameter"));

    /**
     * Every action, sorted by name.
     */
    public static final List<Operation<?, ?>> ALL = List.of(LIST_WIDGETS, PING, PUT_WIDGET);

    private FixOperations() {
    }

    /**
     * The operation with the given {@code X-TC-Action} value.
     *
     * @param action the action name
     * @return the operation, or empty if this SDK version does not know it
     */
    public static Optional<Operation<?, ?>> fromAction(String action) {
        for (Operation<?, ?> operation : ALL) {
            if (operation.action().equals(action)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
