package dev.clssdk.core;

import dev.clssdk.core.client.PaginatorDefinition;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The items of every page of an Offset/Limit action, fetched lazily: a page is requested only
 * when iteration reaches it, so {@code paginator.stream().findFirst()} costs one call. Each
 * iteration starts again from the first request. Every page is a normal call, with the client's
 * retries and rate limit; a failure ends the iteration with its typed exception.
 *
 * @param <O> the page (response) type
 * @param <T> the item type
 */
public final class Paginator<O, T> implements Iterable<T> {
    private final PageWalker<?, O, T> pages;

    private Paginator(PageWalker<?, O, T> pages) {
        this.pages = pages;
    }

    /**
     * A paginator; generated clients create them.
     *
     * @param <I> the request type
     * @param <O> the page type
     * @param <T> the item type
     * @param definition how the action pages
     * @param request the first request
     * @param fetch calls the action
     * @param fetchAsync calls the action asynchronously
     * @return the paginator
     */
    @GeneratedCodeApi
    public static <I, O, T> Paginator<O, T> of(PaginatorDefinition<I, O, T> definition, I request,
            Function<I, O> fetch, Function<I, CompletableFuture<O>> fetchAsync) {
        Objects.requireNonNull(definition, "definition");
        if (request == null) {
            throw new IllegalArgumentException(definition.action() + ": request must not be null");
        }
        return new Paginator<>(new PageWalker<>(definition.action(), request,
                Objects.requireNonNull(fetch, "fetch"), Objects.requireNonNull(fetchAsync, "fetchAsync"),
                definition::itemsOf, (previous, page, pagesSoFar) -> following(definition, previous, page, pagesSoFar)));
    }

    /**
     * The items, page after page.
     *
     * @return an iterator that fetches pages as it goes
     */
    @Override
    public Iterator<T> iterator() {
        return pages.items();
    }

    /**
     * The items as a lazy, sequential stream.
     *
     * @return the stream
     */
    public Stream<T> stream() {
        return pages.stream();
    }

    /**
     * The pages themselves, fetched lazily.
     *
     * @return the pages
     */
    public Iterable<O> pages() {
        return pages;
    }

    /**
     * Visits every item asynchronously: the next page is requested when the previous one has been
     * visited, and no thread blocks in between.
     *
     * @param action called for each item, on the thread that completed the page's call
     * @return a future that completes when the last page has been visited, or fails with the first failure
     */
    public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
        return pages.forEachAsync(action);
    }

    /** The Offset/Limit rule: the request for the page after {@code page}, or {@code null} when it was the last. */
    private static <I, O, T> I following(PaginatorDefinition<I, O, T> definition, I request, O page, int pagesSoFar) {
        List<T> items = definition.itemsOf(page);
        if (items.isEmpty() || pagesSoFar >= PaginatorDefinition.MAX_PAGES) {
            return null;
        }
        long nextOffset = definition.offsetOf(request) + items.size();
        Long total = definition.totalCountOf(page);
        Long limit = definition.limitOf(request);
        if ((total != null && nextOffset >= total) || (limit != null && items.size() < limit)) {
            return null;
        }
        return definition.withOffset(request, nextOffset);
    }

    @Override
    public String toString() {
        return "Paginator[" + pages.action() + "]";
    }
}
