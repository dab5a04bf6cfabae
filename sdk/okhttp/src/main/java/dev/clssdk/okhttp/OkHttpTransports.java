package dev.clssdk.okhttp;

import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.HttpTransportFactory;
import dev.clssdk.core.http.HttpTransportSettings;
import dev.clssdk.okhttp.internal.OkHttpTransport;
import okhttp3.OkHttpClient;

/**
 * OkHttp as the transport of a generated client. On the class path, this artifact is found by the
 * core and used by every client that was not given another transport; {@link #using(OkHttpClient)}
 * gives one client an application's {@code OkHttpClient} to derive from:
 *
 * <pre>{@code
 * ClsClient cls = ClsClient.builder()
 *         .region("ap-guangzhou")
 *         .httpTransport(OkHttpTransports.using(yourOkHttpClient))
 *         .build();
 * }</pre>
 */
public final class OkHttpTransports implements HttpTransportFactory {
    private final OkHttpClient client;

    /** The transport with a client of its own; what the core's {@link java.util.ServiceLoader} makes. */
    public OkHttpTransports() {
        this(null);
    }

    private OkHttpTransports(OkHttpClient client) {
        this.client = client;
    }

    /**
     * The transport with a client of its own: a pool keeping up to 64 idle connections for 5 minutes,
     * a dispatcher with daemon threads; released when the SDK client closes.
     *
     * @return the factory
     */
    public static HttpTransportFactory create() {
        return new OkHttpTransports();
    }

    /**
     * The transport derived from an application's client: its interceptors (which see the signed
     * request), connection pool and dispatcher are shared, and its timeouts kept unless set on the
     * SDK client's builder. Closing the SDK client leaves its pool and threads alone.
     *
     * @param client the application's client
     * @return the factory
     * @throws IllegalArgumentException if {@code client} is {@code null}
     */
    public static HttpTransportFactory using(OkHttpClient client) {
        if (client == null) {
            throw new IllegalArgumentException("OkHttpTransports.using: client must not be null");
        }
        return new OkHttpTransports(client);
    }

    @Override
    public String name() {
        return "okhttp";
    }

    @Override
    public HttpTransport create(HttpTransportSettings settings) {
        return new OkHttpTransport(settings, client);
    }

    @Override
    public String toString() {
        return client == null ? "OkHttpTransports[own client]" : "OkHttpTransports[derived from " + client + "]";
    }
}
