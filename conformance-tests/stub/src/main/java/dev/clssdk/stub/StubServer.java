package dev.clssdk.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * Many {@link ContractStub}s behind one listener (or two: plain HTTP and HTTPS), telling the
 * services apart as Tencent's endpoints do: by the service the signature's credential scope names
 * ({@code <date>/<service>/tc3_request}), else by the {@code Host} ({@code <service>.tencentcloudapi.com},
 * {@code <service>.<region>.tencentcloudapi.com}, {@code <service>.intl.tencentcloudapi.com}), else,
 * when it plays one service only, that one. Among the versions of one service, {@code X-TC-Version}
 * chooses; an unknown or missing version goes to the newest, which answers as a one-version stub does.
 *
 * <p>It is what {@code contract-stub serve} runs, and can be started in-process too:
 *
 * <pre>{@code
 * try (StubServer server = StubServer.builder()
 *         .service(ContractStub.builder())                       // CLS from the bundled spec
 *         .service(ContractStub.builder().spec(cvmSpecYaml))     // any other spec
 *         .credentials("AKIDexample", "secret-key")
 *         .https(true)
 *         .start()) {
 *     server.url();          // http://127.0.0.1:<port>/
 *     server.stub("cls");    // the ContractStub playing CLS, for state and assertions
 * }
 * }</pre>
 *
 * <p>It serves as a plain-HTTP proxy (absolute-form requests) on either listener and, when it has a
 * certificate, tunnels {@code CONNECT} to itself: the client's TLS session is with the stub, under
 * the certificate {@link #certificatePem()} holds, which a client must trust. A fault armed on the
 * server ({@link #injectFault}) takes the next request of any service, before it is read; one armed
 * on a service's stub ({@link ContractStub#injectFault}) takes the next request of that service,
 * once the request is read and its service known (so {@link Fault#dropBeforeRequestRead()} then
 * closes the connection before the request is processed, not before it is read). Requests a fault
 * answers are recorded too. Requests to {@code /__stub/} are the {@linkplain StubAdmin admin API}.
 */
public final class StubServer implements AutoCloseable {

    /** The SecretId the command line, the Maven plugin and the JUnit extension accept unless told otherwise. */
    public static final String DEFAULT_SECRET_ID = "AKIDcontractSTUBexample";
    /** The SecretKey that goes with {@link #DEFAULT_SECRET_ID}: a published test value, not a secret. */
    public static final String DEFAULT_SECRET_KEY = "contract-stub-secret-key-EXAMPLE";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENCENT_DOMAIN = ".tencentcloudapi.com";

    private final Map<String, TreeMap<String, ContractStub>> byService = new LinkedHashMap<>();
    private final List<ContractStub> stubs = new ArrayList<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final SelfSignedCertificate certificate;
    private final LoopbackHttpServer http;
    private final LoopbackHttpServer https;
    private final StubAdmin admin;

    private StubServer(Builder builder) throws IOException {
        this.certificate = builder.https || builder.tunnel ? SelfSignedCertificate.create(builder.certificateHosts) : null;
        SSLContext tls = certificate == null ? null : certificate.sslContext();
        // Everything a request needs exists before the first listener accepts one.
        this.admin = new StubAdmin(this);
        try {
            for (ContractStub.Builder service : builder.services) {
                builder.credentials.forEach(c -> service.credentials(c.secretId(), c.secretKey()));
                builder.configure.accept(service);
                ContractStub stub = service.hostedBy(this::url).start();
                stubs.add(stub);
                byService.computeIfAbsent(stub.model().service(), k -> new TreeMap<>()).put(stub.model().apiVersion(), stub);
            }
        } catch (RuntimeException | Error e) {
            stubs.forEach(ContractStub::close);
            throw e;
        }
        LoopbackHttpServer plain = null;
        LoopbackHttpServer secure = null;
        try {
            plain = new LoopbackHttpServer(builder.address, builder.httpPort, null, builder.tunnel ? tls : null,
                    handler, faults::poll);
            if (builder.https) {
                secure = new LoopbackHttpServer(builder.address, builder.httpsPort, tls, null, handler, faults::poll);
            }
        } catch (IOException | RuntimeException e) {
            if (plain != null) {
                plain.close();
            }
            stubs.forEach(ContractStub::close);
            throw e;
        }
        this.http = plain;
        this.https = secure;
        http.start();
        if (https != null) {
            https.start();
        }
    }

    /** A builder for a server with no services yet; {@link Builder#start()} adds CLS if none is added. */
    public static Builder builder() {
        return new Builder();
    }

    /** The plain-HTTP base URL, for example {@code http://127.0.0.1:54321/}. */
    public String url() {
        return "http://" + hostPort(http) + "/";
    }

    /** The HTTPS base URL, if the server has an HTTPS listener. */
    public Optional<String> httpsUrl() {
        return https == null ? Optional.empty() : Optional.of("https://" + hostPort(https) + "/");
    }

    /** The plain-HTTP port. */
    public int port() {
        return http.port();
    }

    /** The HTTPS port, or -1 without an HTTPS listener. */
    public int httpsPort() {
        return https == null ? -1 : https.port();
    }

    /** The certificate (PEM) the HTTPS listener and the {@code CONNECT} tunnel present, if any. */
    public Optional<String> certificatePem() {
        return certificate == null ? Optional.empty() : Optional.of(certificate.pem());
    }

    /** The server's own certificate, if it has one. */
    SelfSignedCertificate certificate() {
        return certificate;
    }

    /**
     * Completed CLS export tasks get a {@code CosPath} on a local download server from now on: over
     * HTTPS under {@link #certificatePem()} when the server has a certificate, else plain HTTP.
     */
    public StubServer serveDownloads() {
        for (ContractStub stub : stubs) {
            stub.exports().serveDownloads(certificate == null ? null : certificate.sslContext());
        }
        return this;
    }

    /**
     * Writes a PKCS#12 trust store holding {@link #certificatePem()} only, password {@code changeit}
     * (a trust store holds no secret), for JVM clients:
     * {@code -Djavax.net.ssl.trustStore=<file> -Djavax.net.ssl.trustStorePassword=changeit}.
     */
    public void writeTrustStore(java.nio.file.Path file) throws IOException {
        if (certificate == null) {
            throw new IllegalStateException("this server has no certificate (start it with https(true))");
        }
        certificate.writeTrustStore(file, "changeit".toCharArray());
    }

    /** An {@link SSLContext} that trusts {@link #certificatePem()} only, for Java clients in tests. */
    public Optional<SSLContext> clientSslContext() {
        return certificate == null ? Optional.empty() : Optional.of(certificate.trustingContext());
    }

    /** A trust manager that trusts {@link #certificatePem()} only (for OkHttp's {@code sslSocketFactory(factory, trustManager)}). */
    public Optional<X509TrustManager> clientTrustManager() {
        return certificate == null ? Optional.empty() : Optional.of(certificate.trustManager());
    }

    /** Every stub, in the order they were added. */
    public List<ContractStub> stubs() {
        return Collections.unmodifiableList(stubs);
    }

    /** The stub playing the newest version of a service. */
    public ContractStub stub(String service) {
        TreeMap<String, ContractStub> versions = byService.get(service);
        if (versions == null) {
            throw new IllegalArgumentException("this server plays no service '" + service + "'; it plays " + byService.keySet());
        }
        return versions.lastEntry().getValue();
    }

    /** The services played, as {@code service apiVersion}. */
    public List<String> services() {
        List<String> names = new ArrayList<>();
        byService.forEach((service, versions) -> versions.keySet().forEach(v -> names.add(service + " " + v)));
        return names;
    }

    /** The requests the services answered (the last 1000), oldest first, each with the service that answered it. */
    public List<StubRequest> recordedRequests() {
        return admin.received().stream().map(StubAdmin.Received::request).toList();
    }

    /** Arms a fault for the next request that arrives on any listener (admin requests do not use faults up). */
    public StubServer injectFault(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Disarms every fault not yet used. */
    public StubServer clearFaults() {
        faults.clear();
        return this;
    }

    /** How many armed faults have not been used yet. */
    public int pendingFaults() {
        return faults.size();
    }

    @Override
    public void close() {
        http.close();
        if (https != null) {
            https.close();
        }
        stubs.forEach(ContractStub::close);
    }

    /** The listeners' handler: the admin API, else the service the request is for. */
    private final LoopbackHttpServer.Handler handler = new LoopbackHttpServer.Handler() {
        @Override
        public StubAnswer answer(StubRequest request) {
            if (request.target().startsWith(StubAdmin.PREFIX)) {
                return admin.answer(request);
            }
            Optional<String> service = serviceOf(request);
            Optional<ContractStub> stub = stubFor(request);
            if (stub.isEmpty()) {
                return unknownService(service.orElse(null), request);
            }
            admin.record(stub.get(), request);
            return stub.get().answer(request);
        }

        @Override
        public Fault faultFor(StubRequest request) {
            return stubFor(request).map(ContractStub::takeFault).orElse(null);
        }

        @Override
        public void unprocessed(StubRequest request) {
            stubFor(request).ifPresent(stub -> {
                admin.record(stub, request);
                stub.recordUnprocessed(request);
            });
        }
    };

    /** The service version a request is for (its X-TC-Version, else the newest one played), if the stub plays it. */
    private Optional<ContractStub> stubFor(StubRequest request) {
        TreeMap<String, ContractStub> versions = serviceOf(request).map(byService::get).orElse(null);
        if (versions == null) {
            return Optional.empty();
        }
        return Optional.of(request.header("X-TC-Version").map(versions::get).orElse(versions.lastEntry().getValue()));
    }

    /** The scope's service if the request is signed, else the Host's, else the only one played. */
    private Optional<String> serviceOf(StubRequest request) {
        Optional<String> scoped = request.header("Authorization")
                .flatMap(Tc3Verifier.ParsedAuthorization::parse)
                .map(Tc3Verifier.ParsedAuthorization::service);
        if (scoped.isPresent()) {
            return scoped;
        }
        Optional<String> host = request.header("Host").map(h -> h.toLowerCase(Locale.ROOT))
                .map(h -> h.replaceFirst(":\\d+$", ""))
                .filter(h -> h.endsWith(TENCENT_DOMAIN))
                .map(h -> h.substring(0, h.indexOf('.')));
        if (host.isPresent()) {
            return host;
        }
        return byService.size() == 1 ? Optional.of(byService.keySet().iterator().next()) : Optional.empty();
    }

    private StubAnswer unknownService(String service, StubRequest request) {
        ObjectNode envelope = JSON.createObjectNode();
        ObjectNode response = envelope.putObject("Response");
        response.putObject("Error").put("Code", service == null ? "AuthFailure.InvalidAuthorization" : "InvalidAction")
                .put("Message", (service == null
                        ? "Which service? Sign the request (the credential scope names it) or send Host <service>.tencentcloudapi.com."
                        : "This contract stub does not play the service '" + service + "'.")
                        + " It plays " + services() + ".");
        response.put("RequestId", UUID.randomUUID().toString());
        try {
            return StubAnswer.json(JSON.writeValueAsBytes(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hostPort(LoopbackHttpServer server) {
        String host = server.hostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    }

    @Override
    public String toString() {
        return "StubServer[url=" + url() + httpsUrl().map(u -> ", httpsUrl=" + u).orElse("") + ", services=" + services() + "]";
    }

    /** Configures a server; {@link #start()} binds it. */
    public static final class Builder {
        private final List<ContractStub.Builder> services = new ArrayList<>();
        private final List<ContractStub.Credential> credentials = new ArrayList<>();
        private Consumer<ContractStub.Builder> configure = b -> { };
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int httpPort;
        private int httpsPort;
        private boolean https;
        private boolean tunnel;
        private List<String> certificateHosts = SelfSignedCertificate.DEFAULT_HOSTS;

        private Builder() {
        }

        /** A service to play, configured like a stand-alone stub (its spec, topics, behaviours, clock...). */
        public Builder service(ContractStub.Builder stub) {
            services.add(Objects.requireNonNull(stub, "stub"));
            return this;
        }

        /** A key pair every service accepts. */
        public Builder credentials(String secretId, String secretKey) {
            credentials.add(new ContractStub.Credential(secretId, secretKey, null));
            return this;
        }

        /** Applied to every service's builder before it starts (for example {@code b -> b.throttling(false)}). */
        public Builder eachService(Consumer<ContractStub.Builder> configure) {
            this.configure = this.configure.andThen(Objects.requireNonNull(configure, "configure"));
            return this;
        }

        /** The address to listen on (default 127.0.0.1). */
        public Builder address(InetAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The plain-HTTP port (default 0: an ephemeral port). */
        public Builder port(int port) {
            this.httpPort = port;
            return this;
        }

        /**
         * Whether to listen for HTTPS too, with a self-signed certificate made at start (default
         * {@code false}); the same certificate then ends {@code CONNECT} tunnels.
         */
        public Builder https(boolean https) {
            this.https = https;
            this.tunnel |= https;
            return this;
        }

        /** The HTTPS port (default 0: an ephemeral port). */
        public Builder httpsPort(int port) {
            this.httpsPort = port;
            return this;
        }

        /** The host names and IP addresses the certificate names (default {@link SelfSignedCertificate#DEFAULT_HOSTS}). */
        public Builder certificateHosts(List<String> hosts) {
            this.certificateHosts = List.copyOf(hosts);
            return this;
        }

        /**
         * Binds the listeners and starts every service (CLS from the bundled spec if none was added).
         *
         * @throws UncheckedIOException if a port cannot be bound or the certificate cannot be made
         */
        public StubServer start() {
            if (services.isEmpty()) {
                services.add(ContractStub.builder());
            }
            try {
                return new StubServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the stub server: " + e.getMessage(), e);
            }
        }
    }
}
