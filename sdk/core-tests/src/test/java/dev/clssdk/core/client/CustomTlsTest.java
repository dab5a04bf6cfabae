package dev.clssdk.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.testing.TransportUnderTest;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's TLS options end to end: two HTTPS servers on 127.0.0.1 with self-signed certificates
 * made for this run by the JDK's {@code keytool}, one naming {@code 127.0.0.1} and one naming another
 * host. Trusting the certificate through {@code tls(...)} makes a call succeed; without it, and when
 * the certificate names another host, the call fails with a {@link TransportException} (the
 * {@code javax.net.ssl} exception as its cause), never a raw SSL exception.
 */
@Timeout(60)
class CustomTlsTest {
    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;

    private static Server matching;
    private static Server misnamed;
    private final List<ClientRuntime> runtimes = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        matching = Server.start(keyStore("matching", "SAN=ip:127.0.0.1"));
        misnamed = Server.start(keyStore("misnamed", "SAN=dns:elsewhere.example"));
    }

    @AfterAll
    static void stopServers() {
        for (Server server : new Server[] {matching, misnamed}) {
            if (server != null) {
                server.https.stop(0);
            }
        }
    }

    @AfterEach
    void closeClients() {
        runtimes.forEach(ClientRuntime::close);
    }

    @Test
    void aCallOverHttpsSucceedsWithTheCustomTrustMaterial() throws Exception {
        PingResponse response = ping(builder(matching).tls(socketFactory(matching), trustManager(matching)));
        assertThat(response.echo()).isEqualTo("over tls");
        assertThat(matching.requests).hasValue(1);
    }

    @Test
    void withoutTheCustomTrustTheHandshakeFailureIsATypedTransportException() {
        assertThatThrownBy(() -> ping(builder(matching)))
                .isExactlyInstanceOf(TransportException.class)
                .satisfies(e -> {
                    TransportException failure = (TransportException) e;
                    assertThat(failure.mayHaveReachedServer()).as("nothing was sent before the handshake").isFalse();
                    assertThat(failure.isTimeout()).isFalse();
                    assertThat(failure.getMessage()).contains("Ping").contains("SSLHandshakeException");
                    assertThat(failure).hasCauseInstanceOf(SSLHandshakeException.class);
                });
    }

    @Test
    void aTrustedCertificateForAnotherHostFailsHostnameVerificationAsATypedTransportException() throws Exception {
        int before = misnamed.requests.get();
        // OkHttp verifies the name after the handshake; the JDK's client during it: either way nothing was sent.
        Class<? extends Exception> refusal = TransportUnderTest.isJdk() ? SSLHandshakeException.class
                : SSLPeerUnverifiedException.class;
        assertThatThrownBy(() -> ping(builder(misnamed).tls(socketFactory(misnamed), trustManager(misnamed))))
                .isExactlyInstanceOf(TransportException.class)
                .hasCauseInstanceOf(refusal)
                .satisfies(e -> assertThat(((TransportException) e).mayHaveReachedServer()).isFalse())
                .hasMessageContaining(refusal.getSimpleName());
        assertThat(misnamed.requests).as("no request reached the server").hasValue(before);
    }

    @Test
    void theHostnameVerifierOptionDecidesWhichNamesAreAccepted() throws Exception {
        if (TransportUnderTest.isJdk()) {
            // The JDK's client takes no HostnameVerifier: the setting is refused when the client is built.
            assertThatThrownBy(() -> builder(matching).hostnameVerifier((host, session) -> true).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("hostnameVerifier").hasMessageContaining("sdk-okhttp");
            return;
        }
        PingRuntimeBuilder acceptsElsewhere = builder(misnamed).tls(socketFactory(misnamed), trustManager(misnamed))
                .hostnameVerifier((host, session) -> host.equals("127.0.0.1") && peerNames(session).contains("elsewhere.example"));
        assertThat(ping(acceptsElsewhere).echo()).isEqualTo("over tls");

        PingRuntimeBuilder refusesAll = builder(matching).tls(socketFactory(matching), trustManager(matching))
                .hostnameVerifier((host, session) -> false);
        assertThatThrownBy(() -> ping(refusesAll))
                .isExactlyInstanceOf(TransportException.class)
                .hasCauseInstanceOf(SSLPeerUnverifiedException.class);
    }

    private static List<String> peerNames(javax.net.ssl.SSLSession session) {
        List<String> names = new ArrayList<>();
        try {
            java.security.cert.X509Certificate peer = (java.security.cert.X509Certificate) session.getPeerCertificates()[0];
            for (List<?> name : peer.getSubjectAlternativeNames()) {
                names.add(String.valueOf(name.get(1)));
            }
        } catch (GeneralSecurityException | SSLPeerUnverifiedException e) {
            return names;
        }
        return names;
    }

    private PingRuntimeBuilder builder(Server server) {
        return new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDtls", "tlsSecretKey"))
                .endpointUrl("https://127.0.0.1:" + server.https.getAddress().getPort())
                .rateLimiting(false).retryPolicy(RetryPolicy.none())
                .connectTimeout(java.time.Duration.ofSeconds(5)).readTimeout(java.time.Duration.ofSeconds(5));
    }

    private PingResponse ping(PingRuntimeBuilder builder) {
        ClientRuntime runtime = builder.build();
        runtimes.add(runtime);
        return runtime.execute(PingOperations.PING, PingRequest.builder().name("hi").build(), RequestOptions.none(), PingResponse.class);
    }

    /** A trust manager trusting exactly the server's self-signed certificate. */
    private static X509TrustManager trustManager(Server server) throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("server", server.certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }

    private static SSLSocketFactory socketFactory(Server server) throws GeneralSecurityException, IOException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {trustManager(server)}, null);
        return context.getSocketFactory();
    }

    /** A PKCS#12 key store with a fresh EC key pair and a self-signed certificate with the given extension. */
    private static KeyStore keyStore(String name, String subjectAlternativeName) throws Exception {
        Path file = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "2",
                "-dname", "CN=" + name, "-ext", subjectAlternativeName,
                "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("keytool did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    /** An HTTPS server on 127.0.0.1 answering every request with a Ping envelope. */
    private static final class Server {
        final HttpsServer https;
        final Certificate certificate;
        final AtomicInteger requests = new AtomicInteger();

        private Server(HttpsServer https, Certificate certificate) {
            this.https = https;
            this.certificate = certificate;
        }

        static Server start(KeyStore store) throws Exception {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(context));
            Server server = new Server(https, store.getCertificate("server"));
            https.createContext("/", exchange -> {
                server.requests.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                byte[] body = "{\"Response\":{\"Echo\":\"over tls\",\"RequestId\":\"r-tls\"}}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            https.start();
            return server;
        }
    }
}
