package dev.clssdk.core;

import dev.clssdk.core.client.CursorPaginatorDefinition;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of every page of a cursor-paged action, fetched lazily: a page is requested only when
 * iteration reaches it, each with the token the previous page handed back, so
 * {@code paginator.stream().findFirst()} costs one call. Each iteration starts again from the first
 * request. Every page is a normal call, with the client's retries and rate limit; a failure ends the
 * iteration with its typed exception. When paging ends is said by {@link CursorPaginatorDefinition}.
 *
 * @param <O> the page (response) type
 * @param <T> the item type
 */
public final class CursorPaginator<O, T> implements Iterable<T> {
    private final Pages<?, O, T> pages;

    private <I> CursorPaginator(CursorPaginatorDefinition<I, O, T> definition, I request, Function<I, O> fetch,
            Function<I, CompletableFuture<O>> fetchAsync) {
        this.pages = new Pages<>(definition, request, fetch, fetchAsync);
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
     * @throws IllegalArgumentException if {@code request} is {@code null}
     */
    public static <I, O, T> CursorPaginator<O, T> of(CursorPaginatorDefinition<I, O, T> definition, I request,
            Function<I, O> fetch, Function<I, CompletableFuture<O>> fetchAsync) {
        Objects.requireNonNull(definition, "definition");
        if (request == null) {
            throw new IllegalArgumentException(definition.action() + ": request must not be null");
        }
        return new CursorPaginator<>(definition, request, Objects.requireNonNull(fetch, "fetch"),
                Objects.requireNonNull(fetchAsync, "fetchAsync"));
    }

    /**
     * The items, page after page.
     *
     * @return an iterator that fetches pages as it goes
     */
    @Override
    public Iterator<T> iterator() {
        Iterator<O> pageIterator = pages.iterator();
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pageIterator.hasNext()) {
                        return false;
                    }
                    current = pages.nonNullItems(pageIterator.next()).iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The items as a lazy, sequential stream.
     *
     * @return the stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
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
        Objects.requireNonNull(action, "action");
        return pages.forEachAsync(action);
    }

    @Override
    public String toString() {
        return "CursorPaginator[" + pages.definition.action() + "]";
    }

    /** The pages of one paginator. */
    private static final class Pages<I, O, T> implements Iterable<O> {
        private final CursorPaginatorDefinition<I, O, T> definition;
        private final I first;
        private final Function<I, O> fetch;
        private final Function<I, CompletableFuture<O>> fetchAsync;

        Pages(CursorPaginatorDefinition<I, O, T> definition, I first, Function<I, O> fetch,
                Function<I, CompletableFuture<O>> fetchAsync) {
            this.definition = definition;
            this.first = first;
            this.fetch = fetch;
            this.fetchAsync = fetchAsync;
        }

        List<T> nonNullItems(O page) {
            List<T> items = definition.itemsOf(page);
            for (T item : items) {
                if (item == null) {
                    return items.stream().filter(Objects::nonNull).toList();
                }
            }
            return items;
        }

        @Override
        public Iterator<O> iterator() {
            return new Iterator<>() {
                private I request = first;
                private int fetched;

                @Override
                public boolean hasNext() {
                    return request != null;
                }

                @Override
                public O next() {
                    if (request == null) {
                        throw new NoSuchElementException();
                    }
                    O page = fetch.apply(request);
                    fetched++;
                    request = definition.following(request, page, fetched);
                    return page;
                }
            };
        }

        CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            step(first, 0, action, done);
            return done;
        }

        private void step(I request, int fetched, Consumer<? super T> action, CompletableFuture<Void> done) {
            CompletableFuture<O> page;
            try {
                page = fetchAsync.apply(request);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            page.whenComplete((value, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(failure);
                    return;
                }
                I following;
                try {
                    nonNullItems(value).forEach(action);
                    following = definition.following(request, value, fetched + 1);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                    return;
                }
                if (following == null) {
                    done.complete(null);
                } else {
                    step(following, fetched + 1, action, done);
                }
            });
        }
    }
}
