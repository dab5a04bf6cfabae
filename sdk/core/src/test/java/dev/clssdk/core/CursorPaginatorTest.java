package dev.clssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.client.CursorPaginatorDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CursorPaginatorTest {
    record Page(List<String> items, String context, Boolean listOver) {}

    record Req(String context) {}

    private static final CursorPaginatorDefinition<Req, Page, String> WITH_FLAG = CursorPaginatorDefinition.cursor(
            "SearchLog", Req::context, (r, t) -> new Req(t), Page::context, Page::items, Page::listOver);
    private static final CursorPaginatorDefinition<Req, Page, String> TOKEN_ONLY = CursorPaginatorDefinition.cursor(
            "ListThings", Req::context, (r, t) -> new Req(t), Page::context, Page::items, null);

    /** Three pages of two items, tokens "p2", "p3"; the last page says so with the flag and/or an absent token. */
    private static Function<Req, Page> server(List<Req> seen, boolean tokenOnLastPage) {
        return request -> {
            seen.add(request);
            int page = request.context() == null ? 1 : Integer.parseInt(request.context().substring(1));
            boolean last = page == 3;
            String next = last ? (tokenOnLastPage ? "p4" : null) : "p" + (page + 1);
            return new Page(List.of("i" + (2 * page - 2), "i" + (2 * page - 1)), next, last);
        };
    }

    @Test
    void followsTheTokenLazilyAndStopsAtTheFlag() {
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> fetch = server(seen, true);
        CursorPaginator<Page, String> paginator = CursorPaginator.of(WITH_FLAG, new Req(null), fetch,
                r -> CompletableFuture.completedFuture(fetch.apply(r)));
        assertThat(seen).isEmpty();
        assertThat(paginator.stream().findFirst()).contains("i0");
        assertThat(seen).hasSize(1);
        seen.clear();
        assertThat(paginator.stream().toList()).containsExactly("i0", "i1", "i2", "i3", "i4", "i5");
        assertThat(seen).extracting(Req::context).containsExactly(null, "p2", "p3");
    }

    @Test
    void withoutAFlagStopsWhenTheTokenIsAbsentOrEmpty() {
        List<Req> seen = new ArrayList<>();
        assertThat(CursorPaginator.of(TOKEN_ONLY, new Req(null), server(seen, false), r -> null).stream().count()).isEqualTo(6);
        assertThat(seen).hasSize(3);
        Function<Req, Page> emptyToken = r -> new Page(List.of("a"), "", false);
        assertThat(CursorPaginator.of(TOKEN_ONLY, new Req(null), emptyToken, r -> null).stream().count()).isEqualTo(1);
    }

    @Test
    void stopsAtAnEmptyPageAndWhenTheServerHandsBackTheSameToken() {
        Function<Req, Page> empty = r -> new Page(List.of(), "more", false);
        assertThat(CursorPaginator.of(WITH_FLAG, new Req(null), empty, r -> null).stream().count()).isZero();
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> stuck = r -> {
            seen.add(r);
            return new Page(List.of("x"), "same", false);
        };
        assertThat(CursorPaginator.of(TOKEN_ONLY, new Req(null), stuck, r -> null).stream().count()).isEqualTo(2);
        assertThat(seen).extracting(Req::context).containsExactly(null, "same");
    }

    @Test
    void skipsNullItemsAndVisitsEveryItemAsynchronously() throws Exception {
        Function<Req, Page> withNull = r -> new Page(Arrays.asList("a", null, "b"), null, true);
        assertThat(CursorPaginator.of(TOKEN_ONLY, new Req(null), withNull, r -> null).stream().toList()).containsExactly("a", "b");
        List<Req> seen = new ArrayList<>();
        Function<Req, Page> fetch = server(seen, true);
        List<String> visited = new ArrayList<>();
        CursorPaginator.of(WITH_FLAG, new Req(null), r -> null, r -> CompletableFuture.supplyAsync(() -> fetch.apply(r)))
                .forEachAsync(visited::add).get(5, TimeUnit.SECONDS);
        assertThat(visited).containsExactly("i0", "i1", "i2", "i3", "i4", "i5");
        assertThat(CursorPaginator.of(WITH_FLAG, new Req(null), fetch, r -> null).pages()).hasSize(3);
    }

    @Test
    void aNullRequestIsRefused() {
        assertThatThrownBy(() -> CursorPaginator.of(WITH_FLAG, null, r -> null, r -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SearchLog");
    }
}
