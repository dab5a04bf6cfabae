package dev.clssdk.codegen.diff;

/** What a change does to one kind of caller. */
public enum Impact {
    /** Code and data that worked against the old spec keep working. */
    COMPATIBLE,
    /** Something that worked against the old spec can stop compiling, linking or succeeding. */
    BREAKING
}
