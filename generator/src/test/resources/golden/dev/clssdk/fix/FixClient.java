package dev.clssdk.fix;

import dev.clssdk.core.Paginator;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.WaiterFailedException;
import dev.clssdk.core.WaiterTimeoutException;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.fix.model.ListWidgetsRequest;
import dev.clssdk.fix.model.ListWidgetsResponse;
import dev.clssdk.fix.model.PingRequest;
import dev.clssdk.fix.model.PingResponse;
import dev.clssdk.fix.model.PutWidgetRequest;
import dev.clssdk.fix.model.PutWidgetResponse;
import dev.clssdk.fix.model.Widget;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * A client of the FIX API 2001-02-03: Fixture service for the generator's golden-file tests.
 *
 * <p>Thread-safe: create one with {@link #builder()}, share it, and close it when done.
 * Every call is signed, retried and rate-limited by the client; failures arrive as
 * {@link SdkException} subclasses ({@link FixServiceException} and its family subclasses for error responses).
 *
 * <pre>{@code
 * try (FixClient client = FixClient.builder().region("ap-guangzhou").build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>To fake the client in a test, implement the methods the code under test calls, or mock
 * the interface. By default an action's method with options throws
 * {@link UnsupportedOperationException}, the one without options calls it with none, an
 * asynchronous method runs its blocking one, and a paginator pages through the action's method.
 */
@Generated("dev.clssdk.codegen")
public interface FixClient extends AutoCloseable {
    /**
     * A new builder, with the defaults of {@link SdkClientBuilder}.
     *
     * @return the builder
     */
    static Builder builder() {
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
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default ListWidgetsResponse listWidgets(ListWidgetsRequest request) {
        return listWidgets(request, RequestOptions.none());
    }

    /**
     * {@link #listWidgets(ListWidgetsRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default ListWidgetsResponse listWidgets(ListWidgetsRequest request, RequestOptions options) {
        throw ClientRuntime.notImplemented("listWidgets", this);
    }

    /**
     * {@link #listWidgets(ListWidgetsRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #listWidgets(ListWidgetsRequest)} would throw
     */
    default CompletableFuture<ListWidgetsResponse> listWidgetsAsync(ListWidgetsRequest request) {
        return listWidgetsAsync(request, RequestOptions.none());
    }

    /**
     * {@link #listWidgets(ListWidgetsRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #listWidgets(ListWidgetsRequest, RequestOptions)} would throw
     */
    default CompletableFuture<ListWidgetsResponse> listWidgetsAsync(ListWidgetsRequest request,
            RequestOptions options) {
        try {
            return CompletableFuture.completedFuture(listWidgets(request, options));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Check the service.
     *
     * <p>Idempotent: a failed attempt may be repeated by the client's retry policy. No documented
     * rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default PingResponse ping(PingRequest request) {
        return ping(request, RequestOptions.none());
    }

    /**
     * {@link #ping(PingRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default PingResponse ping(PingRequest request, RequestOptions options) {
        throw ClientRuntime.notImplemented("ping", this);
    }

    /**
     * {@link #ping(PingRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #ping(PingRequest)} would throw
     */
    default CompletableFuture<PingResponse> pingAsync(PingRequest request) {
        return pingAsync(request, RequestOptions.none());
    }

    /**
     * {@link #ping(PingRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #ping(PingRequest, RequestOptions)} would throw
     */
    default CompletableFuture<PingResponse> pingAsync(PingRequest request, RequestOptions options) {
        try {
            return CompletableFuture.completedFuture(ping(request, options));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
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
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default PutWidgetResponse putWidget(PutWidgetRequest request) {
        return putWidget(request, RequestOptions.none());
    }

    /**
     * {@link #putWidget(PutWidgetRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default PutWidgetResponse putWidget(PutWidgetRequest request, RequestOptions options) {
        throw ClientRuntime.notImplemented("putWidget", this);
    }

    /**
     * {@link #putWidget(PutWidgetRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #putWidget(PutWidgetRequest)} would throw
     */
    default CompletableFuture<PutWidgetResponse> putWidgetAsync(PutWidgetRequest request) {
        return putWidgetAsync(request, RequestOptions.none());
    }

    /**
     * {@link #putWidget(PutWidgetRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #putWidget(PutWidgetRequest, RequestOptions)} would throw
     */
    default CompletableFuture<PutWidgetResponse> putWidgetAsync(PutWidgetRequest request,
            RequestOptions options) {
        try {
            return CompletableFuture.completedFuture(putWidget(request, options));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
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
    default Paginator<ListWidgetsResponse, Widget> listWidgetsPaginator(
            ListWidgetsRequest request) {
        return Paginator.of(DefaultFixClient.Definitions.LIST_WIDGETS_PAGINATOR, request, this::listWidgets, this::listWidgetsAsync);
    }

    /**
     * Waits for the waiter ServiceHealthy.
     *
     * <p>Polls {@code Ping}. On the response, in order: {@code Health} = {@code ok}: success;
     * anything else (values this SDK does not know included): poll again. The first wait is 0 s,
     * growing to at most 5 s between polls, unless the client's builder sets {@code
     * waiterPollInterval}.
     *
     * @param timeout how long to wait at most
     * @return the response in its success state
     * @throws IllegalArgumentException if a parameter is {@code null}
     * @throws WaiterFailedException if an acceptor reports failure
     * @throws WaiterTimeoutException if the timeout passes first
     * @throws SdkException if a poll fails for good
     */
    default PingResponse waitUntilServiceHealthy(Duration timeout) {
        throw ClientRuntime.notImplemented("waitUntilServiceHealthy", this);
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
    default Widget waitUntilWidgetReady(String owner, String widgetId, Duration timeout) {
        throw ClientRuntime.notImplemented("waitUntilWidgetReady", this);
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
    default Widget putWidgetAndWait(PutWidgetRequest request, Duration timeout) {
        throw ClientRuntime.notImplemented("putWidgetAndWait", this);
    }

    /**
     * Releases the connections and threads this client created (not those of an HTTP client
     * passed to the builder). Calls made after closing fail. Does nothing by default.
     */
    @Override
    default void close() {
    }

    /**
     * Builds a {@link FixClient}; every setting is inherited from {@link SdkClientBuilder}. Not thread-safe.
     */
    final class Builder extends SdkClientBuilder<Builder, FixClient> {
        private Builder() {
        }

        /**
         * Builds the client; it owns its connections and threads until closed.
         *
         * @return the client
         */
        @Override
        public FixClient build() {
            return new DefaultFixClient(buildRuntime(FixService.INSTANCE));
        }
    }
}
