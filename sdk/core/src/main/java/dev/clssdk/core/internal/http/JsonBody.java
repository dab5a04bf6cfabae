package dev.clssdk.core.internal.http;

import dev.clssdk.core.client.CallContext;
import dev.clssdk.core.signing.Tc3Signer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body that exposes its bytes, so the signer hashes exactly what is sent without
 * copying or serializing twice, and carries the attempt's {@link CallContext} to the interceptors.
 *
 * <p>Why the body and not a request tag: OkHttp 5 keys tags by Kotlin class, and the first one
 * loads Kotlin's reflection (about 40 classes) into a cold start. The interceptors find the body of
 * the request the call was made with ({@code chain.call().request()}), which stays the SDK's own
 * even when an interceptor of a caller's client sends a changed request on.
 */
public final class JsonBody extends RequestBody {
    /** {@value Tc3Signer#CONTENT_TYPE}, the one content type the signer signs. */
    public static final MediaType MEDIA_TYPE = MediaType.get(Tc3Signer.CONTENT_TYPE);

    private final byte[] bytes;
    private final CallContext context;

    /**
     * A body without an attempt.
     *
     * @param bytes the serialized JSON; not copied, must not change afterwards
     */
    public JsonBody(byte[] bytes) {
        this(bytes, null);
    }

    /**
     * @param bytes the serialized JSON; not copied, must not change afterwards
     * @param context the attempt it is sent for, or {@code null}
     */
    public JsonBody(byte[] bytes, CallContext context) {
        this.bytes = bytes;
        this.context = context;
    }

    /**
     * The attempt a chain's call was made for.
     *
     * @param chain an interceptor's chain
     * @return the attempt, or {@code null} for a call the SDK did not make
     */
    public static CallContext context(Interceptor.Chain chain) {
        RequestBody body = chain.call().request().body();
        return body instanceof JsonBody ? ((JsonBody) body).context : null;
    }

    /**
     * The exact bytes written.
     *
     * @return the bytes; do not modify
     */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public MediaType contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    /**
     * Writes the exact bytes that were signed.
     *
     * @param sink where OkHttp sends the body
     * @throws java.io.IOException if the sink fails
     */
    @Override
    public void writeTo(BufferedSink sink) throws java.io.IOException {
        sink.write(bytes);
    }
}
