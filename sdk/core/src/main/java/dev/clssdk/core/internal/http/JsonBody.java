package dev.clssdk.core.internal.http;

import dev.clssdk.core.signing.Tc3Signer;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body that exposes its bytes, so the signer hashes exactly what is sent without
 * copying or serializing twice.
 */
public final class JsonBody extends RequestBody {
    /** {@value Tc3Signer#CONTENT_TYPE}, the one content type the signer signs. */
    public static final MediaType MEDIA_TYPE = MediaType.get(Tc3Signer.CONTENT_TYPE);

    private final byte[] bytes;

    /**
     * @param bytes the serialized JSON; not copied, must not change afterwards
     */
    public JsonBody(byte[] bytes) {
        this.bytes = bytes;
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
