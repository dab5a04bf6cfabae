package dev.clssdk.core.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clssdk.core.Operation;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.ErrorKind;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.core.client.ServiceMetadata;
import java.util.List;
import java.util.Set;

/**
 * A hand-written stand-in for a generated service, with no CLS in it: proves the core serves
 * whatever a {@link ServiceMetadata} describes.
 */
public final class PingService implements ServiceMetadata {
    public static final PingService INSTANCE = new PingService();
    public static final Operation<PingRequest, PingResponse> PING =
            Operation.of("Ping", true, 0, Set.of());
    public static final Operation<PingRequest, PingResponse> PUT =
            Operation.of("Put", false, 0, Set.of("LimitExceeded.Things"));
    /** Rate-limited at 2 calls per second, so callers queue in the client's rate limiter. */
    public static final Operation<PingRequest, PingResponse> SLOW =
            Operation.of("Slow", true, 2, Set.of());

    /** The service's own exception type, as a generated service has. */
    public static final class PingServiceException extends ServiceException {
        private static final long serialVersionUID = 1L;

        PingServiceException(Details details) {
            super(details);
        }
    }

    public static final class PingRequest {
        @JsonProperty("Name")
        final String name;

        public PingRequest(String name) {
            this.name = name;
        }
    }

    public static final class PingResponse {
        public final String echo;
        final String requestId;

        @JsonCreator
        PingResponse(@JsonProperty("Echo") String echo, @JsonProperty("RequestId") String requestId) {
            this.echo = echo;
            this.requestId = requestId;
        }
    }

    /** The generated client's builder shape. */
    public static final class Builder extends SdkClientBuilder<Builder, ClientRuntime> {
        @Override
        public ClientRuntime build() {
            return buildRuntime(INSTANCE);
        }
    }

    @Override
    public String serviceName() {
        return "ping";
    }

    @Override
    public String apiVersion() {
        return "2001-02-03";
    }

    @Override
    public String defaultHost() {
        return "ping.tencentcloudapi.com";
    }

    @Override
    public int specRevision() {
        return 1;
    }

    @Override
    public List<Operation<?, ?>> operations() {
        return List.of(PING, PUT, SLOW);
    }

    @Override
    public Set<String> sensitiveFields() {
        return Set.of("Secret");
    }

    @Override
    public ErrorKind errorKind(String rawCode) {
        return switch (rawCode) {
            case "Busy" -> ErrorKind.THROTTLING;
            case "Oops" -> ErrorKind.TRANSIENT;
            case "Clock" -> ErrorKind.CLOCK_SKEW;
            default -> ErrorKind.OTHER;
        };
    }

    @Override
    public ServiceException serviceException(ServiceException.Details details) {
        return new PingServiceException(details);
    }
}
