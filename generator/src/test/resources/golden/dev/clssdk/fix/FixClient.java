package dev.clssdk.fix;

import dev.clssdk.core.Paginator;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.WaiterFailedException;
import dev.clssdk.core.WaiterTimeoutException;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.PaginatorDefinition;
import dev.clssdk.core.client.SdkClientBuilder;
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
 * A client of the FIX API 2001-02-03: Fixture service for the generator's golden-file tests.
 *
 * <p>Thread-safe: create one with {@link #builder()}, share it, and close it when done.
 * Every call is signed, retried and rate-limited by the client; failures arrive as
 * {@link SdkException} subclasses ({@link FixServiceException} and its family subclasses for error answers).
 *
 * <pre>{@code
 * try (FixClient client = FixClient.builder().region("ap-guangzhou").build()) {
 *     ...
 * }
 * }</pre>
 */
@Generated("dev.clssdk.codegen")
public final class FixClient implements AutoCloseable {
    private final ClientRuntime runtime;

    private FixClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * A new builder, with the defaults of {@link SdkClientBuilder}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * List the widgets of an owner.
     *
     * <p>Idempotent: a failed attempt may be repeated by the client's retry policy. Documented rate
     * limit: 10 requests per second, which the client keeps to unless rate limiting is turned
     * off.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    public ListWidgetsResponse listWidgets(ListWidgetsRequest request) {
        return runtime.execute(FixOperations.LIST_WIDGETS, request, RequestOptions.none(), ListWidgetsResponse.class);
    }

    /**
     * {@link #listWidgets(ListWidgetsRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    public ListWidgetsResponse listWidgets(ListWidgetsRequest request, RequestOptions options) {
        return runtime.execute(FixOperations.LIST_WIDGETS, request, options, ListWidgetsResponse.class);
    }

    /**
     * {@link #listWidgets(ListWidgetsRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #listWidgets(ListWidgetsRequest)} would throw
     */
    public CompletableFuture<ListWidgetsResponse> listWidgetsAsync(ListWidgetsRequest request) {
        return runtime.executeAsync(FixOperations.LIST_WIDGETS, request, RequestOptions.none(), ListWidgetsResponse.class);
    }

    /**
     * {@link #listWidgets(ListWidgetsRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #listWidgets(ListWidgetsRequest, RequestOptions)} would throw
     */
    public CompletableFuture<ListWidgetsResponse> listWidgetsAsync(ListWidgetsRequest request,
            RequestOptions options) {
        return runtime.executeAsync(FixOperations.LIST_WIDGETS, request, options, ListWidgetsResponse.class);
    }

    /**
     * Check the service.
     *
     * <p>Idempotent: a failed attempt may be repeated by the client's retry policy. No documented
     * rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    public PingResponse ping(PingRequest request) {
        return runtime.execute(FixOperations.PING, request, RequestOptions.none(), PingResponse.class);
    }

    /**
     * {@link #ping(PingRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    public PingResponse ping(PingRequest request, RequestOptions options) {
        return runtime.execute(FixOperations.PING, request, options, PingResponse.class);
    }

    /**
     * {@link #ping(PingRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #ping(PingRequest)} would throw
     */
    public CompletableFuture<PingResponse> pingAsync(PingRequest request) {
        return runtime.executeAsync(FixOperations.PING, request, RequestOptions.none(), PingResponse.class);
    }

    /**
     * {@link #ping(PingRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #ping(PingRequest, RequestOptions)} would throw
     */
    public CompletableFuture<PingResponse> pingAsync(PingRequest request, RequestOptions options) {
        return runtime.executeAsync(FixOperations.PING, request, options, PingResponse.class);
    }

    /**
     * Store a widget.
     *
     * <p>Stores a widget &amp; returns its id; &lt;b&gt;not&lt;/b&gt; idempotent.
     *
     * <p>Not idempotent: never repeated once it may have reached the server (only an attempt the
     * server refused for throttling is retried). Documented rate limit: 5 requests per second,
     * which the client keeps to unless rate limiting is turned off.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    public PutWidgetResponse putWidget(PutWidgetRequest request) {
        return runtime.execute(FixOperations.PUT_WIDGET, request, RequestOptions.none(), PutWidgetResponse.class);
    }

    /**
     * {@link #putWidget(PutWidgetRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    public PutWidgetResponse putWidget(PutWidgetRequest request, RequestOptions options) {
        return runtime.execute(FixOperations.PUT_WIDGET, request, options, PutWidgetResponse.class);
    }

    /**
     * {@link #putWidget(PutWidgetRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #putWidget(PutWidgetRequest)} would throw
     */
    public CompletableFuture<PutWidgetResponse> putWidgetAsync(PutWidgetRequest request) {
        return runtime.executeAsync(FixOperations.PUT_WIDGET, request, RequestOptions.none(), PutWidgetResponse.class);
    }

    /**
     * {@link #putWidget(PutWidgetRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #putWidget(PutWidgetRequest, RequestOptions)} would throw
     */
    public CompletableFuture<PutWidgetResponse> putWidgetAsync(PutWidgetRequest request,
            RequestOptions options) {
        return runtime.executeAsync(FixOperations.PUT_WIDGET, request, options, PutWidgetResponse.class);
    }

    /**
     * The {@code Widgets} of every page of {@code ListWidgets}, fetched lazily: a page is
     * requested only when iteration reaches it, each with the client's retries and rate limit.
     * Paging starts at the request's {@code Offset} and moves it on by the items received, with
     * the request's {@code Limit} as the page size; it ends at {@code Total}.
     *
     * @param request the first page's request
     * @return the paginator; nothing is sent until it is iterated
     */
    public Paginator<ListWidgetsResponse, Widget> listWidgetsPaginator(ListWidgetsRequest request) {
        return runtime.paginate(Definitions.LIST_WIDGETS_PAGINATOR, request, this::listWidgets, this::listWidgetsAsync);
    }

    /**
     * Waits for the waiter ServiceHealthy.
     *
     * <p>Polls {@code Ping}. On the answer, in order: {@code Health} = {@code ok}: success;
     * anything else (values this SDK does not know included): poll again. The first wait is 0 s,
     * growing to at most 5 s between polls, unless the client's builder sets {@code
     * waiterPollInterval}.
     *
     * @param timeout how long to wait at most
     * @return the answer in its success state
     * @throws IllegalArgumentException if a parameter is {@code null}
     * @throws WaiterFailedException if an acceptor reports failure
     * @throws WaiterTimeoutException if the timeout passes first
     * @throws SdkException if a poll fails for good
     */
    public PingResponse waitUntilServiceHealthy(Duration timeout) {
        if (timeout == null) {
            throw new IllegalArgumentException("timeout must not be null");
        }
        PingRequest poll = PingRequest.builder().build();
        return runtime.await(Definitions.SERVICE_HEALTHY, "Ping", timeout,
                () -> ping(poll));
    }

    /**
     * Waits until a widget is Ready.
     *
     * <p>Polls {@code ListWidgets}, following its pages, for the item of {@code Widgets} whose
     * {@code WidgetId} is given. On the Widget, in order: {@code State} = {@code Ready}:
     * success; {@code State} = {@code Broken}: failure; {@code Detail.Phase} = {@code scrapped}:
     * failure; anything else (values this SDK does not know included, or the item not listed
     * yet): poll again. The first wait is 2 s, growing to at most 20 s between polls, unless the
     * client's builder sets {@code waiterPollInterval}.
     *
     * @param owner {@code Owner}: Whose widgets.
     * @param widgetId {@code WidgetId}: The widget's id.
     * @param timeout how long to wait at most
     * @return the item in its success state
     * @throws IllegalArgumentException if a parameter is {@code null}
     * @throws WaiterFailedException if an acceptor reports failure
     * @throws WaiterTimeoutException if the timeout passes first
     * @throws SdkException if a poll fails for good
     */
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

    /**
     * Calls {@code PutWidget}, then waits with {@link #waitUntilWidgetReady(String, String,
     * Duration)}, within one timeout.
     *
     * <p>Waits until a widget is Ready.
     *
     * @param request the {@code PutWidget} request
     * @param timeout how long the call and the wait may take together
     * @return the item in its success state
     * @throws IllegalArgumentException if the timeout is {@code null}, or the request leaves a
     *     member the waiter needs unset
     * @throws WaiterFailedException if an acceptor reports failure
     * @throws WaiterTimeoutException if the timeout passes first
     * @throws SdkException if the call or a poll fails for good
     */
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

    /**
     * Releases the connections and threads this client created (not those of an OkHttp client
     * passed to the builder). Calls made after closing fail.
     */
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
    private static final class Definitions {
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

    /**
     * Builds a {@link FixClient}; every setting is inherited from {@link SdkClientBuilder}. Not thread-safe.
     */
    public static final class Builder extends SdkClientBuilder<Builder, FixClient> {
        private Builder() {
        }

        /**
         * Builds the client; it owns its connections and threads until closed.
         *
         * @return the client
         */
        @Override
        public FixClient build() {
            return new FixClient(buildRuntime(FixService.INSTANCE));
        }
    }
}
