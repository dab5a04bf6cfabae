package dev.clssdk.core.http;

import java.time.Duration;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The client builder's settings a transport applies: timeouts, proxy, TLS and concurrency. A
 * {@code null} means the setting was not given: the transport's default (or, for a transport
 * derived from a client of the application's, that client's own setting) applies.
 */
public final class HttpTransportSettings {
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyUsername;
    private final String proxyPassword;
    private final SSLContext sslContext;
    private final SSLSocketFactory sslSocketFactory;
    private final X509TrustManager trustManager;
    private final HostnameVerifier hostnameVerifier;
    private final int maxConcurrentRequests;
    private final boolean cleartextOnly;

    private HttpTransportSettings(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.callTimeout = builder.callTimeout;
        this.proxyHost = builder.proxyHost;
        this.proxyPort = builder.proxyPort;
        this.proxyUsername = builder.proxyUsername;
        this.proxyPassword = builder.proxyPassword;
        this.sslContext = builder.sslContext;
        this.sslSocketFactory = builder.sslSocketFactory;
        this.trustManager = builder.trustManager;
        this.hostnameVerifier = builder.hostnameVerifier;
        this.maxConcurrentRequests = builder.maxConcurrentRequests;
        this.cleartextOnly = builder.cleartextOnly;
    }

    /**
     * A builder; every setting starts unset.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the connect timeout, or {@code null} if not set */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the read timeout (response headers, and between body bytes), or {@code null} if not set */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return the longest one exchange may take, or {@code null} if not set */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the HTTP proxy's host, or {@code null} for a direct connection */
    public String proxyHost() {
        return proxyHost;
    }

    /** @return the HTTP proxy's port */
    public int proxyPort() {
        return proxyPort;
    }

    /** @return the proxy user for Basic authentication, or {@code null} */
    public String proxyUsername() {
        return proxyUsername;
    }

    /** @return the proxy password, or {@code null}; never put it in a message */
    public String proxyPassword() {
        return proxyPassword;
    }

    /** @return the TLS context to use, or {@code null} */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** @return the TLS socket factory to use (with {@link #trustManager()}), or {@code null} */
    public SSLSocketFactory sslSocketFactory() {
        return sslSocketFactory;
    }

    /** @return the trust manager that goes with {@link #sslSocketFactory()}, or {@code null} */
    public X509TrustManager trustManager() {
        return trustManager;
    }

    /** @return how TLS host names are verified, or {@code null} for the transport's default */
    public HostnameVerifier hostnameVerifier() {
        return hostnameVerifier;
    }

    /** @return how many asynchronous exchanges may be in flight at once */
    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * Whether every request goes to a plain-HTTP endpoint, so the transport need not set up TLS.
     *
     * @return {@code true} for an {@code http://} endpoint without TLS settings
     */
    public boolean cleartextOnly() {
        return cleartextOnly;
    }

    @Override
    public String toString() {
        return "HttpTransportSettings[proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort
                + (proxyUsername == null ? "" : " (authenticated)")) + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + "]";
    }

    /** Builds settings; for the core, and for tests of a transport. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private String proxyHost;
        private int proxyPort;
        private String proxyUsername;
        private String proxyPassword;
        private SSLContext sslContext;
        private SSLSocketFactory sslSocketFactory;
        private X509TrustManager trustManager;
        private HostnameVerifier hostnameVerifier;
        private int maxConcurrentRequests = 64;
        private boolean cleartextOnly;

        private Builder() {
        }

        /**
         * @param timeout the connect timeout, or {@code null}
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * @param timeout the read timeout, or {@code null}
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /**
         * @param timeout the call timeout, or {@code null}
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /**
         * @param host the proxy's host, or {@code null} for none
         * @param port its port
         * @param username for Basic authentication, or {@code null}
         * @param password with the user name
         * @return this builder
         */
        public Builder proxy(String host, int port, String username, String password) {
            this.proxyHost = host;
            this.proxyPort = port;
            this.proxyUsername = username;
            this.proxyPassword = password;
            return this;
        }

        /**
         * @param context the TLS context, or {@code null}
         * @return this builder
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /**
         * @param socketFactory the TLS socket factory, or {@code null}
         * @param trustManager the trust manager behind it
         * @return this builder
         */
        public Builder tls(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
            this.sslSocketFactory = socketFactory;
            this.trustManager = trustManager;
            return this;
        }

        /**
         * @param verifier the host name verifier, or {@code null}
         * @return this builder
         */
        public Builder hostnameVerifier(HostnameVerifier verifier) {
            this.hostnameVerifier = verifier;
            return this;
        }

        /**
         * @param max asynchronous exchanges in flight at once
         * @return this builder
         */
        public Builder maxConcurrentRequests(int max) {
            this.maxConcurrentRequests = max;
            return this;
        }

        /**
         * @param cleartextOnly whether no request needs TLS
         * @return this builder
         */
        public Builder cleartextOnly(boolean cleartextOnly) {
            this.cleartextOnly = cleartextOnly;
            return this;
        }

        /** @return the settings */
        public HttpTransportSettings build() {
            return new HttpTransportSettings(this);
        }
    }
}
