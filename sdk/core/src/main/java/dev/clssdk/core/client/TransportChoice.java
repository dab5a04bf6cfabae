package dev.clssdk.core.client;

import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.HttpTransportFactory;
import dev.clssdk.core.http.HttpTransportSettings;
import dev.clssdk.core.internal.jdk.JdkHttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Which transport a client sends its exchanges through: the factory given to the builder; else the
 * one the system property {@value HttpTransportFactory#PROPERTY} names; else a factory found on the
 * class path (the first by name, when there are several); else the JDK's {@code java.net.http}
 * client, which needs no jar.
 */
final class TransportChoice {
    /** The JDK's client, by {@link HttpTransportFactory#PROPERTY}. */
    static final String JDK = "jdk";

    private TransportChoice() {
    }

    static HttpTransport create(SdkClientBuilder<?, ?> builder, HttpTransportSettings settings) {
        HttpTransportFactory factory = builder.transportFactory != null ? builder.transportFactory : found();
        if (factory == null) {
            if (builder.hostHeader != null && !builder.hostHeader.equalsIgnoreCase(authority(builder))
                    && !JdkHttpTransport.allowsHostHeader()) {
                throw new IllegalArgumentException("hostHeader: the JDK's HTTP client sends the Host of the URL and"
                        + " refuses another unless the JVM runs with -Djdk.httpclient.allowRestrictedHeaders=host;"
                        + " set it, or put dev.clssdk:sdk-okhttp on the class path");
            }
            return new JdkHttpTransport(settings);
        }
        return factory.create(settings);
    }

    /** The endpoint's host and port as the URL gives them, for comparing with a Host override. */
    private static String authority(SdkClientBuilder<?, ?> builder) {
        return builder.endpointUrl == null ? builder.endpoint : java.net.URI.create(builder.endpointUrl).getRawAuthority();
    }

    /** The factory the property or the class path chooses, or {@code null} for the JDK's client. */
    private static HttpTransportFactory found() {
        String wanted = System.getProperty(HttpTransportFactory.PROPERTY);
        if (JDK.equals(wanted)) {
            return null;
        }
        List<HttpTransportFactory> factories = new ArrayList<>();
        ServiceLoader.load(HttpTransportFactory.class, TransportChoice.class.getClassLoader()).forEach(factories::add);
        factories.sort(Comparator.comparing(HttpTransportFactory::name));
        if (wanted == null || wanted.isBlank()) {
            return factories.isEmpty() ? null : factories.get(0);
        }
        for (HttpTransportFactory factory : factories) {
            if (factory.name().equals(wanted)) {
                return factory;
            }
        }
        List<String> names = new ArrayList<>(List.of(JDK));
        factories.forEach(factory -> names.add(factory.name()));
        throw new IllegalStateException(HttpTransportFactory.PROPERTY + "=" + wanted + " names no transport on the"
                + " class path; there are: " + String.join(", ", names));
    }

    /**
     * What of the transport options must never show in a text from a response (a proxy's error page can
     * echo the request's headers): the proxy password, the {@code user:password} pair, and its Base64 as
     * {@code Proxy-Authorization: Basic} carries it.
     */
    static List<String> proxySecrets(SdkClientBuilder<?, ?> builder) {
        if (builder.proxyPassword == null) {
            return List.of();
        }
        String pair = builder.proxyUsername + ":" + builder.proxyPassword;
        return List.of(builder.proxyPassword, pair,
                Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.ISO_8859_1)));
    }

    static String regionalHost(ServiceMetadata service, String region) {
        if (region == null) {
            throw new IllegalStateException("regionalEndpoint(true) needs a region: set region(...) too");
        }
        return service.serviceName() + "." + region + ".tencentcloudapi.com";
    }
}
