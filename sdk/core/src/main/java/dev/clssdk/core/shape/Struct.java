package dev.clssdk.core.shape;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;

/**
 * The base of every generated request, response and data type: an immutable set of values, one
 * per member of its {@link Schema}, read by the generated typed accessors. Equality, hash code and
 * {@code toString()} (which masks sensitive members) come from the values; Jackson writes and
 * reads any subclass by its schema, with any {@code ObjectMapper}.
 */
@JsonSerialize(using = StructJson.Writer.class)
@JsonDeserialize(using = StructJson.Reader.class)
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
     * The value of a member.
     *
     * @param <V> its type
     * @param index the member's index in the schema
     * @return the value, or {@code null} if not set
     */
    @SuppressWarnings("unchecked")
    protected final <V> V get(int index) {
        return (V) values[index];
    }

    /**
     * The value of a list member.
     *
     * @param <E> the element type
     * @param index the member's index in the schema
     * @return an unmodifiable list, empty if not set
     */
    @SuppressWarnings("unchecked")
    protected final <E> List<E> getList(int index) {
        Object value = values[index];
        return value == null ? List.of() : (List<E>) value;
    }

    /**
     * Whether a member is set.
     *
     * @param index the member's index in the schema
     * @return {@code true} if set, as opposed to absent
     */
    protected final boolean has(int index) {
        return values[index] != null;
    }

    final Schema<?> schema() {
        return schema;
    }

    final Object value(int index) {
        return values[index];
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
            Member member = schema.member(i);
            Object value = values[i];
            text.append(member.wireName()).append('=').append(value != null && member.isSensitive() ? MASK : value);
        }
        return text.append('}').toString();
    }
}
