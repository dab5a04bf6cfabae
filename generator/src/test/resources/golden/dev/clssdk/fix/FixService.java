package dev.clssdk.fix;

import dev.clssdk.core.Operation;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.client.ErrorKind;
import dev.clssdk.core.client.ServiceMetadata;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Fixture service for the generator's golden-file tests.
 *
 * <p>What the core needs to know to call the service: {@link #INSTANCE}.
 */
@Generated("dev.clssdk.codegen")
public final class FixService implements ServiceMetadata {
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

    /**
     * The service's metadata, for the core.
     */
    public static final FixService INSTANCE = new FixService();

    private FixService() {
    }

    @Override
    public String serviceName() {
        return NAME;
    }

    @Override
    public String apiVersion() {
        return API_VERSION;
    }

    @Override
    public String defaultHost() {
        return DEFAULT_HOST;
    }

    @Override
    public int specRevision() {
        return SPEC_REVISION;
    }

    @Override
    public List<Operation<?, ?>> operations() {
        return FixOperations.ALL;
    }

    @Override
    public Set<String> sensitiveFields() {
        return SENSITIVE_FIELDS;
    }

    @Override
    public ErrorKind errorKind(String rawCode) {
        return FixErrorCode.fromValue(rawCode).kind();
    }

    @Override
    public FixServiceException serviceException(ServiceException.Details details) {
        return FixServiceException.of(details);
    }

    @Override
    public String toString() {
        return NAME + " " + API_VERSION + " revision " + SPEC_REVISION;
    }
}
