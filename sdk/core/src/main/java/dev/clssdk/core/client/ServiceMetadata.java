package dev.clssdk.core.client;

import dev.clssdk.core.GeneratedCodeApi;
import dev.clssdk.core.Operation;
import dev.clssdk.core.ServiceException;
import java.util.List;
import java.util.Set;

/**
 * What the core needs to know about one service, generated from its spec: the signing scope's
 * service name, the {@code X-TC-Version}, the default host, the actions, how to treat each
 * error code, which members hold secrets, and how to turn an error response into the service's own
 * typed exception. The core reads only this; it never names a service, action or error code.
 */
@GeneratedCodeApi
public interface ServiceMetadata {
    /**
     * Tencent's service name: the service of the TC3 credential scope.
     *
     * @return the name
     */
    String serviceName();

    /**
     * The {@code X-TC-Version} header value, for example {@code 2020-10-16}.
     *
     * @return the version
     */
    String apiVersion();

    /**
     * The endpoint host used when none is configured, as {@code <service>.tencentcloudapi.com}.
     *
     * @return the host
     */
    String defaultHost();

    /**
     * The revision of the spec the service code was generated from.
     *
     * @return the revision
     */
    int specRevision();

    /**
     * Every action of the service.
     *
     * @return the operations
     */
    List<Operation<?, ?>> operations();

    /**
     * Wire names of the members the spec marks sensitive, in any shape: values masked wherever
     * wire text is shown (messages, logs).
     *
     * @return the names
     */
    Set<String> sensitiveFields();

    /**
     * How the core treats an error code when deciding about retries.
     *
     * @param rawCode {@code Response.Error.Code} as received
     * @return the kind; {@link ErrorKind#OTHER} for codes the service does not single out
     */
    ErrorKind errorKind(String rawCode);

    /**
     * The service's typed exception for an error response.
     *
     * @param details what the service answered
     * @return the exception, not thrown
     */
    ServiceException serviceException(ServiceException.Details details);
}
