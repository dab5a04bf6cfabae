package dev.clssdk.core.shape;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.clssdk.core.internal.json.JsonReader;
import dev.clssdk.core.internal.json.JsonTypeException;
import dev.clssdk.core.internal.json.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON for every {@link Struct}, driven by its {@link Schema}: members written in wire order,
 * unset ones left out; on reading, unknown members are skipped, {@code null} members and
 * {@code null} list elements are absent, a request's rules are checked as when built, and a value of the wrong JSON type (a string for a number,
 * {@code 1.5} for an integer, {@code 0} for a boolean, a number beyond the member's range) is an
 * error naming where it was and the type expected, never the value.
 *
 * <p>Two ways in, with the same rules: {@link #toJson} and {@link #readMember} work on bytes without
 * Jackson (the SDK's own calls use them: loading jackson-core cost a tenth of a cold start), and
 * {@link #write}/{@link #read} on Jackson's streaming API, which Jackson databind uses through
 * {@link Writer} and {@link Reader} when a {@code Struct} sits inside another type.
 */
public final class StructJson {

    /**
     * What a 64-bit member holds, said when a JSON document read with Jackson has a number that does
     * not fit: every int64 and uint64 member is a Java {@code long}, so a uint64 above
     * {@code Long.MAX_VALUE} is refused, never wrapped to a negative value or rounded. (An answer
     * read by the client is refused as a {@code ProtocolException}, "expected Long", the same on both
     * of its reading routes.)
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

    private static void writeValue(JsonWriter writer, WireType type, Object value) {
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

    private static Object readValue(JsonReader reader, WireType type) throws IOException {
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
     * Writes a value as a JSON object.
     *
     * @param generator where to write
     * @param value the value
     * @throws IOException if writing fails
     */
    public static void write(JsonGenerator generator, Struct value) throws IOException {
        Schema<?> schema = value.schema();
        Object[] values = value.values();
        generator.writeStartObject(value);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                generator.writeFieldName(schema.member(i).jsonName());
                writeValue(generator, schema.member(i).type(), values[i]);
            }
        }
        generator.writeEndObject();
    }

    private static void writeValue(JsonGenerator generator, WireType type, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
            return;
        }
        switch (type.kind()) {
            case STRING, ENUM -> generator.writeString((String) value);
            case INT64 -> generator.writeNumber((Long) value);
            case INT32 -> generator.writeNumber((Integer) value);
            case BOOLEAN -> generator.writeBoolean((Boolean) value);
            case DOUBLE -> generator.writeNumber((Double) value);
            case STRUCT -> write(generator, (Struct) value);
            case LIST -> {
                List<?> list = (List<?>) value;
                generator.writeStartArray(list, list.size());
                for (Object element : list) {
                    writeValue(generator, type.element(), element);
                }
                generator.writeEndArray();
            }
            default -> throw new IllegalStateException(type.kind().toString());
        }
    }

    /**
     * Reads a JSON object, the parser being at its {@code START_OBJECT} (or at its first field name).
     *
     * @param <T> the type
     * @param parser where to read
     * @param context Jackson's context, for typed errors
     * @param schema the type's schema
     * @return the value; its types are checked, and for a request its rules (see {@link Schema.Role})
     * @throws IOException for malformed JSON, and a {@link MismatchedInputException} (with the path)
     *     for a value of the wrong type
     */
    public static <T extends Struct> T read(JsonParser parser, DeserializationContext context, Schema<T> schema)
            throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = parser.nextToken();
        } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            return mismatch(parser, context, schema.type(), schema.name());
        }
        StructBuilder<T> builder = schema.newBuilder();
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            int index = schema.find(name);
            parser.nextToken();
            if (index < 0) {
                parser.skipChildren();
                continue;
            }
            try {
                builder.put(index, readValue(parser, context, schema.member(index).type()));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, schema.type(), name);
            }
        }
        return schema.build(builder);
    }

    private static Object readValue(JsonParser parser, DeserializationContext context, WireType type) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        switch (type.kind()) {
            case STRING, ENUM:
                if (token == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                break;
            case INT64:
                if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    return parser.getLongValue();
                }
                if (token == JsonToken.VALUE_NUMBER_INT) {
                    return mismatch(parser, context, Long.class, OUT_OF_LONG_RANGE);
                }
                break;
            case INT32:
                if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                    return parser.getIntValue();
                }
                break;
            case BOOLEAN:
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    return token == JsonToken.VALUE_TRUE;
                }
                break;
            case DOUBLE:
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    return parser.getDoubleValue();
                }
                break;
            case STRUCT:
                if (token == JsonToken.START_OBJECT) {
                    return read(parser, context, Schema.of(type.javaType().asSubclass(Struct.class)));
                }
                break;
            case LIST:
                if (token == JsonToken.START_ARRAY) {
                    return readList(parser, context, type.element());
                }
                break;
            default:
                break;
        }
        return mismatch(parser, context, type.javaType(), type.toString());
    }

    private static List<Object> readList(JsonParser parser, DeserializationContext context, WireType element)
            throws IOException {
        List<Object> list = new ArrayList<>();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            try {
                Object value = readValue(parser, context, element);
                if (value != null) {
                    list.add(value);
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, list, index);
            }
        }
        return list;
    }

    private static <V> V mismatch(JsonParser parser, DeserializationContext context, Class<?> type, String expected)
            throws IOException {
        String message = "expected " + expected + ", got " + parser.currentToken();
        if (context != null) {
            return context.reportInputMismatch(type, message);
        }
        throw MismatchedInputException.from(parser, type, message);
    }

    /** Jackson's serializer for every {@link Struct}. */
    public static final class Writer extends JsonSerializer<Struct> {
        /** Made by Jackson. */
        public Writer() {
        }

        @Override
        public void serialize(Struct value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
            write(generator, value);
        }

        @Override
        public Class<Struct> handledType() {
            return Struct.class;
        }
    }

    /** Jackson's deserializer for every {@link Struct}: resolved to the concrete type's schema. */
    public static final class Reader extends JsonDeserializer<Struct> implements ContextualDeserializer {
        private final Schema<?> schema;

        /** Made by Jackson; resolved per type by {@link #createContextual}. */
        public Reader() {
            this(null);
        }

        private Reader(Schema<?> schema) {
            this.schema = schema;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = context.getContextualType();
            if (type == null && property != null) {
                type = property.getType();
            }
            while (type != null && type.isContainerType()) {
                type = type.getContentType();
            }
            if (type == null) {
                return this;
            }
            Class<?> raw = type.getRawClass();
            if (!Struct.class.isAssignableFrom(raw) || Modifier.isAbstract(raw.getModifiers())) {
                return this;
            }
            return new Reader(Schema.of(raw.asSubclass(Struct.class)));
        }

        @Override
        public Struct deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (schema == null) {
                return context.reportBadDefinition(context.getContextualType(),
                        "a Struct is read as one of the generated types, not as the abstract base");
            }
            return read(parser, context, schema);
        }

        @Override
        public Class<?> handledType() {
            return schema == null ? Struct.class : schema.type();
        }
    }
}
