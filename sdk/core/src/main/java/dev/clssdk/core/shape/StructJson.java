package dev.clssdk.core.shape;

import dev.clssdk.core.internal.json.JsonReader;
import dev.clssdk.core.internal.json.JsonSyntaxException;
import dev.clssdk.core.internal.json.JsonTypeException;
import dev.clssdk.core.internal.json.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON for every {@link Struct}, driven by its {@link Schema}: members written in wire order,
 * unset ones left out; on reading, unknown members are skipped, {@code null} members and
 * {@code null} list elements are absent, a request's rules are checked as when built, and a value of the wrong JSON type (a string for a number,
 * {@code 1.5} for an integer, {@code 0} for a boolean, a number beyond the member's range) is an
 * error naming where it was and the type expected, never the value.
 *
 * <p>The one codec of generated types, on the SDK's own reader and writer, with no JSON library:
 * the SDK's calls use it, and so does Jackson databind when an application registers
 * {@code dev.clssdk:sdk-jackson}'s module (which delegates here, so the rules are written once).
 */
public final class StructJson {

    /**
     * What a 64-bit member holds, said when a document has a number that does not fit: every int64
     * and uint64 member is a Java {@code long}, so a uint64 above {@code Long.MAX_VALUE} is refused,
     * never wrapped to a negative value or rounded.
     */
    static final String OUT_OF_LONG_RANGE = "Long, a whole number from -9223372036854775808 to 9223372036854775807"
            + " (the number is outside that range; a uint64 above 9223372036854775807 does not fit this SDK's long)";

    private StructJson() {
    }

    /**
     * A value's JSON: the bytes Jackson's mapper writes for it (members in wire order, unset ones
     * left out, no white space).
     *
     * @param value the value
     * @return the UTF-8 bytes
     */
    public static byte[] toJson(Struct value) {
        JsonWriter writer = new JsonWriter();
        write(writer, value);
        return writer.toByteArray();
    }

