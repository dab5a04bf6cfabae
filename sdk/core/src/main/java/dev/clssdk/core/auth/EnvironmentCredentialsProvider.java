package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Credentials from environment variables: {@value #SECRET_ID}, {@value #SECRET_KEY} and, for
 * temporary credentials, {@value #SESSION_TOKEN}. Read on every call, so a changed environment
 * (in tests, an injected lookup) takes effect at once.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    /** The SecretId variable. */
    public static final String SECRET_ID = "TENCENTCLOUD_SECRET_ID";
    /** The SecretKey variable. */
    public static final String SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";
    /** The session token variable. */
    public static final String SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN";

    private final UnaryOperator<String> environment;

    /**
     * @param environment looks up a variable, returning {@code null} when unset; {@code System::getenv} in production
     */
    public EnvironmentCredentialsProvider(UnaryOperator<String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Credentials resolve() {
        String id = value(SECRET_ID);
        String key = value(SECRET_KEY);
        if (id == null || key == null) {
            String missing = id == null && key == null ? "neither is set"
                    : (id == null ? SECRET_ID : SECRET_KEY) + " is not set";
            throw new CredentialsException(List.of(where() + ": " + missing));
        }
        String token = value(SESSION_TOKEN);
        for (String[] header : new String[][] {{SECRET_ID, id}, {SESSION_TOKEN, token}}) {
            if (header[1] != null && !Credentials.isHeaderSafe(header[1])) {
                throw new CredentialsException(List.of("environment variable " + header[0]
                        + ": must be visible ASCII (no space, CR, LF, control or non-ASCII character)"));
            }
        }
        return Credentials.of(id, key, token);
    }

    private String value(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String where() {
        return "environment variables " + SECRET_ID + " and " + SECRET_KEY;
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider[" + where() + "]";
    }
}
