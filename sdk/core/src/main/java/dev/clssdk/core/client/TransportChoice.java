package dev.clssdk.core.client;

import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.HttpTransportSettings;
import dev.clssdk.core.internal.okhttp.OkHttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Which transport a client sends its exchanges through: the factory given to the builder, or else
 * the default.
 */
final class TransportChoice {
    private TransportChoice() {
    }

    static HttpTransport create(SdkClientBuilder<?, ?> builder, HttpTransportSettings settings) {
        if (builder.transportFactory != null) {
            return builder.transportFactory.create(settings);
        }
        return new OkHttpTransport(settings, builder.okHttpClient);
    }

    /**
     * What of the transport options must never show in a text from an answer (a proxy's error page can
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
