package dev.clssdk.cls.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.ExportStatus;
import dev.clssdk.core.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a user of the SDK does in their own unit tests: code that takes a {@link ClsClient} is given
 * a fake instead of a client that calls the service, written by hand (an anonymous class that
 * implements only the method the code calls) or made by Mockito.
 */
class ClientFakesTest {
    /** The user's code under test: the ids of a topic's completed exports, over every page. */
    static List<String> completedExports(ClsClient client, String topicId) {
        DescribeExportsRequest first = DescribeExportsRequest.builder().topicId(topicId).limit(2L).build();
        return client.describeExportsPaginator(first).stream()
                .filter(export -> export.status() == ExportStatus.COMPLETED)
                .map(ExportInfo::exportId)
                .collect(Collectors.toList());
    }

    /** Five exports of which the odd ones are completed, answered two per page by offset. */
    private static final class FiveExports implements ClsClient {
        final List<Long> offsetsAsked = new ArrayList<>();

        @Override
        public DescribeExportsResponse describeExports(DescribeExportsRequest request, RequestOptions options) {
            long offset = request.offset() == null ? 0 : request.offset();
            offsetsAsked.add(offset);
            List<ExportInfo> page = new ArrayList<>();
            for (long i = offset; i < Math.min(offset + request.limit(), 5); i++) {
                page.add(ExportInfo.create().withExportId("export-" + i)
                        .withStatus(i % 2 == 1 ? ExportStatus.COMPLETED : ExportStatus.PROCESSING));
            }
            return DescribeExportsResponse.create().withExports(page).withTotalCount(5L).withRequestId("r-" + offset);
        }
    }

    @Test
    void aHandWrittenFakeThatAnswersOneActionAlsoPagesThroughIt() {
        FiveExports fake = new FiveExports();

        assertThat(completedExports(fake, "topic-1")).containsExactly("export-1", "export-3");
        assertThat(fake.offsetsAsked).containsExactly(0L, 2L, 4L);
    }

    @Test
    void theFakesAsynchronousMethodRunsItsBlockingOne() {
        FiveExports fake = new FiveExports();
        DescribeExportsRequest request = DescribeExportsRequest.builder().topicId("topic-1").limit(2L).build();

        assertThat(fake.describeExportsAsync(request).join().exports()).extracting(ExportInfo::exportId)
                .containsExactly("export-0", "export-1");
    }

    @Test
    void aMethodTheFakeDoesNotImplementSaysWhichAndWhere() {
        FiveExports fake = new FiveExports();
        CreateExportRequest request = CreateExportRequest.builder().topicId("t").query("*").from(1L).to(2L).count(1L).build();

        assertThatThrownBy(() -> fake.createExport(request))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("createExport")
                .hasMessageContaining(FiveExports.class.getName());
        assertThatThrownBy(() -> fake.createExportAsync(request).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mockitoMocksTheInterface() {
        ClsClient client = mock(ClsClient.class);
        when(client.createExport(any(CreateExportRequest.class)))
                .thenReturn(CreateExportResponse.create().withExportId("e-1").withRequestId("r"));
        CreateExportRequest request = CreateExportRequest.builder().topicId("t").query("*").from(1L).to(2L).count(1L).build();

        assertThat(client.createExport(request).exportId()).isEqualTo("e-1");
        verify(client).createExport(request);
    }
}
