package dev.clssdk.stub.cls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.SignedClient;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** CLS's export workflow, now a behaviour the default builder installs, works as before. */
@Timeout(30)
class ExportWorkflowTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final String CREATE = "{\"TopicId\":\"" + TOPIC + "\",\"Query\":\"status:200\",\"Count\":100,"
            + "\"From\":1607499107000,\"To\":1607499207000}";
    private static final String DESCRIBE = "{\"TopicId\":\"" + TOPIC + "\"}";

    private final ContractStub stub = ContractStub.builder()
            .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
            .topic(TOPIC)
            .throttling(false)
            .start();
    private final SignedClient client = new SignedClient(stub);

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void createDescribeUntilCompletedThenDelete() {
        String exportId = client.call("CreateExport", CREATE).response().get("ExportId").asText();
        assertThat(stub.exportCount()).isEqualTo(1);
        assertThat(stub.exportStatus(exportId)).contains("Queuing");

        JsonNode first = client.call("DescribeExports", DESCRIBE).response();
        assertThat(first.get("TotalCount").asLong()).isEqualTo(1);
        assertThat(first.at("/Exports/0/ExportId").asText()).isEqualTo(exportId);
        assertThat(first.at("/Exports/0/Status").asText()).isEqualTo("Queuing");
        assertThat(first.at("/Exports/0/Format").asText()).as("the documented default").isEqualTo("json");
        assertThat(client.call("DescribeExports", DESCRIBE).response().at("/Exports/0/Status").asText()).isEqualTo("Processing");
        JsonNode done = client.call("DescribeExports", DESCRIBE).response().at("/Exports/0");
        assertThat(done.get("Status").asText()).isEqualTo("Completed");
        assertThat(done.get("CosPath").asText()).startsWith(stub.url() + "cos/");

        assertThat(client.call("DeleteExport", "{\"ExportId\":\"" + exportId + "\"}").ok()).isTrue();
        assertThat(stub.exportCount()).isZero();
        assertThat(client.call("DeleteExport", "{\"ExportId\":\"" + exportId + "\"}").errorCode())
                .isEqualTo(ExportWorkflow.EXPORT_NOT_EXIST);
    }

    @Test
    void describePagesWithOffsetAndLimit() {
        for (int i = 0; i < 3; i++) {
            client.call("CreateExport", CREATE);
        }
        JsonNode page = client.call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\",\"Offset\":1,\"Limit\":1}").response();
        assertThat(page.get("TotalCount").asLong()).isEqualTo(3);
        assertThat(page.get("Exports")).hasSize(1);
    }

    @Test
    void anUnregisteredTopicIsTopicNotExistUntilRegistered() {
        assertThat(client.call("CreateExport", CREATE.replace(TOPIC, "other")).errorCode()).isEqualTo(ExportWorkflow.TOPIC_NOT_EXIST);
        stub.registerTopic("other");
        assertThat(client.call("CreateExport", CREATE.replace(TOPIC, "other")).ok()).isTrue();
    }

    @Test
    void aPinnedStatusIsAnsweredVerbatim() {
        String exportId = client.call("CreateExport", CREATE).response().get("ExportId").asText();
        assertThat(stub.setExportStatus(exportId, "Paused")).isTrue();
        assertThat(client.call("DescribeExports", DESCRIBE).response().at("/Exports/0/Status").asText()).isEqualTo("Paused");
        assertThat(stub.exports().exportStatus(exportId)).contains("Paused");
    }

    @Test
    void progressCanChangeWhileTheStubRuns() {
        stub.exportProgress(new ExportProgress(1, Duration.ZERO));
        String exportId = client.call("CreateExport", CREATE).response().get("ExportId").asText();
        assertThat(stub.exportStatus(exportId)).contains("Completed");
    }

    @Test
    void theWorkflowCanBeInstalledOnAnyBuilderThroughItsBehaviours() {
        ExportWorkflow workflow = new ExportWorkflow(Clock.systemUTC(), ExportProgress.DEFAULT).registerTopic(TOPIC);
        ContractStub.Builder builder = ContractStub.builder().exportWorkflow(false)
                .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY);
        workflow.behaviours().forEach(builder::behaviour);
        try (ContractStub own = builder.start()) {
            SignedClient ownClient = new SignedClient(own);
            ownClient.call("CreateExport", CREATE);
            assertThat(workflow.exportCount()).isEqualTo(1);
            assertThat(own.exportCount()).as("the stub's built-in workflow is not installed").isZero();
        }
    }
}
