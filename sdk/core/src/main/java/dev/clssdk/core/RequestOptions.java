package dev.clssdk.core;

import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.internal.Settings;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Settings for one call that override the client's: timeouts, extra headers, credentials and
 * the retry policy. Immutable; {@link #none()} overrides nothing.
 *
 * <pre>{@code
 * client.someAction(request, RequestOptions.builder().callTimeout(Duration.ofSeconds(5)).build());
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();
    /** Headers the core owns: signing, the action and the envelope depend on them. */
    private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "host", "content-type",
            "content-length", "x-tc-action", "x-tc-version", "x-tc-timestamp", "x-tc-token", "x-tc-region");

    private final Duration callTimeout;
    private final Duration readTimeout;
    private final Map<String, String> headers;
    private final CredentialsProvider credentials;
    private final RetryPolicy retryPolicy;

    private RequestOptions(Builder builder) {
        this.callTimeout = builder.callTimeout;
        this.readTimeout = builder.readTimeout;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.credentials = builder.credentials;
        this.retryPolicy = builder.retryPolicy;
    }

    /**
     * Options that override nothing.
     *
     * @return the options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The whole-attempt timeout for this call, if overridden.
     *
     * @return the timeout
     */
    public Optional<Duration> callTimeout() {
        return Optional.ofNullable(callTimeout);
    }

    /**
     * The read (and write) timeout for this call, if overridden.
     *
     * @return the timeout
     */
    public Optional<Duration> readTimeout() {
        return Optional.ofNullable(readTimeout);
    }

    /**
     * Extra headers sent (and not signed) with this call.
     *
     * @return an unmodifiable map, name to value
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The credentials for this call, if overridden.
     *
     * @return the provider
     */
    public Optional<CredentialsProvider> credentials() {
        return Optional.ofNullable(credentials);
    }

    /**
     * The retry policy for this call, if overridden.
     *
     * @return the policy
     */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    @Override
    public String toString() {
        return "RequestOptions[callTimeout=" + callTimeout + ", readTimeout=" + readTimeout + ", headers="
                + headers.keySet() + ", credentials=" + (credentials == null ? "client's" : "overridden")
                + ", retryPolicy=" + (retryPolicy == null ? "client's" : retryPolicy) + "]";
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration callTimeout;
        private Duration readTimeout;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private CredentialsProvider credentials;
        private RetryPolicy retryPolicy;

        private Builder() {
        }

        /**
         * The whole-attempt timeout for this call.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Settings.positive("callTimeout", timeout);
            return this;
        }

        /**
         * The read (and write) timeout for this call.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Settings.positive("readTimeout", timeout);
            return this;
        }

        /**
         * An extra header. Headers the SDK owns (signing, action, version, region, token) are refused.
         *
         * @param name the header name, visible ASCII
         * @param value the value, printable ASCII without CR or LF
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved or either part is not a valid header token
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
                throw new IllegalArgumentException("header name must be visible ASCII without ':'");
            }
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + " is set by the SDK and cannot be overridden");
            }
            if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
                throw new IllegalArgumentException("header " + name + " value must be printable ASCII without CR or LF");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * The credentials for this call.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder credentials(CredentialsProvider provider) {
            this.credentials = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * The retry policy for this call.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

    }
}
