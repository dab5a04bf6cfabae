package dev.clssdk.retrofit;

import dev.clssdk.core.Operation;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.ErrorKind;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.core.client.ServiceMetadata;
import java.util.List;
import java.util.Set;

/** A two-action service for the bridge's own tests: metadata only, no generated types. */
final class ExampleService implements ServiceMetadata {
    static final ExampleService INSTANCE = new ExampleService();

    /** A request or response type; these tests never send one. */
    static final class Ping {
    }

    /** The builder shape every generated client has. */
    static final class Builder extends SdkClientBuilder<Builder, ClientRuntime> {
        @Override
        public ClientRuntime build() {
            return buildRuntime(INSTANCE);
        }
    }

    private static final class ExampleServiceException extends ServiceException {
        private static final long serialVersionUID = 1L;

        ExampleServiceException(Details details) {
            super(details);
        }
    }

    @Override
    public String serviceName() {
        return "example";
    }

    @Override
    public String apiVersion() {
        return "2001-02-03";
    }

    @Override
    public String defaultHost() {
        return "example.tencentcloudapi.com";
    }

    @Override
    public int specRevision() {
        return 1;
    }

    @Override
    public List<Operation<?, ?>> operations() {
        return List.of(Operation.of("Ping", true, 0, Set.of()), Operation.of("Put", false, 0, Set.of()));
    }

    @Override
    public Set<String> sensitiveFields() {
        return Set.of();
    }

    @Override
    public ErrorKind errorKind(String rawCode) {
        return ErrorKind.OTHER;
    }

    @Override
    public ServiceException serviceException(ServiceException.Details details) {
        return new ExampleServiceException(details);
    }
}
