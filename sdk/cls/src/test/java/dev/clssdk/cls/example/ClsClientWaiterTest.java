package dev.clssdk.cls.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.testing.ClientFixture;
import dev.clssdk.core.WaiterTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ClsClientWaiterTest {
    private final ClientFixture fixture = new ClientFixture();

    ClsClientWaiterTest() throws Exception {
        fixture.server.setDispatcher(new ExportWorkflowExample.FakeCls());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void createExportAndWaitReturnsTheCompletedExportThroughTheClient() {
        try (ClsClient client = fixture.builder().build()) {
            ExportInfo done = client.createExportAndWait(ClientFixture.createRequest(), Duration.ofMinutes(1));
            assertThat(done.exportId()).isEqualTo("export-1");
            assertThat(done.cosPath()).endsWith("export-1.json.gz");
        }
        // CreateExport, then DescribeExports until the third poll completes the task
        assertThat(fixture.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void createExportAndWaitTimesOutWhileTheExportIsStillProcessing() {
        try (ClsClient client = fixture.builder().waiterPollInterval(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .build()) {
            assertThatThrownBy(() -> client.createExportAndWait(ClientFixture.createRequest(), Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(WaiterTimeoutException.class,
                            e -> {
                                assertThat(e.lastSeen(ExportInfo.class).statusAsString()).isEqualTo("Processing");
                                assertThat(e.polls()).as("one poll at once, one at the deadline").isEqualTo(2);
                            });
        }
    }
}
