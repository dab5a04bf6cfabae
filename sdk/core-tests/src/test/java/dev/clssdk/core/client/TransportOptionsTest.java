package dev.clssdk.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.testing.CapturedLogs;
import dev.clssdk.core.testing.TransportUnderTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Proxy (plain and CONNECT, with and without Basic authentication), regional endpoint, language, checks. */
@Timeout(30)
class TransportOptionsTest {
    private static final String PROXY_PASSWORD = "proxyPassw0rdDoNotLog";
    private final List<ClientRuntime> runtimes = new ArrayList<>();
    private LoopbackProxy proxy;

    @AfterEach
    void stop() throws IOException {
        runtimes.forEach(ClientRuntime::close);
        if (proxy != null) {
            proxy.close();
        }
        CapturedLogs.stop();
    }

    private PingRuntimeBuilder builder() {
        return new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDping", "pingSecretKey"))
                .rateLimiting(false).retryPolicy(RetryPolicy.none());
    }

    private PingResponse ping(PingRuntimeBuilder builder) {
        ClientRuntime runtime = builder.build();
        runtimes.add(runtime);
        return runtime.execute(PingOperations.PING, PingRequest.builder().name("hi").build(), RequestOptions.none(), PingResponse.class);
    }

    @Test
    void aPlainProxyGetsTheAbsoluteUrlAndTheLanguageHeader() throws IOException {
        proxy = new LoopbackProxy(null);
        PingResponse response = ping(builder().endpointUrl("http://ping.example.test").proxy("127.0.0.1", proxy.port())
                .language("en-US"));
        assertThat(response.echo()).isEqualTo("via proxy");
        assertThat(proxy.requests).hasSize(1);
        Exchange exchange = proxy.requests.get(0);
        assertThat(exchange.requestLine).isEqualTo("POST http://ping.example.test/ HTTP/1.1");
        assertThat(exchange.headers).containsEntry("x-tc-language", "en-US").doesNotContainKey("proxy-authorization");
    }

    @Test
    void aPlainProxyAskingForCredentialsGetsThemOnceAndNoLogLineHoldsThem() throws IOException {
        proxy = new LoopbackProxy("Basic " + base64("proxyUser:" + PROXY_PASSWORD));
        CapturedLogs.start();
        PingRuntimeBuilder builder = builder().endpointUrl("http://ping.example.test")
                .proxy("127.0.0.1", proxy.port(), "proxyUser", PROXY_PASSWORD);
        assertThat(ping(builder).echo()).isEqualTo("via proxy");
        assertThat(proxy.requests).hasSize(2);
        assertThat(proxy.requests.get(0).headers).doesNotContainKey("proxy-authorization");
        assertThat(proxy.requests.get(1).headers).containsKey("proxy-authorization");
        List<String> texts = new ArrayList<>(CapturedLogs.lines());
        texts.add(runtimes.get(0).toString());
        for (String text : texts) {
            assertThat(text).doesNotContain(PROXY_PASSWORD).doesNotContain(base64("proxyUser:" + PROXY_PASSWORD));
        }
    }

    @Test
    void aProxysErrorPageEchoingTheCredentialsShowsNeitherThePasswordNorTheirBase64() throws IOException {
        proxy = new LoopbackProxy("Basic " + base64("proxyUser:" + PROXY_PASSWORD));
        proxy.echoingPage = "502 Bad Gateway";
        CapturedLogs.start();
        PingRuntimeBuilder builder = builder().endpointUrl("http://ping.example.test")
                .proxy("127.0.0.1", proxy.port(), "proxyUser", PROXY_PASSWORD);
        assertThatThrownBy(() -> ping(builder))
                .isInstanceOf(ProtocolException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("HTTP 502").contains("credentials Basic ***")
                        .doesNotContain(PROXY_PASSWORD).doesNotContain(base64("proxyUser:" + PROXY_PASSWORD)));
        assertThat(CapturedLogs.lines()).noneSatisfy(line -> assertThat(line).contains(base64("proxyUser:" + PROXY_PASSWORD)));
    }

