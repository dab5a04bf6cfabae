package dev.clssdk.codegen.model;

import java.util.Optional;

/**
 * How an action pages, from the spec's {@code x-tc-paginators}: by Offset and Limit, or by a cursor
 * ({@link #cursor()} present). Members are wire names, already checked: offset and limit are
 * integer members of the request, items a list of shapes in the response, total an integer member
 * of the response; a cursor's token and next token are string members of the request and the
 * response, its end flag a boolean member of the response.
 *
 * @param operation the action paged
 * @param offset    the request member holding the offset of the first item; {@code null} for a cursor
 * @param limit     the request member holding the page size; {@code null} for a cursor
 * @param items     the response member listing the page's items
 * @param total     the response member holding the total count, if the action has one
 * @param cursor    how a cursor-paged action pages; empty for Offset/Limit
 */
public record PaginatorModel(String operation, String offset, String limit, String items, Optional<String> total,
        Optional<Cursor> cursor) {

    /**
     * An Offset/Limit paginator.
     *
     * @param operation the action paged
     * @param offset    the request's offset member
     * @param limit     the request's limit member
     * @param items     the response's items member
     * @param total     the response's total member, if any
     */
    public PaginatorModel(String operation, String offset, String limit, String items, Optional<String> total) {
        this(operation, offset, limit, items, total, Optional.empty());
    }

    /**
     * A cursor paginator.
     *
     * @param operation the action paged
     * @param items     the response's items member
     * @param cursor    the token members and the end flag
     * @return the paginator
     */
    public static PaginatorModel cursor(String operation, String items, Cursor cursor) {
        return new PaginatorModel(operation, null, null, items, Optional.empty(), Optional.of(cursor));
    }

    /** Whether the action pages with a cursor. */
    public boolean isCursor() {
        return cursor.isPresent();
    }

    /**
     * A cursor: the request member that carries it, the response member that hands back the next
     * one, and optionally a response flag that is {@code true} on the last page.
     *
     * @param token     the request's token member
     * @param nextToken the response's next-token member
     * @param over      the response's end flag, if the action has one
     */
    public record Cursor(String token, String nextToken, Optional<String> over) {}
}
