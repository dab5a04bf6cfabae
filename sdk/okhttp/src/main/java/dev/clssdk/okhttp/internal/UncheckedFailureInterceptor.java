package dev.clssdk.okhttp.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The outermost interceptor: an unchecked exception anywhere below it (OkHttp refusing a header
 * value, an application interceptor of a supplied client failing) becomes an
 * {@link UncheckedFailure}, which the transport reports as a client failure. OkHttp rethrows
 * unchecked exceptions of asynchronous calls on its dispatcher thread, where nobody catches them,
 * after reporting them as "canceled", which looked retryable; as an I/O failure it reaches the
 * call's callback once. Its message is not kept: such messages quote header values.
 */
final class UncheckedFailureInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (RuntimeException e) {
            OkHttpTransport.Exchange exchange = ExchangeBody.exchange(chain);
            throw new UncheckedFailure(e, exchange != null && exchange.connected);
        }
    }

    /** An unchecked exception of the HTTP stack, carried to the transport as OkHttp requires: an I/O exception. */
    static final class UncheckedFailure extends IOException {
        private static final long serialVersionUID = 1L;

        final boolean connected;

        UncheckedFailure(RuntimeException cause, boolean connected) {
            super(cause.getClass().getName(), cause);
            this.connected = connected;
        }
    }
}
