package dev.clssdk.core;

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
 * The pages of one paginator, fetched lazily, whatever rule leads from one page to the next: the
 * machinery {@link Paginator} (Offset/Limit) and {@link CursorPaginator} (a token) share. Each
 * iteration starts again from the first request.
 *
 * @param <I> the request type
 * @param <O> the page type
 * @param <T> the item type
 */
final class PageWalker<I, O, T> implements Iterable<O> {
    /** The paging rule: the request for the page after {@code page}, or {@code null} when it was the last. */
    @FunctionalInterface
    interface Following<I, O> {
        I after(I request, O page, int pagesSoFar);
    }

    private final String action;
    private final I first;
    private final Function<I, O> fetch;
    private final Function<I, CompletableFuture<O>> fetchAsync;
    private final Function<O, List<T>> itemsOf;
    private final Following<I, O> following;

    PageWalker(String action, I first, Function<I, O> fetch, Function<I, CompletableFuture<O>> fetchAsync,
            Function<O, List<T>> itemsOf, Following<I, O> following) {
        this.action = action;
        this.first = first;
        this.fetch = fetch;
        this.fetchAsync = fetchAsync;
        this.itemsOf = itemsOf;
        this.following = following;
    }

    String action() {
        return action;
    }

    private List<T> nonNullItems(O page) {
        List<T> items = itemsOf.apply(page);
        // List.of(...).contains(null) throws, so look for nulls by hand.
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
                request = following.after(request, page, fetched);
                return page;
            }
        };
    }

    /** The items, page after page, pages fetched as iteration reaches them. */
    Iterator<T> items() {
        Iterator<O> pageIterator = iterator();
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pageIterator.hasNext()) {
                        return false;
                    }
                    current = nonNullItems(pageIterator.next()).iterator();
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

    Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
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
            I next;
            try {
                nonNullItems(value).forEach(action);
                next = following.after(request, value, fetched + 1);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            if (next == null) {
                done.complete(null);
            } else {
                step(next, fetched + 1, action, done);
            }
        });
    }
}
