package dev.clssdk.core.internal.http;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.client.CallContext;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Applies a call's {@link RequestOptions} that live in HTTP: extra headers (sent, not
 * signed: TC3 signs only {@code content-type} and {@code host}) and the read/write timeout.
 */
public final class RequestOptionsInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext context = JsonBody.context(chain);
        if (context == null) {
            return chain.proceed(request);
        }
        RequestOptions options = context.options();
        Chain effective = chain;
        if (options.readTimeout().isPresent()) {
            int millis = millis(options.readTimeout().get());
            effective = effective.withReadTimeout(millis, TimeUnit.MILLISECONDS)
                    .withWriteTimeout(millis, TimeUnit.MILLISECONDS);
        }
        if (!options.headers().isEmpty()) {
            Request.Builder withHeaders = request.newBuilder();
            for (Map.Entry<String, String> header : options.headers().entrySet()) {
                withHeaders.header(header.getKey(), header.getValue());
            }
            request = withHeaders.build();
        }
        return effective.proceed(request);
    }

    private static int millis(Duration timeout) {
        long millis = Math.max(1, timeout.toMillis());
        return millis > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) millis;
    }
}
