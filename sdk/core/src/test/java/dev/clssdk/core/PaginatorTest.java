package dev.clssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.client.PaginatorDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PaginatorTest {
    record Page(List<String> items, Long total) {}

    record Req(Long offset, Long limit) {}

    private static final PaginatorDefinition<Req, Page, String> DEF = PaginatorDefinition.offsetLimit("List",
            Req::offset, Req::limit, (r, o) -> new Req(o, r.limit()), Page::items, Page::total);

    /** A server with {@code size} items "i0".."i(size-1)" and a default page of 3. */
    private static Function<Req, Page> server(int size, List<Req> seen, boolean withTotal) {
        return request -> {
            seen.add(request);
            long from = request.offset() == null ? 0 : request.offset();
            long limit = request.limit() == null ? 3 : request.limit();
            List<String> items = LongStream.range(from, Math.min(size, from + limit)).mapToObj(i -> "i" + i)
                    .collect(Collectors.toList());
            return new Page(items, withTotal ? (long) size : null);
        };
    }

    @Test
    void fetchesPagesOnlyWhenIterationReachesThem() {
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> fetch = server(10, seen, true);
        Paginator<Page, String> paginator = Paginator.of(DEF, new Req(null, 3L), fetch,
                r -> CompletableFuture.completedFuture(fetch.apply(r)));
        assertThat(seen).isEmpty();
        assertThat(paginator.stream().findFirst()).contains("i0");
        assertThat(seen).hasSize(1);
        seen.clear();
        assertThat(paginator.stream().toList()).hasSize(10).startsWith("i0").endsWith("i9");
        assertThat(seen).extracting(Req::offset).containsExactly(null, 3L, 6L, 9L);
    }

    @Test
    void stopsAtTheTotalCountAShortPageOrAnEmptyPage() {
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> exact = server(6, seen, true);
        assertThat(Paginator.of(DEF, new Req(0L, 3L), exact, r -> null).stream().count()).isEqualTo(6);
        assertThat(seen).hasSize(2); // the total says there is nothing after the second page
        seen.clear();
        Function<Req, Page> noTotal = server(7, seen, false);
        assertThat(Paginator.of(DEF, new Req(0L, 3L), noTotal, r -> null).stream().count()).isEqualTo(7);
        assertThat(seen).hasSize(3); // the third page is short
        seen.clear();
        Function<Req, Page> noLimit = server(6, seen, false);
        assertThat(Paginator.of(DEF, new Req(null, null), noLimit, r -> null).stream().count()).isEqualTo(6);
        assertThat(seen).hasSize(3); // no limit known: an empty page ends it
    }

    @Test
    void nullItemsAreSkipped() {
        Function<Req, Page> fetch = r -> new Page(Arrays.asList("a", null, "b"), 3L);
        assertThat(Paginator.of(DEF, new Req(null, null), fetch, r -> null).stream().toList()).containsExactly("a", "b");
    }

    @Test
    void aFailingPageEndsTheIterationWithItsException() {
        Function<Req, Page> fetch = r -> {
            if (r.offset() != null) {
                throw TransportException.builder("List", "boom").build();
            }
            return new Page(List.of("a", "b"), 5L);
        };
        assertThatThrownBy(() -> Paginator.of(DEF, new Req(null, 2L), fetch, r -> null).stream().toList())
                .isInstanceOf(TransportException.class);
    }

    @Test
    void forEachAsyncVisitsEveryItemInOrder() throws Exception {
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> fetch = server(8, seen, true);
        List<String> visited = new ArrayList<>();
        Paginator.of(DEF, new Req(null, 3L), fetch, r -> CompletableFuture.supplyAsync(() -> fetch.apply(r)))
                .forEachAsync(visited::add).get(5, TimeUnit.SECONDS);
        assertThat(visited).hasSize(8).startsWith("i0").endsWith("i7");
    }

    @Test
    void eachIterationStartsAgainFromTheFirstRequest() {
        List<Req> seen = new ArrayList<>();
        Paginator<Page, String> paginator = Paginator.of(DEF, new Req(null, 3L), server(5, seen, true), r -> null);
        assertThat(paginator.pages()).hasSize(2);
        assertThat(paginator.pages()).hasSize(2);
        assertThat(seen).extracting(Req::offset).containsExactly(null, 3L, null, 3L);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatNeverStopsIsCutOffAtTheMostPagesAPaginatorFetches() {
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> endless = r -> {
            seen.add(r);
            return new Page(List.of("x"), null);
        };
        assertThat(Paginator.of(DEF, new Req(null, null), endless, r -> null).stream().count())
                .isEqualTo(PaginatorDefinition.MAX_PAGES);
        assertThat(seen).hasSize(PaginatorDefinition.MAX_PAGES);
    }

    @Test
    void aFailingAsyncPageEndsForEachAsyncWithItsFailureAndFetchesNoMore() throws Exception {
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> fetch = server(9, seen, true);
        TransportException boom = TransportException.builder("List", "boom").build();
        List<String> visited = new ArrayList<>();
        CompletableFuture<Void> done = Paginator.of(DEF, new Req(null, 3L), fetch, r -> r.offset() != null && r.offset() == 3L
                ? CompletableFuture.failedFuture(boom) : CompletableFuture.completedFuture(fetch.apply(r)))
                .forEachAsync(visited::add);
        assertThatThrownBy(() -> done.get(5, TimeUnit.SECONDS)).hasCause(boom);
        assertThat(visited).containsExactly("i0", "i1", "i2");
        assertThat(seen).hasSize(1);
    }

    @Test
    void anActionThatThrowsEndsForEachAsyncWithItsException() {
        Function<Req, Page> fetch = server(9, new ArrayList<>(), true);
        IllegalStateException refused = new IllegalStateException("no");
        CompletableFuture<Void> done = Paginator.of(DEF, new Req(null, 3L), fetch,
                r -> CompletableFuture.completedFuture(fetch.apply(r))).forEachAsync(item -> {
                    throw refused;
                });
        assertThatThrownBy(() -> done.get(5, TimeUnit.SECONDS)).hasCause(refused);
    }
}
