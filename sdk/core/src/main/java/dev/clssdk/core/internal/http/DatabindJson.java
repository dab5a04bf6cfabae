package dev.clssdk.core.internal.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Jackson databind, for the types that are not a generated {@link dev.clssdk.core.shape.Struct}
 * (hand-written shapes): kept in a class of its own so that databind is loaded only when such a
 * type is used. Generated types are read and written by {@link dev.clssdk.core.shape.StructJson}
 * on jackson-core alone.
 */
final class DatabindJson {
    private DatabindJson() {
    }

    /** See {@link EnvelopeParser#newMapper()}. */
    static ObjectMapper newMapper() {
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
     * The {@code Response} of an answer already checked by {@link EnvelopeParser} (well-formed,
     * a {@code Response} object), read as a type by the mapper.
     *
     * @return the value, or {@code null}
     * @throws IOException Jackson's failure, a {@link com.fasterxml.jackson.databind.JsonMappingException}
     *     (with the path) for a value of the wrong type
     */
    static <T> T readResponse(ObjectMapper mapper, byte[] body, Class<T> type) throws IOException {
        JsonNode response = mapper.readTree(body).get("Response");
        return mapper.treeToValue(response, type);
    }

    static byte[] write(ObjectMapper mapper, Object value) throws IOException {
        return mapper.writeValueAsBytes(value);
    }
}
