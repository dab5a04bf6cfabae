package dev.clssdk.fix;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.fix.model.CreateThingAsyncRequest;
import dev.clssdk.fix.model.CreateThingAsyncResponse;
import dev.clssdk.fix.model.CreateThingRequest;
import dev.clssdk.fix.model.CreateThingResponse;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * A client of the FIX API 2024-01-01: Fixture (fix) API 2024-01-01.
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
     * CreateThing.
     *
     * <p>Does CreateThing.
     *
     * <p>Not idempotent: never repeated once it may have reached the server (only an attempt the
     * server refused for throttling is retried). No documented rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default CreateThingResponse createThing(CreateThingRequest request) {
        return createThing(request, RequestOptions.none());
    }

    /**
     * {@link #createThing(CreateThingRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default CreateThingResponse createThing(CreateThingRequest request, RequestOptions options) {
        throw ClientRuntime.notImplemented("createThing", this);
    }

    /**
     * {@link #createThing(CreateThingRequest)} without blocking: the same call, retries and rate limit.
     *
     * <p>Not named {@code createThingAsync}: that is the method of the action {@code CreateThingAsync}.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #createThing(CreateThingRequest)} would throw
     */
    default CompletableFuture<CreateThingResponse> createThingFuture(CreateThingRequest request) {
        return createThingFuture(request, RequestOptions.none());
    }

    /**
     * {@link #createThing(CreateThingRequest)} without blocking, with per-call settings that override the client's.
     *
     * <p>Not named {@code createThingAsync}: that is the method of the action {@code CreateThingAsync}.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #createThing(CreateThingRequest, RequestOptions)} would throw
     */
    default CompletableFuture<CreateThingResponse> createThingFuture(CreateThingRequest request,
            RequestOptions options) {
        try {
            return CompletableFuture.completedFuture(createThing(request, options));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * CreateThingAsync.
     *
     * <p>Does CreateThingAsync.
     *
     * <p>Not idempotent: never repeated once it may have reached the server (only an attempt the
     * server refused for throttling is retried). No documented rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default CreateThingAsyncResponse createThingAsync(CreateThingAsyncRequest request) {
        return createThingAsync(request, RequestOptions.none());
    }

    /**
     * {@link #createThingAsync(CreateThingAsyncRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service responds with an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     */
    default CreateThingAsyncResponse createThingAsync(CreateThingAsyncRequest request,
            RequestOptions options) {
        throw ClientRuntime.notImplemented("createThingAsync", this);
    }

    /**
     * {@link #createThingAsync(CreateThingAsyncRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #createThingAsync(CreateThingAsyncRequest)} would throw
     */
    default CompletableFuture<CreateThingAsyncResponse> createThingAsyncAsync(
            CreateThingAsyncRequest request) {
        return createThingAsyncAsync(request, RequestOptions.none());
    }

    /**
     * {@link #createThingAsync(CreateThingAsyncRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #createThingAsync(CreateThingAsyncRequest, RequestOptions)} would throw
     */
    default CompletableFuture<CreateThingAsyncResponse> createThingAsyncAsync(
            CreateThingAsyncRequest request, RequestOptions options) {
        try {
            return CompletableFuture.completedFuture(createThingAsync(request, options));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
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
