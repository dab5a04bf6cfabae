package dev.clssdk.core.shape;

import java.util.Objects;

/**
 * The type of a member on the wire: a scalar, an enum (carried as its string), a generated
 * {@link Struct}, or a list of one of these.
 */
public final class WireType {

    /** The kinds of wire types. */
    public enum Kind {
        /** A JSON string. */
        STRING,
        /** A JSON integer that fits a {@code long}; Tencent's {@code Integer}. */
        INT64,
        /** A JSON integer that fits an {@code int}. */
        INT32,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A JSON number. */
        DOUBLE,
        /** A JSON string from a closed set; kept raw, so unknown values survive. */
        ENUM,
        /** A JSON object described by a {@link Schema}. */
        STRUCT,
        /** A JSON array. */
        LIST
    }

    /** A string. */
    public static final WireType STRING = new WireType(Kind.STRING, String.class, null);
    /** A 64-bit integer. */
    public static final WireType INT64 = new WireType(Kind.INT64, Long.class, null);
    /** A 32-bit integer. */
    public static final WireType INT32 = new WireType(Kind.INT32, Integer.class, null);
    /** A boolean. */
    public static final WireType BOOLEAN = new WireType(Kind.BOOLEAN, Boolean.class, null);
    /** A double. */
    public static final WireType DOUBLE = new WireType(Kind.DOUBLE, Double.class, null);

    private final Kind kind;
    private final Class<?> javaType;
    private final WireType element;

    private WireType(Kind kind, Class<?> javaType, WireType element) {
        this.kind = kind;
        this.javaType = javaType;
        this.element = element;
    }

    /**
     * An enum whose constants' {@code toString()} are the wire values; a constant named
     * {@code UNKNOWN_TO_SDK_VERSION} stands for values this version does not know.
     *
     * @param type the generated enum
     * @return the wire type
     */
    public static WireType enumOf(Class<? extends Enum<?>> type) {
        return new WireType(Kind.ENUM, Objects.requireNonNull(type, "type"), null);
    }

    /**
     * A generated type; its schema is looked up when first needed, so types may refer to each
     * other (or to themselves) in any order.
     *
     * @param type the generated class
     * @return the wire type
     */
    public static WireType struct(Class<? extends Struct> type) {
        return new WireType(Kind.STRUCT, Objects.requireNonNull(type, "type"), null);
    }

    /**
     * A list.
     *
     * @param element the type of its elements
     * @return the wire type
     */
    public static WireType list(WireType element) {
        return new WireType(Kind.LIST, java.util.List.class, Objects.requireNonNull(element, "element"));
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The Java class values of this type have (the enum class for {@link Kind#ENUM}, whose values
     * are held as strings).
     *
     * @return the class
     */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * The element type of a list.
     *
     * @return the element type, or {@code null} if this is not a list
     */
    public WireType element() {
        return element;
    }

    @Override
    public String toString() {
        return kind == Kind.LIST ? "List<" + element + ">" : javaType.getSimpleName();
    }
}
