package dev.clssdk.core.client;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The builder's transport options applied to the OkHttp client: proxy (with Basic authentication
 * answered on {@code 407}, for {@code CONNECT} too), TLS, and the {@code X-TC-Language} header. Uses
 * only OkHttp API present in 4.12 and 5.x.
 */
final class Transport {
    private Transport() {
    }

    static void apply(SdkClientBuilder<?, ?> builder, OkHttpClient.Builder http) {
        if (builder.proxyHost != null) {
            http.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(builder.proxyHost, builder.proxyPort)));
            if (builder.proxyUsername != null) {
                String header = okhttp3.Credentials.basic(builder.proxyUsername, builder.proxyPassword);
                http.proxyAuthenticator(basic(header));
            }
        }
        if (builder.sslSocketFactory != null) {
            http.sslSocketFactory(builder.sslSocketFactory, builder.trustManager);
        }
        if (builder.hostnameVerifier != null) {
            http.hostnameVerifier(builder.hostnameVerifier);
        }
        if (builder.language != null) {
            String language = builder.language;
            http.addInterceptor(languageHeader(language));
        }
    }

    /**
     * What of the transport options must never show in a text from an answer (a proxy's error page can
     * echo the request's headers): the proxy password, the {@code user:password} pair, and its Base64 as
     * {@code Proxy-Authorization: Basic} carries it.
     */
    static List<String> secrets(SdkClientBuilder<?, ?> builder) {
        if (builder.proxyPassword == null) {
            return List.of();
        }
        String pair = builder.proxyUsername + ":" + builder.proxyPassword;
        return List.of(builder.proxyPassword, pair,
                Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Answers a proxy's 407 once with the credentials; a second 407 means they were refused. */
    private static Authenticator basic(String header) {
        return (route, response) -> {
            if (response.request().header("Proxy-Authorization") != null) {
                return null;
            }
            return response.request().newBuilder().header("Proxy-Authorization", header).build();
        };
    }

    private static Interceptor languageHeader(String language) {
        return chain -> chain.proceed(chain.request().newBuilder().header("X-TC-Language", language).build());
    }

    /** Whether OkHttp will answer a proxy's 407 itself: our credentials, or a supplied client's authenticator. */
    static boolean proxyAuthenticates(SdkClientBuilder<?, ?> builder) {
        return builder.proxyUsername != null
                || (builder.okHttpClient != null && builder.okHttpClient.proxyAuthenticator() != Authenticator.NONE);
    }

    static String regionalHost(ServiceMetadata service, String region) {
        if (region == null) {
            throw new IllegalStateException("regionalEndpoint(true) needs a region: set region(...) too");
        }
        return service.serviceName() + "." + region + ".tencentcloudapi.com";
    }
}
