package dev.clssdk.core.client;

import dev.clssdk.core.GeneratedCodeApi;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a cursor-paged action pages, generated from the spec's {@code x-tc-paginators} entry of
 * kind {@code cursor}: the request member that carries the cursor (the token), the member of the
 * response that hands back the next token, the page's items, and optionally a flag of the response that
 * is {@code true} on the last page (CLS {@code SearchLog}: {@code Context} in and out,
 * {@code ListOver}).
 *
 * <p>Paging stops, whichever comes first: when the response's next token is absent or empty; when
 * the flag (if the action has one) is {@code true}; when a page has no items; when the next token is
 * the one just sent (a server that would answer the same page again); or after
 * {@link PaginatorDefinition#MAX_PAGES} pages. {@code null} elements of a page are skipped.
 *
 * @param <I> the request type
 * @param <O> the response type (one page)
 * @param <T> the item type
 */
@GeneratedCodeApi
public final class CursorPaginatorDefinition<I, O, T> {

    private final String action;
    private final Function<I, String> token;
    private final BiFunction<I, String, I> withToken;
    private final Function<O, String> nextToken;
    private final Function<O, List<T>> items;
    private final Function<O, Boolean> over;

    private CursorPaginatorDefinition(String action, Function<I, String> token, BiFunction<I, String, I> withToken,
            Function<O, String> nextToken, Function<O, List<T>> items, Function<O, Boolean> over) {
        this.action = Objects.requireNonNull(action, "action");
        this.token = Objects.requireNonNull(token, "token");
        this.withToken = Objects.requireNonNull(withToken, "withToken");
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
        this.items = Objects.requireNonNull(items, "items");
        this.over = over;
    }

    /**
     * A cursor paginator.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param <T> the item type
     * @param action the action paged, for messages
     * @param token reads a request's token ({@code null} on the first page)
     * @param withToken the same request with another token
     * @param nextToken reads a page's next token
     * @param items a page's items (may return {@code null}: no items)
     * @param over a page's end flag, or {@code null} if the action has none
     * @return the definition
     */
    public static <I, O, T> CursorPaginatorDefinition<I, O, T> cursor(String action, Function<I, String> token,
            BiFunction<I, String, I> withToken, Function<O, String> nextToken, Function<O, List<T>> items,
            Function<O, Boolean> over) {
        return new CursorPaginatorDefinition<>(action, token, withToken, nextToken, items, over);
    }

    /**
     * The action paged.
     *
     * @return the action name
     */
    public String action() {
        return action;
    }

    /**
     * A page's items.
     *
     * @param page the page
     * @return the items, never {@code null}
     */
    public List<T> itemsOf(O page) {
        List<T> list = items.apply(page);
        return list == null ? List.of() : list;
    }

    /**
     * The request for the page after {@code page}, or {@code null} when {@code page} was the last.
     *
     * @param request the request that fetched {@code page}
     * @param page the page
     * @param pagesSoFar how many pages this iteration has fetched
     * @return the next request, or {@code null}
     */
    public I following(I request, O page, int pagesSoFar) {
        if (pagesSoFar >= PaginatorDefinition.MAX_PAGES || itemsOf(page).isEmpty()) {
            return null;
        }
        if (over != null && Boolean.TRUE.equals(over.apply(page))) {
            return null;
        }
        String next = nextToken.apply(page);
        if (next == null || next.isEmpty() || next.equals(token.apply(request))) {
            return null;
        }
        return withToken.apply(request, next);
    }
}
