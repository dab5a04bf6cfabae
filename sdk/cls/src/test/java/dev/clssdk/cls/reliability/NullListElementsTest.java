package dev.clssdk.cls.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The documented rule for {@code null} elements of any list in any answer: they are dropped when
 * the answer is read, so user code never sees a {@code null} item (issue 16, defect 1).
 */
@Timeout(10)
class NullListElementsTest {
    private static final String COMPLETED = "{\"TopicId\":\"topic-1\",\"ExportId\":\"export-1\",\"Status\":\"Completed\","
            + "\"CosPath\":\"https://cos.example/f\",\"DerivedFields\":[null,\"a\",null]}";

    private final ClientFixture fixture = new ClientFixture();
    private final ClsClient client = fixture.builder().build();

    NullListElementsTest() throws Exception {
    }

    @AfterEach
    void stop() {
        client.close();
        fixture.close();
    }

    @Test
    void nullElementsOfAnyListInADirectAnswerAreDropped() {
        fixture.server.enqueue(Answers.success("\"Exports\":[null," + COMPLETED + ",null],\"TotalCount\":1"));
        DescribeExportsResponse response = client.describeExports(ClientFixture.describeRequest());
        assertThat(response.exports()).hasSize(1).doesNotContainNull();
        assertThat(response.exports().get(0).derivedFields()).containsExactly("a");
    }

    @Test
    void aWaiterPollingAnAnswerOfOnlyNullsKeepsPollingInsteadOfThrowing() {
        fixture.server.enqueue(Answers.success("\"Exports\":[null],\"TotalCount\":1"));
        fixture.server.enqueue(Answers.success("\"Exports\":[null," + COMPLETED + "],\"TotalCount\":1"));
        ExportInfo done = client.waitUntilExportCompleted("topic-1", "export-1", Duration.ofMinutes(1));
        assertThat(done.exportId()).isEqualTo("export-1");
        assertThat(fixture.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aPaginatorOverPagesWithNullsYieldsOnlyTheItems() {
        fixture.server.enqueue(Answers.success("\"Exports\":[null],\"TotalCount\":1"));
        fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":1"));
        List<DescribeExportsResponse> pages = new java.util.ArrayList<>();
        client.describeExportsPaginator(ClientFixture.describeRequest()).pages().forEach(pages::add);
        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page.exports()).doesNotContainNull());
    }
}
