package dev.clssdk.core.shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of every generated builder: one slot per member of the type's {@link Schema}, set by
 * the generated typed methods. Not thread-safe. Types only the server sends have none (see
 * {@link Struct}); the JSON reader fills one of the core's own for them.
 *
 * <p>Each generated builder declares its own {@code build()} returning its type; this class declares
 * none, since an inherited {@code Struct build()} would make the compiler add a bridge method to every
 * builder (600 of them in the whole-service SDK). The JSON reader calls the generated
 * {@code build()} through the schema instead.
 *
 * @param <T> the type built
 */
public abstract class StructBuilder<T extends Struct> {

    private final Schema<T> schema;
    private final Object[] values;

    /**
     * A builder that starts with an instance's values, or empty. One constructor for both, so that a
     * generated builder needs only one too.
     *
     * @param schema the schema of the type built
     * @param source the instance, or {@code null} for an empty builder
     */
    protected StructBuilder(Schema<T> schema, T source) {
        this.schema = java.util.Objects.requireNonNull(schema, "schema");
        this.values = source == null ? new Object[schema.size()] : source.values().clone();
    }

    /**
     * Sets a member.
     *
     * @param <V> the member's type
     * @param member the member, one of the built type's schema
     * @param value the value, or {@code null} to leave it unset
     * @throws IllegalArgumentException if the member is not one of the built type's
     */
    protected final <V> void set(Member<V> member, V value) {
        values[schema.positionOf(member)] = value;
    }

    /**
     * Sets a list member to a copy of {@code list}, so later changes to it are not seen.
     *
     * @param <E> the element type
     * @param member the member, one of the built type's schema
     * @param list the list, or {@code null} to leave it unset
     * @throws IllegalArgumentException if the member is not one of the built type's
     */
    protected final <E> void setList(Member<List<E>> member, List<E> list) {
        values[schema.positionOf(member)] = list == null ? null : new ArrayList<>(list);
    }

    /**
     * Sets an enum member to its wire value.
     *
     * @param member the member, one of the built type's schema
     * @param constant the constant, or {@code null} to leave it unset
     * @throws IllegalArgumentException if the member is not one of the built type's
     */
    protected final void setEnum(Member<String> member, Enum<?> constant) {
        values[schema.positionOf(member)] = constant == null ? null : constant.toString();
    }

    final Schema<T> schema() {
        return schema;
    }

    /** Sets a member read from JSON (lists arrive as fresh lists). */
    final void put(int index, Object value) {
        values[index] = value;
    }

    /**
     * The values for a new instance, lists made unmodifiable; for a request, validated first with
     * everything it holds (see {@link Schema.Role}).
     */
    final Object[] finish() {
        if (schema.role() == Schema.Role.REQUEST) {
            Validator.check(schema, values);
        }
        Object[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof List<?> list) {
                copy[i] = Struct.frozen(list);
            }
        }
        return copy;
    }
}
