package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link StubServer} playing CLS (the bundled spec) and CVM (straight from Tencent's model,
 * through the importer), told apart as Tencent's endpoints do, over plain HTTP, HTTPS, as a
 * plain-HTTP proxy and through a {@code CONNECT} tunnel, with its admin API.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StubServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static StubServer server;

    @BeforeAll
    static void start() throws Exception {
        List<TencentModels.Imported> cvm = TencentModels.read(sampleModels(), Set.of("cvm"), note -> { });
        assertThat(cvm).extracting(TencentModels.Imported::service).containsExactly("cvm");
        server = StubServer.builder()
                .service(ContractStub.builder())
                .service(ContractStub.builder().spec(cvm.get(0).spec()))
                .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
                .eachService(b -> b.throttling(false))
                .https(true)
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void reset() {
        assertThat(admin("POST", "/__stub/reset", "").statusCode()).isEqualTo(200);
    }

    @Test
    void playsClsAndCvmTogetherAndTellsThemApartByTheCredentialScope() {
        assertThat(server.services()).contains("cls 2020-10-16", "cvm 2017-03-12");
        Direct direct = new Direct(server.url(), null);
        JsonNode cls = direct.call("cls", "2020-10-16", "DescribeTopics", "{}");
        assertThat(cls.has("Error")).as(cls.toString()).isFalse();
        assertThat(cls.has("Topics")).isTrue();
        JsonNode cvm = direct.call("cvm", "2017-03-12", "DescribeRegions", "{}");
        assertThat(cvm.has("Error")).as(cvm.toString()).isFalse();
        assertThat(cvm.has("RegionSet")).isTrue();
        JsonNode wrongVersion = direct.call("cvm", "2020-10-16", "DescribeRegions", "{}");
        assertThat(wrongVersion.at("/Error/Code").asText()).isEqualTo("InvalidParameterValue");
        JsonNode unknown = direct.call("nosuch", "2020-10-16", "DescribeTopics", "{}");
        assertThat(unknown.at("/Error/Code").asText()).isEqualTo("InvalidAction");
        assertThat(unknown.at("/Error/Message").asText()).contains("nosuch", "cls 2020-10-16", "cvm 2017-03-12");
    }

    @Test
    void overHttpsWithItsOwnCertificate() {
        assertThat(server.certificatePem().orElseThrow()).startsWith("-----BEGIN CERTIFICATE-----");
        Direct secure = new Direct(server.httpsUrl().orElseThrow(), server.clientSslContext().orElseThrow());
        JsonNode answer = secure.call("cvm", "2017-03-12", "DescribeZones", "{}");
        assertThat(answer.has("Error")).as(answer.toString()).isFalse();
    }

    @Test
    void asAPlainHttpProxyItServesTheHostTheRequestNames() throws Exception {
        Proxied proxied = new Proxied("http", null);
        // Unsigned, so only the Host (cvm.tencentcloudapi.com) can say which service is meant.
        HttpResponse<byte[]> unsigned = proxied.send("cvm", "DescribeRegions", "{}", false);
        assertThat(JSON.readTree(unsigned.body()).at("/Response/Error/Code").asText()).isEqualTo("AuthFailure.InvalidAuthorization");
        JsonNode recorded = JSON.readTree(admin("GET", "/__stub/requests", "").body()).get("requests");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).get("service").asText()).isEqualTo("cvm");

        HttpResponse<byte[]> signed = proxied.send("cls", "DescribeTopics", "{}", true);
        assertThat(JSON.readTree(signed.body()).at("/Response/Topics").isArray()).as(new String(signed.body())).isTrue();
    }

    @Test
    void connectOpensATunnelThatEndsAtTheStubUnderItsCertificate() throws Exception {
        Proxied tunnelled = new Proxied("https", server.clientSslContext().orElseThrow());
        HttpResponse<byte[]> answer = tunnelled.send("cls", "DescribeTopics", "{}", true);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).at("/Response/Topics").isArray()).as(new String(answer.body())).isTrue();
    }

    @Test
    void adminApiSetsStateArmsFaultsAndShowsWhatArrived() throws Exception {
        Direct direct = new Direct(server.url(), null);
        assertThat(direct.call("cls", "2020-10-16", "CreateExport", createExport()).at("/Error/Code").asText())
                .isEqualTo("ResourceNotFound.TopicNotExist");
        assertThat(admin("POST", "/__stub/topics", "{\"service\":\"cls\",\"TopicId\":\"" + TOPIC + "\"}").statusCode())
                .isEqualTo(200);
        String exportId = direct.call("cls", "2020-10-16", "CreateExport", createExport()).get("ExportId").asText();
        assertThat(admin("POST", "/__stub/exports/" + exportId, "{\"Status\":\"Failed\"}").statusCode()).isEqualTo(200);
        assertThat(direct.call("cls", "2020-10-16", "DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}")
                .at("/Exports/0/Status").asText()).isEqualTo("Failed");
        assertThat(admin("POST", "/__stub/exports/nosuch", "{\"Status\":\"Failed\"}").statusCode()).isEqualTo(404);

        assertThat(admin("POST", "/__stub/faults", "{\"kind\":\"html502\",\"times\":1}").statusCode()).isEqualTo(200);
        // The admin request that reads the state does not use the fault up.
        JsonNode requests = JSON.readTree(admin("GET", "/__stub/requests", "").body()).get("requests");
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).path("action").asText()).isEqualTo("CreateExport");
        assertThat(requests.get(0).path("body").path("TopicId").asText()).isEqualTo(TOPIC);
        assertThat(requests.get(0).at("/headers/authorization").asText()).contains("Signature=***")
                .doesNotContainPattern("Signature=[0-9a-f]{64}");
        assertThat(direct.status("cls", "2020-10-16", "DescribeTopics", "{}")).isEqualTo(502);
        assertThat(direct.status("cls", "2020-10-16", "DescribeTopics", "{}")).isEqualTo(200);

        JsonNode examples = JSON.readTree(admin("GET", "/__stub/examples", "").body()).get("services");
        assertThat(examples.findValuesAsText("service")).containsExactly("cls", "cvm");
        assertThat(examples.get(0).at("/actions/SearchLog/TopicId").isTextual()).isTrue();
        assertThat(examples.get(1).at("/actions/DescribeRegions").isObject()).isTrue();

        assertThat(admin("POST", "/__stub/faults", "{\"kind\":\"sometimes\"}").body()).asString(StandardCharsets.UTF_8)
                .contains("kind must be one of");
        assertThat(admin("GET", "/__stub/nothing", "").statusCode()).isEqualTo(404);
        assertThat(admin("POST", "/__stub/reset", "").statusCode()).isEqualTo(200);
        assertThat(server.stub("cls").exportCount()).isZero();
        assertThat(JSON.readTree(admin("GET", "/__stub/requests", "").body()).get("requests")).isEmpty();
    }

    @Test
    void aFaultArmedOnOneServiceActsOnThatServiceAlone() {
        Direct direct = new Direct(server.url(), null);
        server.stub("cvm").injectFault(Fault.html502());
        assertThat(direct.status("cls", "2020-10-16", "DescribeTopics", "{}")).as("another service's request").isEqualTo(200);
        assertThat(server.stub("cvm").pendingFaults()).isEqualTo(1);
        assertThat(direct.status("cvm", "2017-03-12", "DescribeRegions", "{}")).isEqualTo(502);
        assertThat(server.stub("cvm").pendingFaults()).isZero();
        assertThat(direct.status("cvm", "2017-03-12", "DescribeRegions", "{}")).isEqualTo(200);

        assertThat(admin("POST", "/__stub/faults", "{\"kind\":\"empty200\",\"service\":\"cvm\"}").statusCode()).isEqualTo(200);
        assertThat(server.pendingFaults()).as("armed on the service, not the server").isZero();
        assertThat(direct.status("cls", "2020-10-16", "DescribeTopics", "{}")).isEqualTo(200);
        assertThat(direct.send("cvm", "2017-03-12", "DescribeRegions", "{}").body()).as("the empty 200").isEmpty();

        server.stub("cvm").injectFault(Fault.html502());
        assertThat(admin("POST", "/__stub/reset", "").statusCode()).isEqualTo(200);
        assertThat(server.stub("cvm").pendingFaults()).as("reset disarms the services' faults too").isZero();
    }

    @Test
    void aRequestAnsweredByAFaultIsRecordedButNotProcessed() throws Exception {
        Direct direct = new Direct(server.url(), null);
        server.injectFault(Fault.html502());
        assertThat(direct.status("cls", "2020-10-16", "DescribeTopics", "{}")).isEqualTo(502);
        server.stub("cls").injectFault(Fault.rawAnswer(503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8)));
        assertThat(direct.status("cls", "2020-10-16", "DescribeLogsets", "{}")).isEqualTo(503);

        assertThat(server.recordedRequests()).extracting(r -> r.action().orElseThrow())
                .containsExactly("DescribeTopics", "DescribeLogsets");
        assertThat(server.stub("cls").recordedRequests()).extracting(r -> r.action().orElseThrow())
                .containsExactly("DescribeTopics", "DescribeLogsets");
        JsonNode requests = JSON.readTree(admin("GET", "/__stub/requests", "").body()).get("requests");
        assertThat(requests.findValuesAsText("action")).containsExactly("DescribeTopics", "DescribeLogsets");
        assertThat(requests.findValuesAsText("service")).containsExactly("cls", "cls");
    }

    @Test
    void aStubOnItsOwnRecordsTheRequestAFaultAnswered() {
        try (ContractStub stub = ContractStub.builder().credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
                .throttling(false).start()) {
            stub.injectFault(Fault.rawAnswer(503, "application/json", "{\"Response\":{}}".getBytes(StandardCharsets.UTF_8)));
            assertThat(new SignedClient(stub).call("DescribeTopics", "{}").status()).isEqualTo(503);
            assertThat(stub.recordedRequests()).extracting(r -> r.action().orElseThrow()).containsExactly("DescribeTopics");
            assertThat(stub.requestCount()).as("a fault answered it: the API never saw it").isZero();
        }
    }

    private static String createExport() {
        return "{\"TopicId\":\"" + TOPIC + "\",\"Count\":10,\"Query\":\"*\",\"From\":1,\"To\":2}";
    }

    private static HttpResponse<byte[]> admin(String method, String path, String body) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path sampleModels() throws URISyntaxException {
        return Path.of(StubServerTest.class.getClassLoader().getResource("tencent-sample").toURI());
    }

    /** Calls the server at its own address, signing for the service named. */
    private record Direct(String baseUrl, SSLContext tls) {
        JsonNode call(String service, String version, String action, String json) {
            try {
                return JSON.readTree(send(service, version, action, json).body()).get("Response");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int status(String service, String version, String action, String json) {
            return send(service, version, action, json).statusCode();
        }

        HttpResponse<byte[]> send(String service, String version, String action, String json) {
            URI uri = URI.create(baseUrl);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            long now = System.currentTimeMillis() / 1000;
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", TestTc3Signer.CONTENT_TYPE)
                    .header("X-TC-Action", action).header("X-TC-Version", version)
                    .header("X-TC-Timestamp", Long.toString(now))
                    .header("Authorization", TestTc3Signer.authorization(SignedClient.SECRET_ID, SignedClient.SECRET_KEY,
                            service, uri.getRawAuthority(), now, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5));
            if (tls != null) {
                client.sslContext(tls);
            }
            try {
                return client.build().send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Calls {@code <scheme>://<service>.tencentcloudapi.com/} through the server as its proxy, as an official SDK would. */
    private record Proxied(String scheme, SSLContext tls) {
        HttpResponse<byte[]> send(String service, String action, String json, boolean signed) throws Exception {
            String host = service + ".tencentcloudapi.com";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            long now = System.currentTimeMillis() / 1000;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scheme + "://" + host + "/"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", TestTc3Signer.CONTENT_TYPE)
                    .header("X-TC-Action", action)
                    .header("X-TC-Version", service.equals("cls") ? "2020-10-16" : "2017-03-12")
                    .header("X-TC-Timestamp", Long.toString(now))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (signed) {
                request.header("Authorization", TestTc3Signer.authorization(SignedClient.SECRET_ID, SignedClient.SECRET_KEY,
                        service, host, now, body));
            }
            HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port())));
            if (tls != null) {
                client.sslContext(tls);
            }
            return client.build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
