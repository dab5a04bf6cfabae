package dev.clssdk.fix;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.PaginatorDefinition;
import dev.clssdk.core.client.WaiterDefinition;
import dev.clssdk.fix.model.ListWidgetsRequest;
import dev.clssdk.fix.model.ListWidgetsResponse;
import dev.clssdk.fix.model.PingRequest;
import dev.clssdk.fix.model.PingResponse;
import dev.clssdk.fix.model.PutWidgetRequest;
import dev.clssdk.fix.model.PutWidgetResponse;
import dev.clssdk.fix.model.Widget;
import dev.clssdk.fix.model.WidgetDetail;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The SDK's {@link FixClient}: every call goes through the core's runtime, which signs, sends, retries
 * and reads it. Made by {@link FixClient.Builder#build()}.
 */
@Generated("dev.clssdk.codegen")
final class DefaultFixClient implements FixClient {
    private final ClientRuntime runtime;

    DefaultFixClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public ListWidgetsResponse listWidgets(ListWidgetsRequest request, RequestOptions options) {
        return runtime.execute(FixOperations.LIST_WIDGETS, request, options, ListWidgetsResponse.class);
    }

    @Override
    public CompletableFuture<ListWidgetsResponse> listWidgetsAsync(ListWidgetsRequest request,
            RequestOptions options) {
        return runtime.executeAsync(FixOperations.LIST_WIDGETS, request, options, ListWidgetsResponse.class);
    }

    @Override
    public PingResponse ping(PingRequest request, RequestOptions options) {
        return runtime.execute(FixOperations.PING, request, options, PingResponse.class);
    }

    @Override
    public CompletableFuture<PingResponse> pingAsync(PingRequest request, RequestOptions options) {
        return runtime.executeAsync(FixOperations.PING, request, options, PingResponse.class);
    }

    @Override
    public PutWidgetResponse putWidget(PutWidgetRequest request, RequestOptions options) {
        return runtime.execute(FixOperations.PUT_WIDGET, request, options, PutWidgetResponse.class);
    }

    @Override
    public CompletableFuture<PutWidgetResponse> putWidgetAsync(PutWidgetRequest request,
            RequestOptions options) {
        return runtime.executeAsync(FixOperations.PUT_WIDGET, request, options, PutWidgetResponse.class);
    }

    @Override
    public PingResponse waitUntilServiceHealthy(Duration timeout) {
        if (timeout == null) {
            throw new IllegalArgumentException("timeout must not be null");
        }
        PingRequest poll = PingRequest.builder().build();
        return runtime.await(Definitions.SERVICE_HEALTHY, "Ping", timeout,
                () -> ping(poll));
    }

    @Override
    public Widget waitUntilWidgetReady(String owner, String widgetId, Duration timeout) {
        if (owner == null) {
            throw new IllegalArgumentException("owner must not be null");
        }
        if (widgetId == null) {
            throw new IllegalArgumentException("widgetId must not be null");
        }
        if (timeout == null) {
            throw new IllegalArgumentException("timeout must not be null");
        }
        ListWidgetsRequest poll = ListWidgetsRequest.builder().owner(owner).limit(50).build();
        return runtime.await(Definitions.WIDGET_READY, "WidgetId=" + widgetId, timeout,
                () -> listWidgetsPaginator(poll).stream()
                    .filter(item -> widgetId.equals(item.widgetId()))
                    .findFirst()
                    .orElse(null));
    }

    @Override
    public Widget putWidgetAndWait(PutWidgetRequest request, Duration timeout) {
        if (timeout == null) {
            throw new IllegalArgumentException("timeout must not be null");
        }
        long start = runtime.nanoTime();
        PutWidgetResponse started = putWidget(request);
        String widgetId = runtime.requireMember(started.widgetId(), FixOperations.PUT_WIDGET,
                "WidgetId", started.requestId());
        return waitUntilWidgetReady(request.owner(), widgetId, runtime.remaining(timeout, start));
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "FixClient[" + runtime + "]";
    }

    /**
     * The paginator and waiter definitions, in a holder of their own: they are built on first
     * use, so a client that never pages or waits does not pay for them at start-up.
     */
    static final class Definitions {
        static final PaginatorDefinition<ListWidgetsRequest, ListWidgetsResponse, Widget> LIST_WIDGETS_PAGINATOR = PaginatorDefinition.offsetLimit(
                "ListWidgets",
                request -> request.offset() == null ? null : request.offset().longValue(),
                request -> request.limit() == null ? null : request.limit().longValue(),
                (request, offset) -> request.toBuilder().offset(Math.toIntExact(offset)).build(),
                ListWidgetsResponse::widgets,
                ListWidgetsResponse::total);

        static final WaiterDefinition<PingResponse> SERVICE_HEALTHY = WaiterDefinition.of(
                "ServiceHealthy",
                "Ping",
                List.of(
                        new WaiterDefinition.Acceptor<>("Health", PingResponse::health, "ok", WaiterDefinition.State.SUCCESS)),
                Duration.ofSeconds(0),
                Duration.ofSeconds(5));

        static final WaiterDefinition<Widget> WIDGET_READY = WaiterDefinition.of(
                "WidgetReady",
                "ListWidgets",
                List.of(
                        new WaiterDefinition.Acceptor<>("State", Widget::stateAsString, "Ready", WaiterDefinition.State.SUCCESS),
                        new WaiterDefinition.Acceptor<>("State", Widget::stateAsString, "Broken", WaiterDefinition.State.FAILURE),
                        new WaiterDefinition.Acceptor<>("Detail.Phase", (Widget target) -> Optional.ofNullable(target.detail()).map(WidgetDetail::phase).orElse(null), "scrapped", WaiterDefinition.State.FAILURE)),
                Duration.ofSeconds(2),
                Duration.ofSeconds(20));

        private Definitions() {
        }
    }
}
