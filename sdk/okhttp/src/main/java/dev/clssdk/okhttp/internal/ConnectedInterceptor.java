package dev.clssdk.okhttp.internal;

import java.io.IOException;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor: it runs only once a connection is open, so it records that the request
 * may now reach the server (and the socket, so that an abort can close it), and marks any I/O
 * failure below it with {@link RequestSentIOException}. Failures without the mark (refused
 * connection, DNS, connect timeout) happened before anything was sent.
 */
final class ConnectedInterceptor implements Interceptor {
    private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

    private final boolean proxyAuthenticates;

    /**
     * @param proxyAuthenticates whether a proxy authenticator is configured, which OkHttp asks on a
     *     {@code 407} from a plain-HTTP proxy: then the 407 must reach OkHttp as a response
     */
    ConnectedInterceptor(boolean proxyAuthenticates) {
        this.proxyAuthenticates = proxyAuthenticates;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (chain.call().isCanceled()) {
            throw new IOException("Canceled"); // aborted between the call's start and the connection: nothing sent
        }
        OkHttpTransport.Exchange exchange = ExchangeBody.exchange(chain);
        if (exchange != null) {
            Connection connection = chain.connection();
            exchange.connected(connection == null ? null : connection.socket());
        }
        try {
            Response response = chain.proceed(chain.request());
            if (response.code() == PROXY_AUTHENTICATION_REQUIRED && !proxyAuthenticates && exchange != null) {
                // OkHttp turns a 407 it cannot answer into an exception above this interceptor; the
                // server has answered, so the response is kept and handed to the core like any other
                // (as the JDK's client hands it over), and the exception only carries it out.
                exchange.unansweredChallenge(response);
                throw new RequestSentIOException(new java.net.ProtocolException(
                        "HTTP 407 (proxy authentication required) from " + chain.request().url().host()));
            }
            return response;
        } catch (RequestSentIOException | UncheckedFailureInterceptor.UncheckedFailure e) {
            throw e;
        } catch (IOException e) {
            throw new RequestSentIOException(e);
        }
    }
}
