package dev.clssdk.core.client;

import dev.clssdk.core.GeneratedCodeApi;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How an Offset/Limit action pages, generated from the spec's {@code x-tc-paginators}: where a
 * request's offset and limit are, how to ask for the next page, where a page's items and the
 * total count are.
 *
 * <p>Paging stops at an empty page, when the offset reaches the total count, when a page is
 * shorter than the request's limit, or after {@link #MAX_PAGES} pages (a guard against a server
 * that never stops). {@code null} elements of a page are skipped.
 *
 * @param <I> the request type
 * @param <O> the response type (one page)
 * @param <T> the item type
 */
@GeneratedCodeApi
public final class PaginatorDefinition<I, O, T> {
    /** A bound on pages per iteration, against a server that never stops paging. */
    public static final int MAX_PAGES = 10_000;

    private final String action;
    private final Function<I, Long> offset;
    private final Function<I, Long> limit;
    private final BiFunction<I, Long, I> withOffset;
    private final Function<O, List<T>> items;
    private final Function<O, Long> totalCount;

    private PaginatorDefinition(String action, Function<I, Long> offset, Function<I, Long> limit,
            BiFunction<I, Long, I> withOffset, Function<O, List<T>> items, Function<O, Long> totalCount) {
        this.action = Objects.requireNonNull(action, "action");
        this.offset = Objects.requireNonNull(offset, "offset");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.withOffset = Objects.requireNonNull(withOffset, "withOffset");
        this.items = Objects.requireNonNull(items, "items");
        this.totalCount = totalCount;
    }

    /**
     * An Offset/Limit paginator.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param <T> the item type
     * @param action the action paged, for messages
     * @param offset reads a request's offset ({@code null} means 0)
     * @param limit reads a request's limit ({@code null} means the server's default)
     * @param withOffset the same request starting at another offset
     * @param items a page's items (never {@code null}: empty when absent)
     * @param totalCount a page's total count, or {@code null} if the action has none
     * @return the definition
     */
    public static <I, O, T> PaginatorDefinition<I, O, T> offsetLimit(String action, Function<I, Long> offset,
            Function<I, Long> limit, BiFunction<I, Long, I> withOffset, Function<O, List<T>> items,
            Function<O, Long> totalCount) {
        return new PaginatorDefinition<>(action, offset, limit, withOffset, items, totalCount);
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
     * A request's offset.
     *
     * @param request the request
     * @return the offset, 0 when not set
     */
    public long offsetOf(I request) {
        Long value = offset.apply(request);
        return value == null ? 0 : value;
    }

    /**
     * A request's limit.
     *
     * @param request the request
     * @return the limit, or {@code null} when not set
     */
    public Long limitOf(I request) {
        return limit.apply(request);
    }

    /**
     * The request for the page at an offset.
     *
     * @param request the first request
     * @param nextOffset the offset
     * @return the request
     */
    public I withOffset(I request, long nextOffset) {
        return withOffset.apply(request, nextOffset);
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
     * A page's total count.
     *
     * @param page the page
     * @return the total, or {@code null} when absent
     */
    public Long totalCountOf(O page) {
        return totalCount == null ? null : totalCount.apply(page);
    }
}
