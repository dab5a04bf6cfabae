package dev.clssdk.core.internal.http;

import dev.clssdk.core.TransportException;
import dev.clssdk.core.client.CallContext;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The outermost interceptor: an unchecked exception anywhere below it (OkHttp refusing a header
 * value, an application interceptor of a supplied client failing) becomes a typed, non-retryable
 * {@link TransportException} carried as an {@link IOException}. OkHttp rethrows unchecked exceptions
 * of asynchronous calls on its dispatcher thread, where nobody catches them, after reporting them
 * as "canceled", which looked retryable; as an I/O failure it reaches the call's callback once.
 *
 * <p>Neither the exception's message nor the exception itself is kept: such messages quote header
 * values (a session token, for one). Whether the request may have reached the server is known from
 * the attempt's {@link CallContext}: only once a connection was open.
 */
public final class UncheckedFailureInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        try {
            return chain.proceed(request);
        } catch (RuntimeException e) {
            CallContext context = JsonBody.context(chain);
            String action = context != null ? context.operation().action() : String.valueOf(request.header("X-TC-Action"));
            boolean connected = context != null && context.isConnected();
            throw new FailureIOException(new TransportException(action, "the HTTP client failed with "
                    + e.getClass().getName() + (connected ? " after the request may have been sent"
                    : " before the request was sent") + " (message withheld: it may quote header values)",
                    connected, false, false, null));
        }
    }
}
