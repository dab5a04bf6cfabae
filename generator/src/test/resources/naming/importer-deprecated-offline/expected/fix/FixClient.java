package dev.clssdk.fix;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.fix.model.DescribeThingRequest;
import dev.clssdk.fix.model.DescribeThingResponse;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * A client of the FIX API 2024-01-01: Fixture (fix) API 2024-01-01.
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
     * DescribeThing.
     *
     * <p>Does DescribeThing.
     *
     * <p>Not idempotent: never repeated once it may have reached the server (only an attempt the
     * server refused for throttling is retried). No documented rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     * @deprecated the API marks this action deprecated; its description gives the reason
     */
    @Deprecated
    public DescribeThingResponse describeThing(DescribeThingRequest request) {
        return runtime.execute(FixOperations.DESCRIBE_THING, request, RequestOptions.none(), DescribeThingResponse.class);
    }

    /**
     * {@link #describeThing(DescribeThingRequest)} with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return the response
     * @throws FixServiceException if the service answers an error (a subclass for each family of codes)
     * @throws SdkException for any other failure: transport, protocol, credentials, interruption
     * @deprecated the API marks this action deprecated; its description gives the reason
     */
    @Deprecated
    public DescribeThingResponse describeThing(DescribeThingRequest request,
            RequestOptions options) {
        return runtime.execute(FixOperations.DESCRIBE_THING, request, options, DescribeThingResponse.class);
    }

    /**
     * {@link #describeThing(DescribeThingRequest)} without blocking: the same call, retries and rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #describeThing(DescribeThingRequest)} would throw
     * @deprecated the API marks this action deprecated; its description gives the reason
     */
    @Deprecated
    public CompletableFuture<DescribeThingResponse> describeThingAsync(
            DescribeThingRequest request) {
        return runtime.executeAsync(FixOperations.DESCRIBE_THING, request, RequestOptions.none(), DescribeThingResponse.class);
    }

    /**
     * {@link #describeThing(DescribeThingRequest)} without blocking, with per-call settings that override the client's.
     *
     * @param request the request, built (and so checked) by its builder
     * @param options timeouts, headers, credentials or retry policy for this call
     * @return a future that completes with the response, or exceptionally with the exception
     *     {@link #describeThing(DescribeThingRequest, RequestOptions)} would throw
     * @deprecated the API marks this action deprecated; its description gives the reason
     */
    @Deprecated
    public CompletableFuture<DescribeThingResponse> describeThingAsync(DescribeThingRequest request,
            RequestOptions options) {
        return runtime.executeAsync(FixOperations.DESCRIBE_THING, request, options, DescribeThingResponse.class);
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
