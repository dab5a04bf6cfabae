package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.SearchLogRequest;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.CursorPages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** {@link ClsExporter#search}: SearchLog's pages as records, against the contract stub. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SearchRecordsTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";

    private final FakeSearch search = new FakeSearch();
    private final ContractStub stub = ContractStub.builder()
            .credentials("AKIDsearchtest", "search-test-key")
            .topic(TOPIC)
            .throttling(false)
            .behaviour("SearchLog", search)
            .start();
    /** The stub's own SearchLog: the spec's success as CursorPages.PAGES pages. */
    private final ContractStub plainStub = ContractStub.builder()
            .credentials("AKIDsearchtest", "search-test-key")
            .throttling(false)
            .start();
    private final ClsClient client = client(stub);
    private final ClsExporter exporter = ClsExporter.builder().client(client).build();

    private static ClsClient client(ContractStub stub) {
        return ClsClient.builder().credentials(CredentialsProvider.of("AKIDsearchtest", "search-test-key"))
                .endpointUrl(stub.url()).build();
    }

    @AfterEach
    void reset() {
        CountDownLatch held = search.hold;
        if (held != null) {
            held.countDown();
        }
        search.hold = null;
        search.analysis = false;
        search.requests.clear();
    }

    @AfterAll
    void close() {
        client.close();
        stub.close();
        plainStub.close();
    }

    private static SearchLogRequest.Builder request(int fromLog, int toLog) {
        return SearchLogRequest.builder().topicId(TOPIC).from(FakeSearch.time(fromLog)).to(FakeSearch.time(toLog))
                .queryString("*").sort("asc");
    }

    private static int n(LogRecord r) {
        return Integer.parseInt(r.get("n"));
    }

    @Test
    void allMatchingLogsInTimeOrderOverTheCursorWithEveryPageAskingTheSameSearch() {
        search.logs = 3_000;
        List<LogRecord> all;
        try (SearchRecords records = exporter.search(request(100, 2_600).queryString("status:500").build(), Long.MAX_VALUE,
                Duration.ofSeconds(30))) {
            all = records.stream().toList();
            assertThat(records.recordCount()).isEqualTo(1_250);
            assertThat(records.pageCount()).isEqualTo(2);
        }
        assertThat(all).hasSize(1_250).allMatch(r -> "500".equals(r.get("status")));
        assertThat(all.get(0).time()).contains(java.time.Instant.ofEpochMilli(FakeSearch.time(100)));
        assertThat(all.stream().map(SearchRecordsTest::n).toList()).isSorted().first().isEqualTo(100);
        assertThat(n(all.get(all.size() - 1))).isEqualTo(2_598);

        assertThat(search.requests).hasSize(2);
        ObjectNode first = search.requests.get(0);
        assertThat(first.path("TopicId").asText()).isEqualTo(TOPIC);
        assertThat(first.path("From").asLong()).isEqualTo(FakeSearch.time(100));
        assertThat(first.path("To").asLong()).isEqualTo(FakeSearch.time(2_600));
        assertThat(first.path("QueryString").asText()).isEqualTo("status:500");
        assertThat(first.path("Sort").asText()).isEqualTo("asc");
        assertThat(first.path("Limit").asInt()).as("unset: the largest page").isEqualTo(1_000);
        assertThat(first.has("Context")).isFalse();
        ObjectNode second = search.requests.get(1).deepCopy();
        assertThat(second.remove("Context").asText()).isEqualTo("1000");
        ObjectNode firstWithoutDefaults = first.deepCopy();
        firstWithoutDefaults.remove("Context");
        assertThat(second).as("only Context changes from page to page").isEqualTo(firstWithoutDefaults);
    }

    @Test
    void descendingOrderIsTheServersAndRecordsCarryTheMetadataThenTheLogJsonFields() {
        search.logs = 50;
        List<LogRecord> all;
        try (SearchRecords records = exporter.search(request(0, 50).sort("desc").build(), Long.MAX_VALUE, Duration.ofSeconds(30))) {
            all = records.stream().toList();
        }
        assertThat(all.stream().map(SearchRecordsTest::n).toList()).hasSize(50).isSortedAccordingTo((a, b) -> b - a);
        LogRecord r = all.get(0);
        assertThat(r.fields().keySet()).containsExactly("__TIMESTAMP__", "__SOURCE__", "__FILENAME__", "status", "message", "n",
                "nested", "gone");
        assertThat(r.get("__TIMESTAMP__")).isEqualTo(Long.toString(FakeSearch.time(49)));
        assertThat(r.get("__SOURCE__")).isEqualTo("10.0.0.49");
        assertThat(r.get("nested")).isEqualTo("{\"a\":[1,2]}");
        assertThat(r.get("n")).isEqualTo("49");
        assertThat(r.fields()).containsEntry("gone", null);
    }

    @Test
    void maxRecordsEndsTheStreamAndIsThePageSizeSoNoLogIsFetchedForNothing() {
        search.logs = 5_000;
        try (SearchRecords records = exporter.search(request(0, 5_000).build(), 150, Duration.ofSeconds(30))) {
            assertThat(records.stream().count()).isEqualTo(150);
        }
        assertThat(search.requests).hasSize(1);
        assertThat(search.requests.get(0).path("Limit").asInt()).isEqualTo(150);
    }

    @Test
    void pagesAreFetchedOnlyAsTheReaderReachesThem() {
        search.logs = 5_000;
        try (SearchRecords records = exporter.search(request(0, 5_000).limit(100L).build(), Long.MAX_VALUE,
                Duration.ofSeconds(30))) {
            assertThat(search.requests).as("nothing sent before the first read").isEmpty();
            for (int i = 0; i < 100; i++) {
                records.next();
            }
            assertThat(search.requests).hasSize(1);
            records.next();
            assertThat(search.requests).hasSize(2);
        }
    }

    @Test
    void moreThanTenThousandMatchingIsATypedErrorSayingToExportAfterTheFirstTenThousandAndNoCallPastThem() {
        search.logs = 12_000;
        List<Integer> seen = new ArrayList<>();
        try (SearchRecords records = exporter.search(request(0, 12_000).build(), Long.MAX_VALUE, Duration.ofSeconds(30))) {
            assertThatThrownBy(() -> records.forEachRemaining(r -> seen.add(n(r))))
                    .isInstanceOf(SearchLimitExceededException.class)
                    .hasMessageContaining("at most 10,000 logs").hasMessageContaining("export them instead")
                    .hasMessageContaining("narrow the query")
                    .satisfies(e -> assertThat(((SearchLimitExceededException) e).delivered()).isEqualTo(10_000));
        }
        assertThat(seen).hasSize(10_000).first().isEqualTo(0);
        assertThat(search.requests).as("no page asked past the limit").hasSize(10);
    }

    @Test
    void exactlyTheLimitIsNoErrorAndSoIsAskingForAtMostTheLimit() {
        search.logs = 10_000;
        try (SearchRecords records = exporter.search(request(0, 10_000).build(), Long.MAX_VALUE, Duration.ofSeconds(30))) {
            assertThat(records.stream().count()).isEqualTo(10_000);
        }
        search.logs = 12_000;
        try (SearchRecords records = exporter.search(request(0, 12_000).build(), 10_000, Duration.ofSeconds(30))) {
            assertThat(records.stream().count()).isEqualTo(10_000);
        }
    }

    @Test
    void theStubsOwnCursorPagesAreFollowedToTheirEnd() {
        try (ClsClient plain = client(plainStub);
                SearchRecords records = ClsExporter.builder().client(plain).build()
                        .search(SearchLogRequest.builder().topicId(TOPIC).from(1L).to(2L).build(), Long.MAX_VALUE,
                                Duration.ofSeconds(30))) {
            List<LogRecord> all = records.stream().toList();
            assertThat(records.pageCount()).isEqualTo(CursorPages.PAGES);
            assertThat(all).isNotEmpty().allSatisfy(r -> assertThat(r.time()).isPresent());
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> contexts = plainStub.recordedRequests().stream().filter(r -> r.action().orElse("").equals("SearchLog"))
                .map(r -> {
                    try {
                        return json.readTree(r.body()).path("Context").asText(null);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
        assertThat(contexts).containsExactly(null, "stub-cursor-2", "stub-cursor-3");
    }

    @Test
    void aCancelFromAnotherThreadStopsAPageCallInFlightAtOnceAndLeavesNoInterruptBehind() throws Exception {
        search.logs = 100;
        search.hold = new CountDownLatch(1);
        SearchRecords records = exporter.search(request(0, 100).build(), Long.MAX_VALUE, Duration.ofSeconds(30));
        CompletableFuture<Boolean> flag = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                records.hasNext();
                flag.completeExceptionally(new AssertionError("no exception"));
            } catch (ExportCancelledException e) {
                flag.complete(Thread.currentThread().isInterrupted());
            } catch (Throwable e) {
                flag.completeExceptionally(e);
            }
        });
        reader.start();
        while (search.requests.isEmpty()) {
            Thread.sleep(5);
        }
        long start = System.nanoTime();
        records.cancel();
        assertThat(flag.get(5, TimeUnit.SECONDS)).as("the reader's interrupt flag after a cancel").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void interruptingTheReaderDuringAPageCallEndsInExportCancelledWithItsFlagSet() throws Exception {
        search.logs = 100;
        search.hold = new CountDownLatch(1);
        AtomicBoolean flagSet = new AtomicBoolean();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (SearchRecords records = exporter.search(request(0, 100).build(), Long.MAX_VALUE, Duration.ofSeconds(30))) {
                records.hasNext();
                failure.complete(null);
            } catch (Throwable e) {
                flagSet.set(Thread.currentThread().isInterrupted());
                failure.complete(e);
            }
        });
        reader.start();
        while (search.requests.isEmpty()) {
            Thread.sleep(5);
        }
        reader.interrupt();
        assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(ExportCancelledException.class)
                .hasMessageContaining("Search interrupted while searching");
        assertThat(flagSet).isTrue();
    }

    @Test
    void theDeadlineEndsAPageCallInFlightWithATimeout() {
        search.logs = 100;
        search.hold = new CountDownLatch(1);
        long start = System.nanoTime();
        try (SearchRecords records = exporter.search(request(0, 100).build(), Long.MAX_VALUE, Duration.ofMillis(300))) {
            assertThatThrownBy(records::hasNext).isInstanceOf(ExportTimeoutException.class)
                    .hasMessageContaining("Search timed out after PT0.3S");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anSqlQueryIsRefusedAndSoAreTopicsAndOffset() {
        search.logs = 10;
        search.analysis = true;
        try (SearchRecords records = exporter.search(request(0, 10).queryString("* | select count(*)").build(), 10,
                Duration.ofSeconds(30))) {
            assertThatThrownBy(records::hasNext).isInstanceOf(ExportException.class).hasMessageContaining("SQL part");
        }
        assertThatThrownBy(() -> exporter.search(request(0, 10).offset(5L).build(), 10, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Offset");
        assertThatThrownBy(() -> exporter.search(request(0, 10).build(), 0, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRecords");
    }
}
