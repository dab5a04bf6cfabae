package dev.clssdk.codegen.model;

import java.util.Optional;

/**
 * How an Offset/Limit action pages, from the spec's {@code x-tc-paginators}. Members are wire
 * names, already checked: offset and limit are integer members of the request, items a list of
 * shapes in the response, total an integer member of the response.
 *
 * @param operation the action paged
 * @param offset    the request member holding the offset of the first item
 * @param limit     the request member holding the page size
 * @param items     the response member listing the page's items
 * @param total     the response member holding the total count, if the action has one
 */
public record PaginatorModel(String operation, String offset, String limit, String items, Optional<String> total) {}
