package dev.clssdk.cls.runtime.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor: it runs only once a connection is open, so any I/O failure it sees
 * happened after the request may have been sent. It marks such failures with
 * {@link RequestSentIOException}; failures without the mark (refused connection, DNS, connect
 * timeout) happened before anything was sent and are safe to retry for every action.
 */
public final class RequestSentInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (RequestSentIOException | ClsFailureIOException e) {
            throw e;
        } catch (IOException e) {
            throw new RequestSentIOException(e);
        }
    }
}