    private static void write(JsonWriter writer, Struct value) {
        Schema<?> schema = value.schema();
        Object[] values = value.values();
        writer.startObject();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                writer.name(schema.member(i).encodedName());
                writeValue(writer, schema.member(i).type(), values[i]);
            }
        }
        writer.endObject();
    }

    private static void writeValue(JsonWriter writer, WireType<?> type, Object value) {
        if (value == null) {
            writer.nullValue();
            return;
        }
        switch (type.kind()) {
            case STRING, ENUM -> writer.string((String) value);
            case INT64 -> writer.number((Long) value);
            case INT32 -> writer.number((long) (Integer) value);
            case BOOLEAN -> writer.bool((Boolean) value);
            case DOUBLE -> writer.number((Double) value);
            case STRUCT -> write(writer, (Struct) value);
            case LIST -> {
                writer.startArray();
                for (Object element : (List<?>) value) {
                    writeValue(writer, type.element(), element);
                }
                writer.endArray();
            }
            default -> throw new IllegalStateException(type.kind().toString());
        }
    }

    /**
     * Reads one member of a JSON document's root object as a type, by the same rules as
     * {@link #read}; the document must be well-formed up to that member.
     *
     * @param <T> the type
     * @param json the document, UTF-8
     * @param name the member of the root object to read, for example {@code Response}
     * @param type the type
     * @return the value, or {@code null} if the root is no object, or has no such member
     * @throws IOException for malformed JSON, and a value of the wrong type (an exception that names
     *     the path and the type expected, never the value)
     */
    public static <T extends Struct> T readMember(byte[] json, String name, Class<T> type) throws IOException {
        Schema<T> schema = Schema.of(type);
        JsonReader reader = new JsonReader(json);
        if (reader.next() != JsonReader.Token.START_OBJECT) {
            return null;
        }
        while (reader.next() == JsonReader.Token.FIELD_NAME) {
            boolean match = name.equals(reader.text());
            reader.next();
            if (match) {
                return reader.current() == JsonReader.Token.NULL ? null : read(reader, schema);
            }
            reader.skipChildren();
        }
        return null;
    }

    private static <T extends Struct> T read(JsonReader reader, Schema<T> schema) throws IOException {
        if (reader.current() != JsonReader.Token.START_OBJECT) {
            throw new JsonTypeException(schema.type());
        }
        StructBuilder<T> builder = schema.newBuilder();
        while (reader.next() == JsonReader.Token.FIELD_NAME) {
            String name = reader.text();
            int index = schema.find(name);
            reader.next();
            if (index < 0) {
                reader.skipChildren();
                continue;
            }
            try {
                builder.put(index, readValue(reader, schema.member(index).type()));
            } catch (JsonTypeException e) {
                throw e.inMember(name);
            }
        }
        return schema.build(builder);
    }

    private static Object readValue(JsonReader reader, WireType<?> type) throws IOException {
        JsonReader.Token token = reader.current();
        if (token == JsonReader.Token.NULL) {
            return null;
        }
        switch (type.kind()) {
            case STRING, ENUM:
                if (token == JsonReader.Token.STRING) {
                    return reader.text();
                }
                break;
            case INT64:
                if (token == JsonReader.Token.NUMBER_INT && reader.numberType() != JsonReader.NumberType.BIG_INTEGER) {
                    return reader.longValue();
                }
                if (token == JsonReader.Token.NUMBER_INT) {
                    throw new JsonTypeException(OUT_OF_LONG_RANGE);
                }
                break;
            case INT32:
                if (token == JsonReader.Token.NUMBER_INT && reader.numberType() == JsonReader.NumberType.INT) {
                    return (int) reader.longValue();
                }
                break;
            case BOOLEAN:
                if (token == JsonReader.Token.TRUE || token == JsonReader.Token.FALSE) {
                    return token == JsonReader.Token.TRUE;
                }
                break;
            case DOUBLE:
                if (token == JsonReader.Token.NUMBER_INT || token == JsonReader.Token.NUMBER_FLOAT) {
                    return reader.doubleValue();
                }
                break;
            case STRUCT:
                if (token == JsonReader.Token.START_OBJECT) {
                    return read(reader, Schema.of(type.javaType().asSubclass(Struct.class)));
                }
                break;
            case LIST:
                if (token == JsonReader.Token.START_ARRAY) {
                    List<Object> list = new ArrayList<>();
                    int index = 0;
                    for (reader.next(); reader.current() != JsonReader.Token.END_ARRAY; reader.next(), index++) {
                        try {
                            Object value = readValue(reader, type.element());
                            if (value != null) {
                                list.add(value);
                            }
                        } catch (JsonTypeException e) {
                            throw e.inElement(index);
                        }
                    }
                    return list;
                }
                break;
            default:
                break;
        }
        throw new JsonTypeException(type.javaType());
    }

    /**
     * Reads a whole JSON document as a type, by the same rules as the SDK's calls read a response's
     * {@code Response}; for a request type, its rules are checked as when it is built.
     *
     * @param <T> the type
     * @param json the document, UTF-8: an object (or {@code null})
     * @param type the type
     * @return the value, or {@code null} for a document that is {@code null}
     * @throws IOException for malformed JSON, and a value of the wrong type (an exception that names the
     *     path and the type expected, never the value)
     */
    public static <T extends Struct> T fromJson(byte[] json, Class<T> type) throws IOException {
        Schema<T> schema = Schema.of(type);
        JsonReader reader = new JsonReader(json);
        reader.next();
        T value = reader.current() == JsonReader.Token.NULL ? null : read(reader, schema);
        if (reader.next() != null) {
            throw JsonSyntaxException.at(JsonSyntaxException.Kind.SYNTAX, "trailing token after the root value",
                    reader.tokenLine(), reader.tokenColumn());
        }
        return value;
    }
}
