package dev.clssdk.codegen.model;

/** The type of a member: a scalar, an enum, another shape, or a list of one of these. */
public sealed interface TypeRef {

    /** The scalar types the wire knows. Tencent's {@code Integer} is 64-bit. */
    enum ScalarKind { STRING, INT64, INT32, BOOLEAN, DOUBLE }

    record Scalar(ScalarKind kind) implements TypeRef {}

    record EnumType(String name) implements TypeRef {}

    record ShapeType(String name) implements TypeRef {}

    record ListOf(TypeRef element) implements TypeRef {}
}
