package dev.clssdk.core.internal.http;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads a response body completely, but never more than a bound.
 */
public final class BoundedBody {
    private BoundedBody() {
    }

    /**
     * The body's bytes, or {@code null} if it is longer than {@code maxBytes} (only the first
     * {@code maxBytes + 1} bytes are ever read).
     *
     * @param body the body
     * @param maxBytes the bound
     * @return the bytes, or {@code null} when over the bound
     * @throws IOException if reading fails
     */
    public static byte[] read(ResponseBody body, long maxBytes) throws IOException {
        if (body.contentLength() > maxBytes) {
            return null;
        }
        BufferedSource source = body.source();
        if (source.request(maxBytes + 1)) {
            return null;
        }
        return source.getBuffer().readByteArray();
    }

    /**
     * The first bytes of an oversized body, for a message.
     *
     * @param body the body, already partly read by {@link #read}
     * @param maxBytes how many bytes
     * @return up to {@code maxBytes} bytes
     */
    public static byte[] head(ResponseBody body, int maxBytes) {
        okio.Buffer buffer = body.source().getBuffer();
        return buffer.snapshot((int) Math.min(maxBytes, buffer.size())).toByteArray();
    }
}
