package dev.clssdk.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A SecretId, a SecretKey and, for temporary credentials, a session token and the instant they
 * expire. Immutable: a refreshing provider hands out a new snapshot, never changes one in use.
 * {@link #toString()} shows only the first characters of the SecretId. The SecretId and the token
 * travel in headers, so they are checked here: visible ASCII only (no space, CR, LF or non-ASCII
 * character), refused with a message naming the setting, never its value.
 */
public final class Credentials {
    private final String secretId;
    private final String secretKey;
    private final String token;
    private final Instant expiration;

    /**
     * A value refused by the checks of {@link Credentials}: its message names the setting and the
     * rule, never the value, so it may be shown where the credentials came from.
     */
    public static final class InvalidCredentialsException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidCredentialsException(String message) {
            super(message);
        }
    }

    private Credentials(String secretId, String secretKey, String token, Instant expiration) {
        this.secretId = requireHeaderSafe(requireText(secretId, "secretId"), "secretId");
        this.secretKey = requireText(secretKey, "secretKey");
        this.token = token == null || token.isEmpty() ? null : requireHeaderSafe(token, "token");
        this.expiration = expiration;
    }

    private static String requireHeaderSafe(String value, String name) {
        if (!isHeaderSafe(value)) {
            throw new InvalidCredentialsException(name + " must be visible ASCII (no space, CR, LF, control or"
                    + " non-ASCII character)");
        }
        return value;
    }

    /**
     * Whether a value can be sent as a header as it is: visible ASCII only.
     *
     * @param value the value
     * @return {@code true} if so
     */
    static boolean isHeaderSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new InvalidCredentialsException(name + " is blank");
        }
        return value;
    }

    /**
     * Long-term credentials.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @return the credentials
     */
    public static Credentials of(String secretId, String secretKey) {
        return new Credentials(secretId, secretKey, null, null);
    }

    /**
     * Temporary credentials; the token is sent as {@code X-TC-Token}.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @param token the session token, or {@code null} for long-term credentials
     * @return the credentials
     */
    public static Credentials of(String secretId, String secretKey, String token) {
        return new Credentials(secretId, secretKey, token, null);
    }

    /**
     * Temporary credentials that expire, as an instance role or a security token service hands them out.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @param token the session token, or {@code null}
     * @param expiration when they stop working
     * @return the credentials
     */
    public static Credentials of(String secretId, String secretKey, String token, Instant expiration) {
        return new Credentials(secretId, secretKey, token, Objects.requireNonNull(expiration, "expiration"));
    }

    /**
     * The SecretId.
     *
     * @return the SecretId
     */
    public String secretId() {
        return secretId;
    }

    /**
     * The SecretKey.
     *
     * @return the SecretKey
     */
    public String secretKey() {
        return secretKey;
    }

    /**
     * The session token of temporary credentials.
     *
     * @return the token, or {@code null}
     */
    public String token() {
        return token;
    }

    /**
     * When these credentials expire; empty for long-term credentials.
     *
     * @return the expiration
     */
    public Optional<Instant> expiration() {
        return Optional.ofNullable(expiration);
    }

    /**
     * Redacted: the first four characters of the SecretId, nothing of the key or token.
     *
     * @return a description without secrets
     */
    @Override
    public String toString() {
        return "Credentials[secretId=" + secretId.substring(0, Math.min(4, secretId.length())) + "***"
                + ", secretKey=***" + (token == null ? "" : ", token=***")
                + (expiration == null ? "" : ", expiration=" + expiration) + "]";
    }
}
