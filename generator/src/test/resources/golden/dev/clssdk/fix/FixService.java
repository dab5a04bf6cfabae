package dev.clssdk.fix;

import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Fixture service for the generator's golden-file tests.
 */
@Generated("dev.clssdk.codegen")
public final class FixService {
    /**
     * The service name, used in the TC3 signing scope.
     */
    public static final String NAME = "fix";

    /**
     * The {@code X-TC-Version} header value.
     */
    public static final String API_VERSION = "2001-02-03";

    /**
     * The revision of the spec this code was generated from.
     */
    public static final int SPEC_REVISION = 7;

    /**
     * The endpoint host used when none is configured.
     */
    public static final String DEFAULT_HOST = "fix.example.com";

    /**
     * Wire names of the members the spec marks sensitive, in any shape: values the
     * runtime masks wherever it shows wire text (messages, logs).
     */
    public static final Set<String> SENSITIVE_FIELDS = Set.of("Secret", "Token");

    private FixService() {
    }
}
