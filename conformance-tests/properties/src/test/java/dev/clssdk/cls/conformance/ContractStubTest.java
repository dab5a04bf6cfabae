package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.cls.ExportProgress;
import dev.clssdk.stub.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stub's behaviour, one documented rule per test, driven through HTTP with a correct signature. */
@Timeout(30)
class ContractStubTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final String CREATE = "{\"TopicId\":\"" + TOPIC + "\",\"Query\":\"status:200\",\"Count\":100,"
            + "\"From\":1607499107000,\"To\":1607499207000}";

    private final MutableClock clock = new MutableClock(Instant.now());
    private final ContractStub stub = ContractStub.builder()
            .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY)
            .topic(TOPIC)
            .clock(clock)
            .start();
    private final StubClient client = new StubClient(stub);

    @AfterEach
    void close() {
        stub.close();
    }

    private StubClient.Answer call(String action, String json) {
        return client.send(action, json.getBytes(StandardCharsets.UTF_8), clock.instant().getEpochSecond(),
                StubClient.SECRET_ID, StubClient.SECRET_KEY, Map.of());
    }

    @Test
    void bindsLoopbackOnAnEphemeralPort() {
        assertThat(stub.url()).startsWith("http://127.0.0.1:").endsWith("/");
        assertThat(stub.port()).isPositive();
    }

    @Test
    void exportWorkflowRunsFromQueuingToCompletedAndDelete() {
        StubClient.Answer created = call("CreateExport", CREATE);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.ok()).as(created.response().toString()).isTrue();
        String exportId = created.response().get("ExportId").asText();
        assertThat(created.response().get("RequestId").asText()).isNotBlank();

        String describe = "{\"TopicId\":\"" + TOPIC + "\"}";
        JsonNode first = call("DescribeExports", describe).response();
        assertThat(first.get("TotalCount").asLong()).isEqualTo(1);
        JsonNode task = first.get("Exports").get(0);
        assertThat(task.get("ExportId").asText()).isEqualTo(exportId);
        assertThat(task.get("Status").asText()).isEqualTo("Queuing");
        assertThat(task.get("Order").asText()).as("the documented default").isEqualTo("desc");
        assertThat(task.get("Format").asText()).as("the documented default").isEqualTo("json");
        assertThat(task.get("Count").asLong()).isEqualTo(100);
        assertThat(task.get("CreateTime").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        assertThat(call("DescribeExports", describe).response().get("Exports").get(0).get("Status").asText()).isEqualTo("Processing");
        JsonNode done = call("DescribeExports", describe).response().get("Exports").get(0);
        assertThat(done.get("Status").asText()).isEqualTo("Completed");
        assertThat(done.get("CosPath").asText()).startsWith(stub.url() + "cos/");
        assertThat(done.get("FileSize").asLong()).isPositive();

        assertThat(call("DeleteExport", "{\"ExportId\":\"" + exportId + "\"}").ok()).isTrue();
        assertThat(call("DescribeExports", describe).response().get("TotalCount").asLong()).isZero();
        assertThat(call("DeleteExport", "{\"ExportId\":\"" + exportId + "\"}").errorCode()).isEqualTo("ResourceNotFound.ExportNotExist");
    }

    @Test
    void exportsCompleteWithTimeAlone() {
        stub.exportProgress(new ExportProgress(100, Duration.ofSeconds(10)));
        String exportId = call("CreateExport", CREATE).response().get("ExportId").asText();
        assertThat(stub.exportStatus(exportId)).contains("Queuing");
        clock.advance(Duration.ofSeconds(10));
        assertThat(stub.exportStatus(exportId)).contains("Processing");
        clock.advance(Duration.ofSeconds(10));
        assertThat(stub.exportStatus(exportId)).contains("Completed");
    }

    @Test
    void pinnedStatusIsAnsweredVerbatimEvenIfUnknownToClients() {
        String exportId = call("CreateExport", CREATE).response().get("ExportId").asText();
        assertThat(stub.setExportStatus(exportId, "Paused")).isTrue();
        assertThat(call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}").response().at("/Exports/0/Status").asText())
                .isEqualTo("Paused");
    }

    @Test
    void describePagesNewestFirstWithOffsetAndLimit() {
        String[] ids = new String[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = call("CreateExport", CREATE).response().get("ExportId").asText();
        }
        JsonNode page = call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\",\"Offset\":1,\"Limit\":2}").response();
        assertThat(page.get("TotalCount").asLong()).isEqualTo(5);
        assertThat(page.get("Exports")).hasSize(2);
        assertThat(page.at("/Exports/0/ExportId").asText()).isEqualTo(ids[3]);
        assertThat(page.at("/Exports/1/ExportId").asText()).isEqualTo(ids[2]);
        assertThat(call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\",\"Offset\":5}").response().get("Exports")).isEmpty();
    }

    @Test
    void unknownTopicIsTopicNotExist() {
        assertThat(call("CreateExport", CREATE.replace(TOPIC, "nope")).errorCode()).isEqualTo("ResourceNotFound.TopicNotExist");
        assertThat(call("DescribeExports", "{\"TopicId\":\"nope\"}").errorCode()).isEqualTo("ResourceNotFound.TopicNotExist");
        stub.registerTopic("nope");
        assertThat(call("DescribeExports", "{\"TopicId\":\"nope\"}").ok()).isTrue();
    }

    @Test
    void constraintViolationsAnswerTheFirstViolationsCodeAndListEveryViolation() {
        assertThat(call("CreateExport", "{}").errorCode()).isEqualTo("MissingParameter");
        assertThat(call("CreateExport", CREATE.replace("\"Count\":100", "\"Count\":50000001")).errorCode()).isEqualTo("LimitExceeded.Export");
        assertThat(call("CreateExport", CREATE.replace("\"Count\":100", "\"Count\":0")).errorCode()).isEqualTo("InvalidParameter");
        assertThat(call("CreateExport", CREATE.replace("1607499207000", "1")).errorCode()).isEqualTo("InvalidParameter");
        StubClient.Answer both = call("CreateExport", CREATE.replace("\"Count\":100", "\"Count\":50000001").replace("\"status:200\"", "null"));
        // The first violation in the spec's member order decides the code: Count comes before Query.
        assertThat(both.errorCode()).as("Count comes before Query").isEqualTo("LimitExceeded.Export");
        assertThat(both.response().at("/Error/Message").asText()).contains("Query").contains("Count");
        assertThat(call("CreateExport", CREATE.replace("}", ",\"Order\":\"DESC\"}")).errorCode()).isEqualTo("InvalidParameter");
        assertThat(call("CreateExport", CREATE.replace("100", "\"100\"")).errorCode()).isEqualTo("InvalidParameter");
        assertThat(call("CreateExport", "[1]").errorCode()).isEqualTo("InvalidParameter");
        assertThat(call("CreateExport", "{not json").errorCode()).isEqualTo("InvalidParameter");
        assertThat(call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\",\"Limit\":101}").errorCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void unknownActionIsInvalidAction() {
        assertThat(call("CreateExports", CREATE).errorCode()).isEqualTo("InvalidAction");
    }

    @Test
    void badSignatureIsSignatureFailure() {
        byte[] body = CREATE.getBytes(StandardCharsets.UTF_8);
        StubClient.Answer answer = client.send("CreateExport", body, clock.instant().getEpochSecond(),
                StubClient.SECRET_ID, "wrong-key", Map.of());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorCode()).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(answer.response().get("RequestId").asText()).isNotBlank();
        assertThat(stub.exportCount()).isZero();
    }

    @Test
    void timestampMoreThanFiveMinutesOffTheStubClockIsSignatureExpire() {
        byte[] body = CREATE.getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        assertThat(client.send("CreateExport", body, now - 301, StubClient.SECRET_ID, StubClient.SECRET_KEY, Map.of()).errorCode())
                .isEqualTo("AuthFailure.SignatureExpire");
        assertThat(client.send("CreateExport", body, now + 301, StubClient.SECRET_ID, StubClient.SECRET_KEY, Map.of()).errorCode())
                .isEqualTo("AuthFailure.SignatureExpire");
        assertThat(client.send("CreateExport", body, now - 300, StubClient.SECRET_ID, StubClient.SECRET_KEY, Map.of()).ok()).isTrue();
    }

    @Test
    void unknownSecretIdAndMissingAuthorizationAreRejected() {
        byte[] body = CREATE.getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        assertThat(client.send("CreateExport", body, now, "AKIDunknown", StubClient.SECRET_KEY, Map.of()).errorCode())
                .isEqualTo("AuthFailure.SecretIdNotFound");
        assertThat(client.sendRaw(Map.of("Content-Type", TestSigner.CONTENT_TYPE, "X-TC-Action", "CreateExport"), body).errorCode())
                .isEqualTo("AuthFailure.InvalidAuthorization");
    }

    @Test
    void emptyRegionAndWrongVersionAreRejected() {
        byte[] body = CREATE.getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        assertThat(client.send("CreateExport", body, now, StubClient.SECRET_ID, StubClient.SECRET_KEY, Map.of("X-TC-Region", " ")).errorCode())
                .isEqualTo("InvalidParameterValue");
        assertThat(client.send("CreateExport", body, now, StubClient.SECRET_ID, StubClient.SECRET_KEY, Map.of("X-TC-Version", "2017-03-12")).errorCode())
                .isEqualTo("InvalidParameterValue");
    }

    @Test
    void requestsAboveTheSpecsRateLimitAreThrottledUntilTheNextSecond() {
        clock.set(Instant.ofEpochSecond(clock.instant().getEpochSecond()));
        int limit = stub.model().operations().stream().filter(op -> op.action().equals("CreateExport")).findFirst()
                .orElseThrow().rateLimitPerSecond().getAsInt();
        for (int i = 0; i < limit; i++) {
            assertThat(call("CreateExport", CREATE).ok()).isTrue();
        }
        assertThat(call("CreateExport", CREATE).errorCode()).isEqualTo("RequestLimitExceeded");
        assertThat(call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}").ok()).as("limits are per action").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(call("CreateExport", CREATE).ok()).isTrue();
        assertThat(stub.exportCount()).isEqualTo(limit + 1);
    }

    @Test
    void absoluteFormRequestsFromAClientUsingTheStubAsItsProxyAreServedForTheHostInTheTarget() throws IOException {
        // What an HTTP client configured with the stub as its proxy sends; the signature covers the real host.
        String host = "cls.tencentcloudapi.com";
        byte[] body = CREATE.getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        String head = "POST http://" + host + "/ HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Content-Type: " + TestSigner.CONTENT_TYPE + "\r\n"
                + "X-TC-Action: CreateExport\r\nX-TC-Version: " + stub.model().apiVersion() + "\r\n"
                + "X-TC-Timestamp: " + now + "\r\n"
                + "Authorization: " + TestSigner.authorization(StubClient.SECRET_ID, StubClient.SECRET_KEY,
                        stub.model().service(), host, now, body) + "\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), stub.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"ExportId\"").doesNotContain("\"Error\"");
        }
        assertThat(stub.recordedRequests().get(0).target()).isEqualTo("/");
        assertThat(stub.recordedRequests().get(0).header("Host")).contains(host);
        assertThat(stub.exportCount()).isEqualTo(1);
    }

    @Test
    void html502Fault() {
        stub.injectFault(Fault.html502());
        StubClient.Answer answer = call("CreateExport", CREATE);
        assertThat(answer.status()).isEqualTo(502);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("<html>");
        assertThat(stub.exportCount()).isZero();
        assertThat(call("CreateExport", CREATE).ok()).as("only the next request is affected").isTrue();
    }

    @Test
    void empty200Fault() {
        stub.injectFault(Fault.empty200());
        StubClient.Answer answer = call("CreateExport", CREATE);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void truncatedJsonFaultProcessesTheRequest() {
        stub.injectFault(Fault.truncatedJson());
        StubClient.Answer answer = call("CreateExport", CREATE);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.response()).as("not a parsable envelope").isNull();
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).startsWith("{\"Response\"");
        assertThat(stub.exportCount()).isEqualTo(1);
    }

    @Test
    void slowResponseFault() {
        stub.injectFault(Fault.slowResponse(Duration.ofMillis(700)));
        long start = System.nanoTime();
        assertThat(call("CreateExport", CREATE).ok()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void slowResponseFaultTripsAClientTimeout() throws Exception {
        stub.injectFault(Fault.slowResponse(Duration.ofSeconds(3)));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(stub.uri())
                .timeout(Duration.ofMillis(300)).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThatThrownBy(() -> http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void dropBeforeRequestReadFault() {
        stub.injectFault(Fault.dropBeforeRequestRead());
        assertThatThrownBy(() -> call("CreateExport", CREATE))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(stub.exportCount()).isZero();
        assertThat(stub.requestCount()).isZero();
    }

    @Test
    void dropAfterRequestReadFaultProcessesTheRequest() {
        stub.injectFault(Fault.dropAfterRequestRead());
        assertThatThrownBy(() -> call("CreateExport", CREATE))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(stub.exportCount()).as("the server acted before the connection dropped").isEqualTo(1);
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @Test
    void rawAnswerFault() {
        stub.injectFault(Fault.rawAnswer(200, "application/json", "{\"Response\":{\"ExportId\":42}}".getBytes(StandardCharsets.UTF_8)));
        assertThat(call("CreateExport", CREATE).response().get("ExportId").isInt()).isTrue();
    }

    @Test
    void stubAnswersOnlyWithMembersAndCodesTheSpecDeclares() {
        // Every answer above went through the stub's own spec checks; a stub bug would be an InternalError.
        call("CreateExport", CREATE);
        call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}");
        assertThat(stub.recordedRequests()).hasSize(2);
        assertThat(call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}").errorCode()).isNull();
    }
}
