package dev.clssdk.codegen.model;

/** How a shape is used on the wire. */
public enum ShapeRole {
    /** Sent by the caller: constraints are checked by {@code build()}. */
    INPUT,
    /** Received from the server: read leniently, never rejected. */
    OUTPUT,
    /**
     * Sent and received (Tencent reuses data types such as filters and rules in both directions):
     * checked by {@code build()} like an input; what is read from the server is never rejected.
     */
    BOTH;

    /** Whether callers send instances of the shape to the server. */
    public boolean sent() {
        return this != OUTPUT;
    }

    /** Whether the server sends instances of the shape to callers. */
    public boolean received() {
        return this != INPUT;
    }
}
