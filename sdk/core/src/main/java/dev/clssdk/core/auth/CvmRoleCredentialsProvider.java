package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.internal.Settings;
import dev.clssdk.core.internal.auth.FetchCutShortException;
import dev.clssdk.core.internal.auth.FetchWatchdog;
import dev.clssdk.core.internal.http.Redactor;
import dev.clssdk.core.internal.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The temporary credentials of the CAM role bound to a CVM instance, from the instance's metadata
 * service: {@code GET <endpoint>/latest/meta-data/cam/security-credentials/} names the role, and
 * {@code GET …/security-credentials/<role>} answers {@code Code} ({@code Success}),
 * {@code TmpSecretId}, {@code TmpSecretKey}, {@code Token} and {@code ExpiredTime} (Unix seconds).
 *
 * <p>Refreshed before they expire by a {@link RefreshingCredentialsProvider} (one fetch in flight).
 * The metadata service is called directly, never through a proxy, with short timeouts (1 s to
 * connect, 2 s to read by default), so off an instance this provider gives up quickly.
 *
 * <p>The default chain's instance role ({@link CredentialsProvider#defaultChain()}) is cheaper still off
 * an instance, where most programs run: until the metadata service has answered once, it allows
 * {@value #PROBE_CONNECT_MILLIS} ms to connect, and after a connection failed it answers "not reachable"
 * for a minute without trying again. {@value #DISABLE_VARIABLE}{@code =true} in the environment, or the
 * system property {@value #DISABLE_PROPERTY}{@code =true}, leaves it out of the chain. The host name is
 * resolved first, which no connect timeout bounds (an unknown name usually fails at once, and the JVM
 * remembers the failure for 10 s).
 */
public final class CvmRoleCredentialsProvider implements CredentialsProvider {
    /** The metadata service of a CVM instance. */
    public static final String DEFAULT_ENDPOINT = "http://metadata.tencentyun.com";
    /** The environment variable that, set to {@code true}, leaves the instance role out of the default chain. */
    public static final String DISABLE_VARIABLE = "TENCENTCLOUD_DISABLE_CVM_ROLE";
    /** The system property that, set to {@code true}, leaves the instance role out of the default chain. */
    public static final String DISABLE_PROPERTY = "tencentcloud.disableCvmRole";
    /**
     * The default chain's connect timeout until the metadata service has answered once, in milliseconds:
     * on an instance it answers within a millisecond or two; off one, this is what a look costs.
     */
    public static final int PROBE_CONNECT_MILLIS = 250;
    /** How long the default chain does not try a metadata service again that it could not reach. */
    static final Duration PROBE_UNREACHABLE_RETRY = Duration.ofMinutes(1);
    static final String CREDENTIALS_PATH = "/latest/meta-data/cam/security-credentials/";
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final String endpoint;
    private final String configuredRole;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final Clock clock;
    /** Whether this is the default chain's: short connect timeout, and no second try soon after an unreachable one. */
    private final boolean probe;
    private final RefreshingCredentialsProvider refreshing;
    /** Whether the metadata service answered at least once (then this is an instance: no probing). */
    private volatile boolean answered;
    /** The credentials fetched last, whose values no message may quote (a failure response may echo them). */
    private volatile Credentials issued;
    /** The probe's last "not reachable", and until when it is answered without trying again. */
    private volatile Unreachable unreachable;

    private CvmRoleCredentialsProvider(Builder builder) {
        this.endpoint = builder.endpoint;
        this.configuredRole = builder.roleName;
        this.connectTimeoutMillis = Math.toIntExact(builder.connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(builder.readTimeout.toMillis());
        this.clock = builder.clock;
        this.probe = builder.probe;
        this.refreshing = RefreshingCredentialsProvider.builder(where(), this::fetch)
                .clock(builder.clock).refreshBefore(builder.refreshBefore).retryAfterFailure(builder.retryAfterFailure)
                .build();
    }

    /**
     * A builder; defaults: {@link #DEFAULT_ENDPOINT}, the role the instance names.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default chain's instance role: skipped when {@value #DISABLE_VARIABLE} or {@value #DISABLE_PROPERTY}
     * is {@code true}; otherwise probing ({@value #PROBE_CONNECT_MILLIS} ms to connect until the service has
     * answered once, and not tried again for {@link #PROBE_UNREACHABLE_RETRY} after it was not reachable).
     */
    static CredentialsProvider forDefaultChain(UnaryOperator<String> environment, UnaryOperator<String> systemProperties,
            String endpoint, Clock clock) {
        if ("true".equalsIgnoreCase(strip(environment.apply(DISABLE_VARIABLE)))) {
            return new Skipped(DISABLE_VARIABLE + "=true");
        }
        if ("true".equalsIgnoreCase(strip(systemProperties.apply(DISABLE_PROPERTY)))) {
            return new Skipped("system property " + DISABLE_PROPERTY + "=true");
        }
        Builder builder = builder().endpoint(endpoint).clock(clock);
        builder.probe = true;
        return builder.build();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    @Override
    public Credentials resolve() {
        return refreshing.resolve();
    }

    private Credentials fetch() throws IOException {
        Unreachable last = unreachable;
        if (last != null && clock.instant().isBefore(last.until)) {
            throw new CredentialsFetchException(last.reason + "; not tried again until " + last.until);
        }
        String role = configuredRole != null ? configuredRole : get(CREDENTIALS_PATH, "the role name").strip();
        int newline = role.indexOf('\n');
        role = (newline < 0 ? role : role.substring(0, newline)).strip();
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new CredentialsFetchException(role.isEmpty() ? "no CAM role is bound to this instance"
                    : "the metadata service named a role that is not a CAM role name");
        }
        String body = get(CREDENTIALS_PATH + role, "the credentials of role " + role);
        Map<String, Object> json;
        try {
            json = topLevelMembers(body);
        } catch (IOException e) {
            // A parser's message may quote the input, which may hold a key: say only what it was.
            throw new CredentialsFetchException("the credentials of role " + role + " are not JSON");
        }
        if (json == null) {
            throw new CredentialsFetchException("the credentials of role " + role + " are not a JSON object");
        }
        String code = asText(json.get("Code"));
        if (!"Success".equals(code)) {
            throw new CredentialsFetchException("the metadata service answered Code " + (code.isEmpty() ? "(none)" : quotable(code, json))
                    + " for role " + role);
        }
        String id = text(json, "TmpSecretId", role);
        String key = text(json, "TmpSecretKey", role);
        String token = text(json, "Token", role);
        Object expired = json.get("ExpiredTime");
        if (!(expired instanceof Long) && !(expired instanceof Double && (Double) expired >= Long.MIN_VALUE
                && (Double) expired <= Long.MAX_VALUE)) {
            throw new CredentialsFetchException("the credentials of role " + role + " have no numeric ExpiredTime");
        }
        Credentials fetched = Credentials.of(id, key, token, Instant.ofEpochSecond(((Number) expired).longValue()));
        issued = fetched;
        return fetched;
    }

    private static String text(Map<String, Object> json, String member, String role) throws IOException {
        Object value = json.get(member);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new CredentialsFetchException("the credentials of role " + role + " have no " + member);
        }
        return (String) value;
    }

    /** A member's text as the response gives it: a string's value, a number's digits, else empty. */
    private static String asText(Object value) {
        return value instanceof String || value instanceof Number ? String.valueOf(value) : "";
    }

    /**
     * The scalar members of the response's root object (strings, integers as {@code Long}, other numbers
     * as {@code Double}, booleans); nested values are skipped. On the core's own reader: the provider
     * is in the default chain, and needs no JSON library.
     *
     * @return the members, or {@code null} if the root is not an object
     * @throws IOException if the response is not JSON
     */
    private static Map<String, Object> topLevelMembers(String body) throws IOException {
        JsonReader reader = new JsonReader(body.getBytes(StandardCharsets.UTF_8));
        if (reader.next() != JsonReader.Token.START_OBJECT) {
            return null;
        }
        Map<String, Object> members = new HashMap<>();
        while (reader.next() == JsonReader.Token.FIELD_NAME) {
            String name = reader.text();
            JsonReader.Token value = reader.next();
            switch (value) {
                case STRING -> members.put(name, reader.text());
                case NUMBER_INT -> members.put(name, reader.numberType() == JsonReader.NumberType.BIG_INTEGER
                        ? (Object) reader.doubleValue() : (Object) reader.longValue());
                case NUMBER_FLOAT -> members.put(name, reader.doubleValue());
                case TRUE, FALSE -> members.put(name, value == JsonReader.Token.TRUE);
                default -> {
                    members.remove(name);
                    reader.skipChildren();
                }
            }
        }
        return members;
    }

    /**
     * A code from the response as a message may quote it: withheld if it holds a credential this service
     * issued before or one of the response's own (a key of letters and digits passes any character
     * filter), otherwise {@link #safe}.
     */
    private String quotable(String code, Map<String, Object> response) {
        Credentials last = issued;
        List<String> secrets = new ArrayList<>();
        if (last != null) {
            secrets.add(last.secretKey());
            secrets.add(last.token());
            secrets.add(last.secretId());
        }
        for (String member : List.of("TmpSecretKey", "Token", "TmpSecretId")) {
            secrets.add(asText(response.get(member)));
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty() && code.contains(secret)) {
                return "(withheld: it quotes a credential)";
            }
        }
        return safe(code);
    }

    /**
     * A code from the response with anything shaped like a key or token masked (it may quote credentials
     * nobody has seen yet), cut short and restricted to code characters, so nothing else is echoed.
     */
    private static String safe(String code) {
        String masked = Redactor.credentialSourceText(code, List.of());
        String cut = masked.length() > 64 ? masked.substring(0, 64) : masked;
        return cut.replaceAll("[^A-Za-z0-9._*-]", "?");
    }

    /**
     * One GET of the metadata service, bounded in total (connect and read timeouts together, not per
     * read: a service that trickles a byte at a time would otherwise hold the caller for ever) and by
     * the limits of the call it is for ({@link CallLimits}): an interrupt or the call's end stops it
     * within about {@value FetchWatchdog#TICK_MILLIS} ms.
     */
    private String get(String path, String what) throws IOException {
        URL url = URI.create(endpoint + path).toURL();
        boolean probing = probe && !answered;
        int connectTimeout = probing ? PROBE_CONNECT_MILLIS : connectTimeoutMillis;
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
        long limitNanos = TimeUnit.MILLISECONDS.toNanos((long) connectTimeout + readTimeoutMillis);
        try (FetchWatchdog.Watch watch = FetchWatchdog.watch(limitNanos, CallLimits.current(), connection::disconnect)) {
            try {
                return exchange(connection, watch, probing, connectTimeout, what);
            } catch (IOException e) {
                FetchWatchdog.Reason reason = watch.reason();
                if (reason == FetchWatchdog.Reason.INTERRUPTED || reason == FetchWatchdog.Reason.CALL_OVER) {
                    throw new FetchCutShortException(what + " from the metadata service " + endpoint,
                            reason == FetchWatchdog.Reason.INTERRUPTED);
                }
                if (reason == FetchWatchdog.Reason.TIME_LIMIT) {
                    throw new CredentialsFetchException("the metadata service " + endpoint + " did not answer " + what + " within "
                            + TimeUnit.NANOSECONDS.toMillis(limitNanos) + " ms");
                }
                throw e;
            }
        } finally {
            connection.disconnect();
        }
    }

    private String exchange(HttpURLConnection connection, FetchWatchdog.Watch watch, boolean probing, int connectTimeout,
            String what) throws IOException {
        try {
            connection.setConnectTimeout(Math.min(connectTimeout, watch.remainingMillis()));
            connection.setReadTimeout(Math.min(readTimeoutMillis, watch.remainingMillis()));
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            // Fetched once per refresh, never worth a kept connection: closed on every path, whatever the response.
            connection.setRequestProperty("Connection", "close");
            connection.connect();
        } catch (IOException e) {
            String reason = "the metadata service " + endpoint + " is not reachable (" + e.getClass().getSimpleName() + ")";
            if (probing && watch.reason() == null) {
                unreachable = new Unreachable(reason, clock.instant().plus(PROBE_UNREACHABLE_RETRY));
            }
            throw new CredentialsFetchException(reason);
        }
        try {
            int status = connection.getResponseCode();
            answered = true;
            unreachable = null;
            if (status != 200) {
                throw new CredentialsFetchException("the metadata service answered HTTP " + status + " for " + what
                        + (status == 404 ? " (is a CAM role bound to this instance?)" : ""));
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("the metadata service")) {
                throw e;
            }
            throw new CredentialsFetchException("the metadata service " + endpoint + " did not answer " + what + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        try (InputStream in = connection.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (bytes.length > MAX_RESPONSE_BYTES) {
                throw new CredentialsFetchException("the metadata service's response for " + what + " is larger than 64 KiB");
            }
            // HttpURLConnection ends a fixed-length body quietly when the connection closes early.
            long announced = connection.getContentLengthLong();
            if (announced >= 0 && bytes.length < announced) {
                throw new CredentialsFetchException("the metadata service's response for " + what + " ended early (" + bytes.length
                        + " of " + announced + " bytes)");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("the metadata service")) {
                throw e;
            }
            throw new CredentialsFetchException("reading " + what + " from the metadata service failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String where() {
        return "CVM instance role (metadata service " + endpoint + (configuredRole == null ? "" : ", role " + configuredRole) + ")";
    }

    @Override
    public String toString() {
        return "CvmRoleCredentialsProvider[" + where() + "]";
    }

    /** A failed probe: why, and until when it stands. */
    private static final class Unreachable {
        final String reason;
        final Instant until;

        Unreachable(String reason, Instant until) {
            this.reason = reason;
            this.until = until;
        }
    }

    /** The default chain's place for the instance role when it is switched off. */
    private static final class Skipped implements CredentialsProvider {
        private final String why;

        Skipped(String why) {
            this.why = why;
        }

        @Override
        public Credentials resolve() {
            throw new CredentialsException(List.of("CVM instance role: skipped (" + why + ")"));
        }

        @Override
        public String toString() {
            return "CvmRoleCredentialsProvider[skipped: " + why + "]";
        }
    }

    /** Settings of a {@link CvmRoleCredentialsProvider}; each checked when set. */
    public static final class Builder {
        private String endpoint = DEFAULT_ENDPOINT;
        private String roleName;
        private Clock clock = Clock.systemUTC();
        private Duration refreshBefore = Duration.ofMinutes(5);
        private Duration retryAfterFailure = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(1);
        private Duration readTimeout = Duration.ofSeconds(2);
        /** Set by {@link #forDefaultChain} only. */
        private boolean probe;

        private Builder() {
        }

        /**
         * The metadata service's base URL; tests use a loopback server.
         *
         * @param url an {@code http} or {@code https} URL without path, for example {@code http://127.0.0.1:8080}
         * @return this builder
         * @throws IllegalArgumentException if it is not such a URL
         */
        public Builder endpoint(String url) {
            Objects.requireNonNull(url, "url");
            String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            URI uri;
            try {
                uri = URI.create(trimmed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("endpoint is not a URL");
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                    || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("endpoint must be an http(s) URL with a host and no path, query or user info");
            }
            this.endpoint = trimmed;
            return this;
        }

        /**
         * The role to use instead of the one the metadata service names.
         *
         * @param roleName a CAM role name
         * @return this builder
         * @throws IllegalArgumentException if it is not a CAM role name
         */
        public Builder roleName(String roleName) {
            if (roleName != null && !ROLE_NAME.matcher(roleName).matches()) {
                throw new IllegalArgumentException("roleName must be 1 to 128 of letters, digits and +=,.@_-");
            }
            this.roleName = roleName;
            return this;
        }

        /**
         * The clock expirations are judged by; for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long before expiry to fetch again; default 5 min.
         *
         * @param ahead a positive duration
         * @return this builder
         */
        public Builder refreshBefore(Duration ahead) {
            this.refreshBefore = Settings.positive("refreshBefore", ahead);
            return this;
        }

        /**
         * How long after a failed fetch the next may happen; default 10 s.
         *
         * @param delay a positive duration
         * @return this builder
         */
        public Builder retryAfterFailure(Duration delay) {
            this.retryAfterFailure = Settings.positive("retryAfterFailure", delay);
            return this;
        }

        /**
         * Connect timeout to the metadata service; default 1 s.
         *
         * @param timeout a positive duration of at most a minute
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = bounded("connectTimeout", timeout);
            return this;
        }

        /**
         * Read timeout from the metadata service; default 2 s.
         *
         * @param timeout a positive duration of at most a minute
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = bounded("readTimeout", timeout);
            return this;
        }

        /**
         * Builds the provider; nothing is fetched until the first call.
         *
         * @return the provider
         */
        public CvmRoleCredentialsProvider build() {
            return new CvmRoleCredentialsProvider(this);
        }

        private static Duration bounded(String name, Duration value) {
            Settings.positive(name, value);
            if (value.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException(name + " must be at most 1 minute, was " + value);
            }
            return value;
        }

    }
}
