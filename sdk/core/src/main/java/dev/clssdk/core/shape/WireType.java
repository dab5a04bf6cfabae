package dev.clssdk.core.shape;

import java.util.List;
import java.util.Objects;

/**
 * The type of a member on the wire: a scalar, an enum (carried as its string), a generated
 * {@link Struct}, or a list of one of these. The type parameter is the Java type a member of this
 * wire type holds, so that a generated class's typed member constants ({@link Member}) and its
 * accessors are checked by the compiler.
 *
 * @param <V> the Java type of a value: {@code String} for a string and an enum, {@code Long},
 *     {@code Integer}, {@code Boolean}, {@code Double}, the generated class, or a {@code List} of one
 */
public final class WireType<V> {

    /**
     * The kinds of wire types. The scalar kinds are the one table of scalar types: the generator
     * maps the model's scalars to them by name and takes the Java type from {@link #javaType()}.
     */
    public enum Kind {
        /** A JSON string. */
        STRING(String.class),
        /** A JSON integer that fits a {@code long}; Tencent's {@code Integer}. */
        INT64(Long.class),
        /** A JSON integer that fits an {@code int}. */
        INT32(Integer.class),
        /** {@code true} or {@code false}. */
        BOOLEAN(Boolean.class),
        /** A JSON number. */
        DOUBLE(Double.class),
        /** A JSON string from a closed set; kept raw, so unknown values survive. */
        ENUM(String.class),
        /** A JSON object described by a {@link Schema}. */
        STRUCT(Struct.class),
        /** A JSON array. */
        LIST(List.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }

        /**
         * The Java type values of this kind are held as ({@code Struct} for every generated type).
         *
         * @return the class
         */
        public Class<?> javaType() {
            return javaType;
        }

        /**
         * Whether the kind is a scalar: neither an enum, a struct nor a list.
         *
         * @return {@code true} for the five scalars
         */
        public boolean isScalar() {
            return ordinal() <= DOUBLE.ordinal();
        }
    }

    /** A string. */
    public static final WireType<String> STRING = new WireType<>(Kind.STRING, String.class, null);
    /** A 64-bit integer. */
    public static final WireType<Long> INT64 = new WireType<>(Kind.INT64, Long.class, null);
    /** A 32-bit integer. */
    public static final WireType<Integer> INT32 = new WireType<>(Kind.INT32, Integer.class, null);
    /** A boolean. */
    public static final WireType<Boolean> BOOLEAN = new WireType<>(Kind.BOOLEAN, Boolean.class, null);
    /** A double. */
    public static final WireType<Double> DOUBLE = new WireType<>(Kind.DOUBLE, Double.class, null);

    private final Kind kind;
    private final Class<?> javaType;
    private final WireType<?> element;

    private WireType(Kind kind, Class<?> javaType, WireType<?> element) {
        this.kind = kind;
        this.javaType = javaType;
        this.element = element;
    }

    /**
     * An enum whose constants' {@code toString()} are the wire values; a constant named
     * {@code UNKNOWN_TO_SDK_VERSION} stands for values this version does not know. Values are held
     * as their raw string, so that values unknown to this version survive a round trip.
     *
     * @param type the generated enum
     * @return the wire type
     */
    public static WireType<String> enumOf(Class<? extends Enum<?>> type) {
        return new WireType<>(Kind.ENUM, Objects.requireNonNull(type, "type"), null);
    }

    /**
     * A generated type. Its schema is looked up when first needed ({@link Schema#of(Class)}), so
     * types may refer to each other (or to themselves) in any order.
     *
     * @param <T> the generated type
     * @param type the generated class
     * @return the wire type
     */
    public static <T extends Struct> WireType<T> struct(Class<T> type) {
        return new WireType<>(Kind.STRUCT, Objects.requireNonNull(type, "type"), null);
    }

    /**
     * A list.
     *
     * @param <E> the Java type of its elements
     * @param element the type of its elements
     * @return the wire type
     */
    public static <E> WireType<List<E>> list(WireType<E> element) {
        return new WireType<>(Kind.LIST, List.class, Objects.requireNonNull(element, "element"));
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
    public WireType<?> element() {
        return element;
    }

    @Override
    public String toString() {
        return kind == Kind.LIST ? "List<" + element + ">" : javaType.getSimpleName();
    }
}
