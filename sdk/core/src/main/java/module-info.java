/**
 * The service-agnostic core of the generated Tencent Cloud SDKs: TC3-HMAC-SHA256 signing, the
 * API 3.0 envelope, typed exceptions, retries and rate limits driven by generated metadata,
 * credentials, waiters and paginators. Generated service modules depend on it; it depends on no
 * generated code.
 *
 * <p>Three tiers (RUNTIME.md, "API tiers"): the user API, guarded by a compatibility gate; API for
 * generated code and the SDK's own artifacts, marked {@link dev.clssdk.core.GeneratedCodeApi} (with the
 * whole of {@code dev.clssdk.core.shape}); and implementation, in {@code dev.clssdk.core.internal} and
 * its subpackages, which are not exported, not even to the SDK's other modules.
 */
module dev.clssdk.core {
    // Optional: only hand-written (not generated) request and response types are read and written
    // by Jackson databind, and only when the application has it.
    requires static com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires java.net.http;

    exports dev.clssdk.core;
    exports dev.clssdk.core.auth;
    exports dev.clssdk.core.client;
    exports dev.clssdk.core.http;
    exports dev.clssdk.core.signing;
    exports dev.clssdk.core.shape;

    // Credentials providers other modules add to the default chain (for example a web-identity provider from a generated service module).
    uses dev.clssdk.core.auth.DefaultChainContributor;
    // HTTP clients other artifacts offer (dev.clssdk:sdk-okhttp); without one, the JDK's.
    uses dev.clssdk.core.http.HttpTransportFactory;
}