    @Test
    void httpsGoesThroughConnectToTheRegionalEndpointWithoutCredentials() throws IOException {
        proxy = new LoopbackProxy(null);
        assertThatThrownBy(() -> ping(builder().region("ap-guangzhou").regionalEndpoint(true).proxy("127.0.0.1", proxy.port())))
                .isInstanceOf(TransportException.class); // the test proxy closes the tunnel instead of talking TLS
        assertThat(proxy.requests).hasSize(1);
        assertThat(proxy.requests.get(0).requestLine).startsWith("CONNECT ping.ap-guangzhou.tencentcloudapi.com:443 ");
        assertThat(proxy.requests.get(0).headers).doesNotContainKey("proxy-authorization");
    }

    @Test
    void connectAnswersTheProxysChallengeWithTheCredentials() throws IOException {
        proxy = new LoopbackProxy("Basic " + base64("proxyUser:" + PROXY_PASSWORD));
        CapturedLogs.start();
        assertThatThrownBy(() -> ping(builder().proxy("127.0.0.1", proxy.port(), "proxyUser", PROXY_PASSWORD)))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("SSLHandshakeException").doesNotContain(PROXY_PASSWORD));
        // OkHttp asks the proxy authenticator before the first CONNECT (preemptively), so one CONNECT
        // suffices; the JDK's client sends the credentials once the proxy has asked for them.
        assertThat(proxy.requests).hasSize(TransportUnderTest.isJdk() ? 2 : 1);
        Exchange answered = proxy.requests.get(proxy.requests.size() - 1);
        assertThat(answered.requestLine).startsWith("CONNECT ping.tencentcloudapi.com:443 ");
        assertThat(answered.headers).containsEntry("proxy-authorization", "Basic " + base64("proxyUser:" + PROXY_PASSWORD));
        assertThat(proxy.tunnelsOpened).as("the tunnel was opened; TLS then failed on the test proxy").isEqualTo(1);
        assertThat(CapturedLogs.lines()).noneSatisfy(line -> assertThat(line).contains(PROXY_PASSWORD));
    }

    @Test
    void theJdkClientsRefusalOfBasicAuthenticationForHttpsTunnelsIsToldWhenTheClientIsBuilt() {
        assumeTrue(TransportUnderTest.isJdk(), "a trap of the JDK's client only");
        String property = "jdk.http.auth.tunneling.disabledSchemes";
        String before = System.getProperty(property);
        System.setProperty(property, "Basic"); // what the JDK's net.properties say when the JVM is not told otherwise
        try {
            assertThatThrownBy(() -> builder().proxy("127.0.0.1", 3128, "proxyUser", PROXY_PASSWORD).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-D" + property + "=").hasMessageContaining("sdk-okhttp")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PROXY_PASSWORD));
            // A plain-HTTP endpoint needs no tunnel: Basic authentication to the proxy works by default.
            builder().endpointUrl("http://ping.example.test").proxy("127.0.0.1", 3128, "proxyUser", PROXY_PASSWORD)
                    .build().close();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void theJdkClientsRefusalOfAnotherHostHeaderIsToldWhenTheClientIsBuilt() {
        assumeTrue(TransportUnderTest.isJdk(), "a trap of the JDK's client only");
        assumeTrue(System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null, "the JVM allows it");
        assertThatThrownBy(() -> builder().endpointUrl("http://127.0.0.1:8080").hostHeader("ping.tencentcloudapi.com")
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hostHeader").hasMessageContaining("-Djdk.httpclient.allowRestrictedHeaders=host")
                .hasMessageContaining("sdk-okhttp");
        // The URL's own host is what the client sends anyway: no option needed.
        builder().endpointUrl("http://127.0.0.1:8080").hostHeader("127.0.0.1:8080").build().close();
    }

    @Test
    void aProxyRefusingTheCredentialsIsATypedFailureWithoutThePassword() throws IOException {
        proxy = new LoopbackProxy("Basic " + base64("proxyUser:other"));
        assertThatThrownBy(() -> ping(builder().proxy("127.0.0.1", proxy.port(), "proxyUser", PROXY_PASSWORD)))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("proxy").doesNotContain(PROXY_PASSWORD));
        assertThat(proxy.tunnelsOpened).isZero();
    }

    @Test
    void settingsAreCheckedWhenSetAndNeverEchoThePassword() {
        assertThatThrownBy(() -> builder().proxy("127.0.0.1", 0)).hasMessageContaining("proxy port");
        assertThatThrownBy(() -> builder().proxy("user@host", 80)).hasMessageContaining("proxy host");
        assertThatThrownBy(() -> builder().proxy("127.0.0.1", 80, "a:b", "x")).hasMessageContaining("proxy username");
        assertThatThrownBy(() -> builder().proxy("127.0.0.1", 80, "a", "secret\nValue"))
                .hasMessageContaining("proxy password").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> builder().language("fr-FR")).hasMessageContaining("language");
        assertThatThrownBy(() -> builder().regionalEndpoint(true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("regionalEndpoint(true) needs a region");
    }

    @Test
    void theRegionalHostIsDerivedFromTheServiceAndRegion() {
        ClientRuntime runtime = builder().region("ap-shanghai").regionalEndpoint(true).build();
        runtimes.add(runtime);
        assertThat(runtime.toString()).contains("https://ping.ap-shanghai.tencentcloudapi.com/");
        ClientRuntime explicit = builder().region("ap-shanghai").regionalEndpoint(true).endpoint("custom.example").build();
        runtimes.add(explicit);
        assertThat(explicit.toString()).as("an explicit endpoint wins").contains("https://custom.example/");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** One request the proxy saw. */
    private static final class Exchange {
        final String requestLine;
        final Map<String, String> headers;

        Exchange(String requestLine, Map<String, String> headers) {
            this.requestLine = requestLine;
            this.headers = headers;
        }
    }

    /**
     * A minimal HTTP proxy on 127.0.0.1: asks for {@code Proxy-Authorization} when given the expected
     * value; answers plain requests itself with an envelope; accepts {@code CONNECT} and then closes the
     * tunnel (no TLS server behind it). One connection at a time, each closed after one exchange.
     */
    private static final class LoopbackProxy implements AutoCloseable {
        final List<Exchange> requests = new CopyOnWriteArrayList<>();
        volatile int tunnelsOpened;
        /** A status to answer authorized plain requests with, and a page echoing their credentials; null for the envelope. */
        volatile String echoingPage;
        private final String expectedAuthorization;
        private final ServerSocket socket;
        private final Thread thread;

        LoopbackProxy(String expectedAuthorization) throws IOException {
            this.expectedAuthorization = expectedAuthorization;
            this.socket = new ServerSocket(0, 8, InetAddress.getByName("127.0.0.1"));
            this.thread = new Thread(this::serve, "loopback-proxy");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    client.setSoTimeout(5000);
                    handle(client);
                } catch (IOException e) {
                    // closed, or the client went away: next connection
                }
            }
        }

        private void handle(Socket client) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            if (requestLine == null) {
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            requests.add(new Exchange(requestLine, headers));
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            for (int i = 0; i < length; i++) {
                in.read();
            }
            OutputStream out = client.getOutputStream();
            if (expectedAuthorization != null && !expectedAuthorization.equals(headers.get("proxy-authorization"))) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            if (requestLine.startsWith("CONNECT ")) {
                tunnelsOpened++;
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            if (echoingPage != null) {
                byte[] page = ("<html>Your credentials " + headers.get("proxy-authorization") + " went nowhere</html>")
                        .getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + echoingPage + "\r\nContent-Type: text/html\r\nContent-Length: " + page.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(page);
                out.flush();
                return;
            }
            byte[] body = "{\"Response\":{\"Echo\":\"via proxy\",\"RequestId\":\"r-proxy\"}}".getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
