package dev.clssdk.core.internal.http;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange through SLF4J: one DEBUG line per request and per answer, and the headers
 * at TRACE with {@code Authorization}, {@code Proxy-Authorization} and {@code X-TC-Token} redacted. Bodies are never logged.
 * The SDK only uses the SLF4J API; configuring output is the application's business.
 */
public final class LoggingInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("dev.clssdk.core.http");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String action = request.header("X-TC-Action");
        if (LOG.isDebugEnabled()) {
            LOG.debug("--> {} {} {}", request.method(), request.url(), action);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("--> headers {}", redacted(request.headers()));
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            LOG.debug("<-- {} failed after {} ms: {}", action, elapsed(start), e.toString());
            throw e;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- {} {} in {} ms", response.code(), action, elapsed(start));
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("<-- headers {}", redacted(response.headers()));
        }
        return response;
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * The headers as one line, with credentials replaced.
     *
     * @param headers the headers
     * @return the text
     */
    public static String redacted(Headers headers) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String lower = name.toLowerCase(Locale.ROOT);
            boolean secret = lower.equals("authorization") || lower.equals("x-tc-token")
                    || lower.equals("proxy-authorization");
            if (i > 0) {
                text.append(", ");
            }
            text.append(name).append('=').append(secret ? "(redacted)" : headers.value(i));
        }
        return text.append('}').toString();
    }
}
