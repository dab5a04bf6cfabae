package dev.clssdk.core.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The base of every generated request, response and data type: an immutable set of values, one
 * per member of its {@link Schema}, read by the generated typed accessors through the type's
 * {@link Member} constants ({@code get(TOPIC_ID)}). Equality, hash code and
 * {@code toString()} (which masks sensitive members) come from the values; {@link StructJson}
 * writes and reads any subclass by its schema (and Jackson does, with {@code dev.clssdk:sdk-jackson}'s
 * module registered).
 *
 * <p>A type callers send (a request, or a type inside one) is made by its builder, a
 * {@link StructBuilder}. A type only the server sends ({@link Schema.Role#OUTPUT}) has no builder:
 * its public static {@code create()} returns an empty instance and each generated
 * {@code withX(value)} a copy with one member changed ({@link #with}), both through its one
 * constructor, {@link #Struct(Schema, Object[])}; the core reaches that constructor through
 * {@link #make(Object[])}, which such a type overrides. One class per type instead of two.
 */
public abstract class Struct {

    private static final String MASK = "***";

    private final Schema<?> schema;
    private final Object[] values;

    /**
     * Takes the builder's values, checking the API's rules first if the type is a request.
     *
     * @param builder the builder
     * @throws dev.clssdk.core.ValidationException listing every broken rule of a request
     */
    protected Struct(StructBuilder<?> builder) {
        this.schema = builder.schema();
        this.values = builder.finish();
    }

    /**
     * Takes the values of a type only the server sends, which has no builder: none for its empty
     * instance, or those the core made for {@link #make(Object[])}.
     *
     * @param schema the type's schema
     * @param values one per member of the schema, owned by the instance from now on; {@code null} for
     *     an instance with no member set
     * @throws IllegalArgumentException if there are not as many values as the schema has members
     */
    protected Struct(Schema<?> schema, Object[] values) {
        this.schema = java.util.Objects.requireNonNull(schema, "schema");
        if (values != null && values.length != schema.size()) {
            throw new IllegalArgumentException(schema.name() + " has " + schema.size() + " members, not " + values.length);
        }
        this.values = values == null ? new Object[schema.size()] : values;
    }

    /**
     * A new instance of this type holding {@code values}, for the JSON reader and {@link #with}: a type
     * only the server sends overrides this with {@code return new Type(values);}. Types made by a
     * builder do not, and need not.
     *
     * @param values one per member of the schema, owned by the new instance
     * @return the new instance, of this instance's class
     * @throws UnsupportedOperationException if the type is made by a builder
     */
    protected Struct make(Object[] values) {
        throw new UnsupportedOperationException(getClass().getName() + " is made by its builder");
    }

    /**
     * A copy of this instance with one member changed, for a generated {@code withX(value)}; this
     * instance is unchanged.
     *
     * @param <T> this instance's type
     * @param <V> the member's type
     * @param member the member
     * @param value the value, or {@code null} to leave the member unset
     * @return the copy, a new instance
     */
    protected final <T extends Struct, V> T with(Member<V> member, V value) {
        return copyWith(schema.positionOf(member), value);
    }

    @SuppressWarnings("unchecked")
    private <T extends Struct> T copyWith(int index, Object value) {
        Object[] copy = values.clone();
        copy[index] = value;
        return (T) make(copy);
    }

    /**
     * A copy of this instance with a list member set to an unmodifiable copy of {@code list} (lists
     * in it copied too), as a builder's {@code setList} and {@code build()} make it: later changes to
     * {@code list} are not seen.
     *
     * @param <T> this instance's type
     * @param <E> the element type
     * @param member the member
     * @param list the list, or {@code null} to leave the member unset
     * @return the copy, a new instance
     */
    protected final <T extends Struct, E> T withList(Member<List<E>> member, List<E> list) {
        return copyWith(schema.positionOf(member), list == null ? null : frozen(new ArrayList<>(list)));
    }

    /**
     * A copy of this instance with an enum member set to the constant's wire value.
     *
     * @param <T> this instance's type
     * @param member the member
     * @param constant the constant, or {@code null} to leave the member unset
     * @return the copy, a new instance
     */
    protected final <T extends Struct> T withEnum(Member<String> member, Enum<?> constant) {
        return copyWith(schema.positionOf(member), constant == null ? null : constant.toString());
    }

    /**
     * A view no one can change, lists of lists included. The list itself is the caller's own copy (or
     * a list read from JSON, or an instance's unmodifiable list), which is never changed afterwards:
     * so only lists held inside it, which came from whoever made the values, are copied.
     */
    static List<Object> frozen(List<?> list) {
        boolean nested = false;
        for (Object element : list) {
            if (element instanceof List) {
                nested = true;
                break;
            }
        }
        if (!nested) {
            return Collections.unmodifiableList(list);
        }
        List<Object> copy = new ArrayList<>(list.size());
        for (Object element : list) {
            copy.add(element instanceof List<?> inner ? frozen(new ArrayList<>(inner)) : element);
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * The value of a member.
     *
     * @param <V> its type
     * @param member the member, one of this type's schema
     * @return the value, or {@code null} if not set
     * @throws IllegalArgumentException if the member is not one of this type's
     */
    @SuppressWarnings("unchecked")
    protected final <V> V get(Member<V> member) {
        // Checked when the schema and the instance were made: values[i] holds a V for member i.
        return (V) values[schema.positionOf(member)];
    }

    /**
     * The value of a list member.
     *
     * @param <E> the element type
     * @param member the member, one of this type's schema
     * @return an unmodifiable list, empty if not set
     * @throws IllegalArgumentException if the member is not one of this type's
     */
    protected final <E> List<E> getList(Member<List<E>> member) {
        List<E> value = get(member);
        return value == null ? List.of() : value;
    }

    /**
     * Whether a member is set.
     *
     * @param member the member, one of this type's schema
     * @return {@code true} if set, as opposed to absent
     * @throws IllegalArgumentException if the member is not one of this type's
     */
    protected final boolean has(Member<?> member) {
        return values[schema.positionOf(member)] != null;
    }

    final Schema<?> schema() {
        return schema;
    }

    final Object[] values() {
        return values;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other != null && other.getClass() == getClass() && Arrays.equals(values, ((Struct) other).values);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(values);
    }

    /**
     * The type's API name and every member by wire name, sensitive ones masked.
     *
     * @return for example {@code Tag{Key=env, Value=prod}}
     */
    @Override
    public final String toString() {
        StringBuilder text = new StringBuilder(schema.name()).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            Member<?> member = schema.member(i);
            Object value = values[i];
            text.append(member.wireName()).append('=').append(value != null && member.isSensitive() ? MASK : value);
        }
        return text.append('}').toString();
    }
}
