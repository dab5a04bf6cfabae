package dev.clssdk.core.http;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One attempt's request, signed and ready to send: a {@code POST} of JSON bytes with its headers,
 * and the limits the transport applies to this exchange.
 */
public final class TransportRequest {
    private final URI uri;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final long maxResponseBytes;

    /**
     * @param uri where to post
     * @param headers the headers in the order to send them, each with one value; {@code Host} among
     *     them is the value signed (a transport that sets it from the URI sends the same value)
     * @param body the exact bytes signed; not copied, must not change
     * @param readTimeout the longest wait for the response's headers and between its body's bytes, or
     *     {@code null} for the transport's own setting
     * @param callTimeout the longest the whole exchange may take, or {@code null} for the transport's
     *     own setting
     * @param maxResponseBytes the largest body read; a longer one is a {@link TransportFailure}
     */
    public TransportRequest(URI uri, Map<String, String> headers, byte[] body, Duration readTimeout,
            Duration callTimeout, long maxResponseBytes) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = Objects.requireNonNull(body, "body");
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Where to post.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * The headers, in the order to send them.
     *
     * @return name to value, unmodifiable
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The body: the exact bytes that were signed.
     *
     * @return the bytes; do not modify
     */
    public byte[] body() {
        return body;
    }

    /**
     * The longest wait for the response's headers and between bytes of its body.
     *
     * @return the timeout, or {@code null} for the transport's own setting
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The longest the whole exchange may take.
     *
     * @return the timeout, or {@code null} for the transport's own setting
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * The largest response body read.
     *
     * @return bytes
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    @Override
    public String toString() {
        return "TransportRequest[POST " + uri + ", " + body.length + " bytes]"; // headers carry the signature
    }
}
