package dev.clssdk.cls.client;

import static dev.clssdk.cls.testing.ClientFixture.SECRET_ID;
import static dev.clssdk.cls.testing.ClientFixture.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.CredentialsException;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsOperations;
import dev.clssdk.core.ValidationException;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.DeleteExportResponse;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.CredentialsProviderChain;
import dev.clssdk.core.auth.EnvironmentCredentialsProvider;
import dev.clssdk.core.signing.Tc3Signer;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ClsClientRequestTest {
    private final ClientFixture fixture = new ClientFixture();

    ClsClientRequestTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = fixture.server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("request reached the server").isNotNull();
        return request;
    }

    @Test
    void requestCarriesTheApiHeadersAndASignatureOverTheExactBytesSent() throws Exception {
        fixture.server.enqueue(Answers.created("export-1"));
        try (ClsClient client = fixture.builder().build()) {
            CreateExportResponse response = client.createExport(ClientFixture.createRequest());
            assertThat(response.exportId()).isEqualTo("export-1");
            assertThat(response.requestId()).isEqualTo("req-ok");
        }
        RecordedRequest request = take();
        String host = "127.0.0.1:" + fixture.server.getPort();
        long timestamp = ClientFixture.START.getEpochSecond();
        byte[] body = request.getBody().toByteArray();

        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/");
        assertThat(request.getHeaders().get("Host")).isEqualTo(host);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getHeaders().get("X-TC-Action")).isEqualTo("CreateExport");
        assertThat(request.getHeaders().get("X-TC-Version")).isEqualTo("2020-10-16");
        assertThat(request.getHeaders().get("X-TC-Timestamp")).isEqualTo(Long.toString(timestamp));
        assertThat(request.getHeaders().get("Authorization"))
                .isEqualTo(Tc3Signer.authorization(SECRET_ID, SECRET_KEY, "cls", host, timestamp, body))
                .contains("Credential=" + SECRET_ID + "/2024-03-09/cls/tc3_request");
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"TopicId\":\"topic-1\",\"Count\":100,\"Query\":\"status:200\",\"From\":1000,\"To\":2000}");
    }

    @Test
    void regionAndTokenHeadersAreLeftOutWhenThereIsNoRegionAndNoToken() throws Exception {
        fixture.server.enqueue(Answers.created("e"));
        try (ClsClient client = fixture.builder().region(null).build()) {
            client.createExport(ClientFixture.createRequest());
        }
        RecordedRequest request = take();
        assertThat(request.getHeaders().names()).doesNotContain("X-TC-Region", "X-TC-Token");
    }

    @Test
    void regionAndTokenHeadersAreSentWhenConfigured() throws Exception {
        fixture.server.enqueue(Answers.created("e"));
        try (ClsClient client = fixture.builder().region("ap-guangzhou")
                .credentials(CredentialsProvider.of(Credentials.of(SECRET_ID, SECRET_KEY, "session-token-1")))
                .build()) {
            client.createExport(ClientFixture.createRequest());
        }
        RecordedRequest request = take();
        assertThat(request.getHeaders().get("X-TC-Region")).isEqualTo("ap-guangzhou");
        assertThat(request.getHeaders().get("X-TC-Token")).isEqualTo("session-token-1");
    }

    @Test
    void hostHeaderOverrideIsSentAndSignedWhileTheServiceStaysCls() throws Exception {
        fixture.server.enqueue(Answers.created("e"));
        try (ClsClient client = fixture.builder().hostHeader("cls.tencentcloudapi.com").build()) {
            client.createExport(ClientFixture.createRequest());
        }
        RecordedRequest request = take();
        assertThat(request.getHeaders().get("Host")).isEqualTo("cls.tencentcloudapi.com");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(Tc3Signer.authorization(SECRET_ID, SECRET_KEY,
                "cls", "cls.tencentcloudapi.com", ClientFixture.START.getEpochSecond(),
                request.getBody().toByteArray()));
    }

    @Test
    void defaultEndpointIsTheClsHostOverHttps() {
        try (ClsClient client = ClsClient.builder().credentials(CredentialsProvider.of("a", "b")).build()) {
            assertThat(client.toString()).contains("https://cls.tencentcloudapi.com/");
        }
        try (ClsClient client = ClsClient.builder().credentials(CredentialsProvider.of("a", "b"))
                .endpoint("cls.ap-guangzhou.tencentcloudapi.com").build()) {
            assertThat(client.toString()).contains("https://cls.ap-guangzhou.tencentcloudapi.com/");
        }
    }

    @Test
    void invalidRequestIsRejectedByItsBuilderBeforeAnyClientIsInvolved() {
        assertThatThrownBy(() -> CreateExportRequest.builder().topicId("t").query("q").count(0L).from(2L).to(1L).build())
                .isInstanceOf(ValidationException.class);
        assertThat(fixture.server.getRequestCount()).isZero();
    }

    @Test
    void aNullRequestIsRefusedWithoutSending() {
        try (ClsClient client = fixture.builder().build()) {
            assertThatThrownBy(() -> client.deleteExport(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("DeleteExport").hasMessageContaining("request");
        }
        assertThat(fixture.server.getRequestCount()).isZero();
    }

    @Test
    void perRequestOptionsAddHeadersAndOverrideCredentials() throws Exception {
        fixture.server.enqueue(Answers.success(""));
        try (ClsClient client = fixture.builder().build()) {
            DeleteExportResponse response = client.deleteExport(ClientFixture.deleteRequest(), RequestOptions.builder()
                    .header("X-Request-Tag", "t-7")
                    .credentials(CredentialsProvider.of("AKIDperCall0001", "perCallSecretKey"))
                    .build());
            assertThat(response.requestId()).isEqualTo("req-ok");
        }
        RecordedRequest request = take();
        assertThat(request.getHeaders().get("X-TC-Action")).isEqualTo("DeleteExport");
        assertThat(request.getHeaders().get("X-Request-Tag")).isEqualTo("t-7");
        assertThat(request.getHeaders().get("Authorization")).contains("Credential=AKIDperCall0001/");
        assertThat(request.getBody().utf8()).isEqualTo("{\"ExportId\":\"export-1\"}");
    }

    @Test
    void missingCredentialsFailTypedListingWhereItLookedAndSendNothing() {
        CredentialsProvider nothing = new CredentialsProviderChain(List.of(
                new EnvironmentCredentialsProvider(Map.<String, String>of()::get),
                CredentialsProvider.profile(java.nio.file.Path.of("/nonexistent/credentials"), "default")));
        try (ClsClient client = fixture.builder().credentials(nothing).build()) {
            assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                    .isInstanceOfSatisfying(CredentialsException.class, e -> assertThat(e.searched()).hasSize(2))
                    .hasMessageContaining("TENCENTCLOUD_SECRET_ID")
                    .hasMessageContaining("/nonexistent/credentials");
        }
        assertThat(fixture.server.getRequestCount()).isZero();
    }

    @Test
    void closedClientRefusesCallsWithATypedException() {
        ClsClient client = fixture.builder().build();
        client.close();
        assertThatThrownBy(() -> client.createExport(ClientFixture.createRequest()))
                .isInstanceOf(TransportException.class).hasMessageContaining("closed");
        assertThat(fixture.server.getRequestCount()).isZero();
    }

    @Test
    void asyncCallCompletesWithTheResponse() throws Exception {
        fixture.server.enqueue(Answers.created("export-async"));
        try (ClsClient client = fixture.builder().build()) {
            assertThat(client.createExportAsync(ClientFixture.createRequest()).get(5, TimeUnit.SECONDS).exportId())
                    .isEqualTo("export-async");
        }
    }
}
