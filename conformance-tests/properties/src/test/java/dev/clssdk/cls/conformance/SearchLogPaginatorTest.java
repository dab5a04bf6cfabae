package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.CursorPages;
import dev.clssdk.stub.StubRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.LogInfo;
import dev.clssdk.cls.model.SearchLogRequest;
import dev.clssdk.cls.model.SearchLogResponse;
import dev.clssdk.core.CursorPaginator;
import dev.clssdk.core.auth.CredentialsProvider;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code SearchLog} pages by a cursor ({@code Context} in and out, {@code ListOver} at the end): its
 * generated paginator follows the cursor the stub hands back and stops by itself, lazily, blocking
 * and asynchronously.
 */
@Timeout(30)
class SearchLogPaginatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContractStub stub = ContractStub.builder().throttling(false)
            .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY).start();
    private final ClsClient client = SdkCalls.client(stub, new MutableClock(Instant.now()))
            .credentials(CredentialsProvider.of(StubClient.SECRET_ID, StubClient.SECRET_KEY)).build();
    private final SearchLogRequest request = SearchLogRequest.builder().from(1_679_901_909_686L).to(1_679_902_809_686L)
            .queryString("status:200").limit(100L).build();

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    @Test
    void followsTheContextUntilListOverAndStopsByItself() throws IOException {
        CursorPaginator<SearchLogResponse, LogInfo> paginator = client.searchLogPaginator(request);
        assertThat(stub.recordedRequests()).isEmpty();

        List<SearchLogResponse> pages = new ArrayList<>();
        paginator.pages().forEach(pages::add);

        assertThat(pages).hasSize(CursorPages.PAGES);
        assertThat(pages.get(pages.size() - 1).listOver()).isTrue();
        assertThat(contexts()).containsExactly(null, "stub-cursor-2", "stub-cursor-3");
        assertThat(paginator.stream().count()).isEqualTo(pages.stream().mapToLong(p -> p.results().size()).sum()).isPositive();
    }

    @Test
    void theFirstItemCostsOneCall() {
        assertThat(client.searchLogPaginator(request).stream().findFirst()).isPresent();
        assertThat(stub.recordedRequests()).hasSize(1);
    }

    @Test
    void visitsEveryItemAsynchronously() throws Exception {
        List<LogInfo> items = new ArrayList<>();
        client.searchLogPaginator(request).forEachAsync(items::add).get(20, TimeUnit.SECONDS);
        assertThat(items).hasSize(client.searchLogPaginator(request).stream().toList().size()).isNotEmpty();
    }

    private List<String> contexts() throws IOException {
        List<String> contexts = new ArrayList<>();
        for (StubRequest sent : stub.recordedRequests()) {
            var body = JSON.readTree(sent.body());
            contexts.add(body.has("Context") ? body.get("Context").asText() : null);
        }
        return contexts;
    }
}
