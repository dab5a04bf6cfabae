package dev.clssdk.codegen.importer;

/**
 * A member whose description states a limit or a list of values that Tencent's model does not
 * encode: the importer does not guess the constraint, it lists the member so a person can add it.
 *
 * @param path    {@code Object.Member}
 * @param kind    {@code limit}, {@code enum} or {@code limit+enum}
 * @param excerpt the description, on one line
 */
public record ProseHint(String path, String kind, String excerpt) {}
