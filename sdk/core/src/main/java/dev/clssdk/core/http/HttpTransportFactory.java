package dev.clssdk.core.http;

/**
 * Makes the transport of a client from the client builder's settings. The core finds factories
 * with {@link java.util.ServiceLoader} ({@code META-INF/services/dev.clssdk.core.http.HttpTransportFactory},
 * or {@code provides} in a module): a factory on the class path is used instead of the JDK's client,
 * unless the system property {@value #PROPERTY} names another one ({@code jdk} for the JDK's). A
 * factory given to the builder ({@code httpTransport(...)}) is used whatever the class path holds.
 */
public interface HttpTransportFactory {
    /** The system property that chooses a transport by {@link #name()}: {@code jdk}, {@code okhttp}. */
    String PROPERTY = "dev.clssdk.http.transport";

    /**
     * The transport's short name, for {@value #PROPERTY} and messages: {@code okhttp}.
     *
     * @return the name; by default the class's simple name
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * A transport with the builder's settings.
     *
     * @param settings proxy, TLS, timeouts and limits; what a transport cannot honour it refuses here,
     *     with an {@link IllegalArgumentException} naming the setting
     * @return the transport; the client closes it
     */
    HttpTransport create(HttpTransportSettings settings);
}
