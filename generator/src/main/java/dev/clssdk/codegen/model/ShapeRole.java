package dev.clssdk.codegen.model;

/** How a shape is used on the wire. */
public enum ShapeRole {
    /** Sent by the caller: constraints are checked by {@code build()}. */
    INPUT,
    /** Received from the server: read leniently, never rejected. */
    OUTPUT
}
