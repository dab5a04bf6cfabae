package dev.clssdk.okhttp.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Applies an exchange's own read timeout (a call's {@code RequestOptions}) to its reads and writes. */
final class ExchangeTimeouts implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        OkHttpTransport.Exchange exchange = ExchangeBody.exchange(chain);
        if (exchange == null || exchange.request.readTimeout() == null) {
            return chain.proceed(chain.request());
        }
        long millis = Math.max(1, exchange.request.readTimeout().toMillis());
        int timeout = millis > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) millis;
        return chain.withReadTimeout(timeout, TimeUnit.MILLISECONDS)
                .withWriteTimeout(timeout, TimeUnit.MILLISECONDS)
                .proceed(chain.request());
    }
}
