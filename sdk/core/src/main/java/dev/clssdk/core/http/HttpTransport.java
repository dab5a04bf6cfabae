package dev.clssdk.core.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one attempt of a call and reads its response: the only thing the core leaves to an HTTP
 * client. Signing, the envelope, retries, rate limits, redaction, metrics, interrupts and the
 * client's close stay in the core, which calls a transport with a request that is ready to go.
 *
 * <p>A transport never throws for a failed exchange: a refused connection, a timeout, a stalled
 * or oversized body and an abort all come back as a {@link TransportFailure}, which says whether
 * the request may have reached the server (the core retries actions that are not idempotent only
 * when it cannot have). Implementations are thread-safe.
 */
public interface HttpTransport extends AutoCloseable {
    /**
     * Sends the request on the calling thread and waits for the whole response.
     *
     * @param request the signed request
     * @param control aborts the exchange (the client closing, the caller interrupted)
     * @return the response, or the failure
     */
    TransportOutcome execute(TransportRequest request, ExchangeControl control);

    /**
     * Sends the request without blocking the calling thread.
     *
     * @param request the signed request
     * @param control aborts the exchange (the client closing, the future cancelled)
     * @return completes, never exceptionally, with the response or the failure
     */
    CompletableFuture<TransportOutcome> executeAsync(TransportRequest request, ExchangeControl control);

    /**
     * Whether {@link #execute} returns by itself, soon, with an {@linkplain TransportFailure.Kind#ABORTED aborted}
     * failure when the calling thread is interrupted. A transport that blocks in socket I/O does not notice an
     * interrupt; for it the core watches the calling thread and aborts the exchange through its
     * {@link ExchangeControl}, at some cost per call.
     *
     * @return {@code false} unless the implementation knows better
     */
    default boolean interruptible() {
        return false;
    }

    /** Releases the connections and threads this transport created; not those of a client it was given. */
    @Override
    void close();
}
