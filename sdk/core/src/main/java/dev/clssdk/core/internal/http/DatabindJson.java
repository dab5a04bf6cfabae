package dev.clssdk.core.internal.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Jackson databind, for the types that are not a generated {@link dev.clssdk.core.shape.Struct}
 * (hand-written shapes), when the application has Jackson: Jackson is an optional dependency of
 * the core, and this class, the only one of the core's call path that names it, is loaded only
 * when such a type is used. Generated types are read and written by
 * {@link dev.clssdk.core.shape.StructJson}, on no JSON library.
 *
 * <p>The mapper ignores unknown fields (a newer server may add them); everything else is strict:
 * no scalar coercion (a number where the API has a string, {@code 1.5} for an integer), a duplicate
 * key is malformed JSON, and {@code null} elements of any list are dropped.
 */
final class DatabindJson {
    private static final String MAPPER_CLASS = "com.fasterxml.jackson.databind.ObjectMapper";

    private DatabindJson() {
    }

    /** A value of the wrong type, as where it was and what was expected (never the value). */
    static final class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;

        Mismatch(String detail) {
            super(detail);
        }
    }

    /** Built on first use: a mapper takes long to build and load. */
    private static final class Holder {
        static final ObjectMapper MAPPER = newMapper();
    }

    /**
     * Whether Jackson databind is on the class path, for a clear refusal of a hand-written type without it.
     *
     * @return {@code true} if the mapper class can be loaded
     */
    static boolean available() {
        try {
            Class.forName(MAPPER_CLASS, false, DatabindJson.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Applies to every property, creator parameters included: generated shapes read through @JsonCreator.
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    /**
     * The {@code Response} of a response already checked by {@link EnvelopeParser} (well-formed,
     * a {@code Response} object), read as a type by the mapper.
     *
     * @return the value, or {@code null}
     * @throws Mismatch for a value of the wrong type: the path and what was expected
     */
    static <T> T readResponse(byte[] body, Class<T> type) throws Mismatch {
        try {
            JsonNode response = Holder.MAPPER.readTree(body).get("Response");
            return Holder.MAPPER.treeToValue(response, type);
        } catch (JsonMappingException e) {
            throw new Mismatch("at Response" + path(e) + expected(e));
        } catch (IOException e) {
            throw new Mismatch(e.getClass().getSimpleName()); // Jackson's message quotes the input
        }
    }

    static byte[] write(Object value) throws IOException {
        return Holder.MAPPER.writeValueAsBytes(value);
    }

    private static String expected(JsonMappingException e) {
        if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
            return ": expected " + ((MismatchedInputException) e).getTargetType().getSimpleName();
        }
        return ": " + e.getClass().getSimpleName();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
