package dev.clssdk.okhttp.internal;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The JSON body of an exchange: the exact bytes the core signed, and the exchange's state for the
 * transport's interceptors.
 *
 * <p>Why the body and not a request tag: OkHttp 5 keys tags by Kotlin class, and the first one
 * loads Kotlin's reflection (about 40 classes) into a cold start. The interceptors find the body of
 * the request the call was made with ({@code chain.call().request()}), which stays the SDK's own
 * even when an interceptor of an application's client sends a changed request on.
 */
final class ExchangeBody extends RequestBody {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final byte[] bytes;
    private final OkHttpTransport.Exchange exchange;

    ExchangeBody(byte[] bytes, OkHttpTransport.Exchange exchange) {
        this.bytes = bytes;
        this.exchange = exchange;
    }

    /** The exchange a chain's call was made for, or {@code null} for a call the SDK did not make. */
    static OkHttpTransport.Exchange exchange(Interceptor.Chain chain) {
        RequestBody body = chain.call().request().body();
        return body instanceof ExchangeBody ? ((ExchangeBody) body).exchange : null;
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws java.io.IOException {
        sink.write(bytes);
    }
}
