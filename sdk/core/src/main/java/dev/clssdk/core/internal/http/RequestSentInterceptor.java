package dev.clssdk.core.internal.http;

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
    private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

    private final boolean proxyAuthenticates;

    /** For a client without a proxy authenticator. */
    public RequestSentInterceptor() {
        this(false);
    }

    /**
     * @param proxyAuthenticates whether a proxy authenticator is configured, which OkHttp asks on a
     *     {@code 407} from a plain-HTTP proxy: then the answer must reach OkHttp as a response
     */
    public RequestSentInterceptor(boolean proxyAuthenticates) {
        this.proxyAuthenticates = proxyAuthenticates;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (chain.call().isCanceled()) {
            throw new IOException("Canceled"); // closed between admission and the connection: nothing sent
        }
        dev.clssdk.core.client.CallContext context = JsonBody.context(chain);
        if (context != null) {
            okhttp3.Connection connection = chain.connection();
            context.connected(connection == null ? null : connection.socket());
        }
        try {
            Response response = chain.proceed(chain.request());
            if (response.code() == PROXY_AUTHENTICATION_REQUIRED && !proxyAuthenticates) {
                // OkHttp turns a 407 into an exception above this interceptor, where it would look
                // like a failure before sending; the server has answered, so mark it as sent.
                response.close();
                throw new RequestSentIOException(new java.net.ProtocolException(
                        "HTTP 407 (proxy authentication required) from " + chain.request().url().host()));
            }
            return response;
        } catch (RequestSentIOException | FailureIOException e) {
            throw e;
        } catch (IOException e) {
            throw new RequestSentIOException(e);
        }
    }
}
