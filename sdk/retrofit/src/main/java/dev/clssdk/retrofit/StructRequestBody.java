package dev.clssdk.retrofit;

import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A generated request as the body of the request Retrofit builds (what {@code call.request()}
 * shows): the JSON {@link StructJson} writes, which is what the runtime signs and sends. Written
 * on first use only, since the runtime writes its own copy for each attempt.
 */
final class StructRequestBody extends RequestBody {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Struct value;
    private volatile byte[] bytes;

    StructRequestBody(Struct value) {
        this.value = value;
    }

    private byte[] bytes() {
        byte[] written = bytes;
        if (written == null) {
            written = StructJson.toJson(value);
            bytes = written;
        }
        return written;
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public long contentLength() {
        return bytes().length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.write(bytes());
    }
}
