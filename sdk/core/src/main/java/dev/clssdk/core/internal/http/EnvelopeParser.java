package dev.clssdk.core.internal.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.internal.retry.RetryRules;
import java.util.List;
import java.util.Objects;

/**
 * Turns the bytes of an answer into the response object or a typed exception.
 *
 * <p>An answer is {@code {"Response": {...}}}. With {@code Response.Error} it becomes a
 * {@link ServiceException}; without it, {@code Response} (which must carry a {@code RequestId}
 * string) is read as the action's response type, ignoring unknown fields. Anything else becomes a
 * {@link ProtocolException} that says what arrived. Jackson and other runtime exceptions never
 * escape, and Jackson's exceptions are not kept as causes: their messages quote the input.
 */
public final class EnvelopeParser {
    private static final int PREVIEW_BYTES = 200;

    private final ObjectMapper mapper;
    private final Redactor redactor;
    private final ServiceMetadata service;

    /**
     * @param mapper the mapper, see {@link #newMapper()}
     * @param redactor removes secrets from body previews and server messages
     * @param service turns error codes into the service's typed exceptions
     */
    public EnvelopeParser(ObjectMapper mapper, Redactor redactor, ServiceMetadata service) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * The mapper the SDK uses. Unknown fields are ignored (a newer server may add them); everything
     * else is strict, for any service's generated shapes:
     * <ul>
     *   <li>no scalar coercion: a number where the API has a string ({@code "SomeId":123}), a
     *       string where it has a number ({@code "TotalCount":"5"}) or a boolean, {@code 1.5} for an
     *       integer, are wrong types, not values to convert;</li>
     *   <li>a duplicate key in any object is malformed JSON (otherwise the last one would win, and an
     *       error {@code Response} followed by a success one would read as success);</li>
     *   <li>{@code null} elements of any list (and values of any map) are dropped, so a generated
     *       list never holds {@code null}; a {@code null} list is an absent one.</li>
     * </ul>
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
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
     * The mapper.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads an answer.
     *
     * @param <T> the response type
     * @param action the action called
     * @param idempotent whether the action is idempotent (decides what is retryable)
     * @param type the response type: the content of the envelope
     * @param status the HTTP status
     * @param contentType the {@code Content-Type} received, may be {@code null}
     * @param body the whole body
     * @param credentials the credentials the call was signed with (masked in any text taken from the
     *     answer), or {@code null} if unknown
     * @return the response
     * @throws ServiceException for an error envelope
     * @throws ProtocolException for anything malformed, and for a status other than 200 without an error envelope
     */
    public <T> T parse(String action, boolean idempotent, Class<T> type, int status, String contentType, byte[] body,
            Credentials credentials) {
        return parse(action, idempotent, type, status, contentType, body, credentials, List.of());
    }

    /**
     * Reads an answer, knowing the request it answers.
     *
     * @param <T> the response type
     * @param action the action called
     * @param idempotent whether the action is idempotent (decides what is retryable)
     * @param type the response type: the content of the envelope
     * @param status the HTTP status
     * @param contentType the {@code Content-Type} received, may be {@code null}
     * @param body the whole body
     * @param credentials the credentials the call was signed with (masked in any text taken from the
     *     answer), or {@code null} if unknown
     * @param requestSecrets the values of the request's sensitive members ({@link Redactor#sensitiveValues}),
     *     masked in any text taken from the answer
     * @return the response
     * @throws ServiceException for an error envelope
     * @throws ProtocolException for anything malformed, and for a status other than 200 without an error envelope
     */
    public <T> T parse(String action, boolean idempotent, Class<T> type, int status, String contentType, byte[] body,
            Credentials credentials, List<String> requestSecrets) {
        Answer answer = new Answer(action, idempotent, status, contentType, body, credentials, requestSecrets);
        if (body.length == 0) {
            throw answer.protocol(status == 200 ? ProtocolException.Kind.EMPTY_BODY
                    : ProtocolException.Kind.HTTP_STATUS, null, null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            // An answer other than 200 that is not JSON (a gateway's HTML page) needs no parser detail.
            throw answer.protocol(status == 200 ? ProtocolException.Kind.MALFORMED_JSON
                    : ProtocolException.Kind.HTTP_STATUS, status == 200 ? syntaxDetail(e) : "not JSON", null);
        } catch (java.io.IOException | RuntimeException e) {
            throw answer.protocol(ProtocolException.Kind.MALFORMED_JSON, e.getClass().getSimpleName(), e);
        }
        JsonNode response = root == null ? null : root.get("Response");
        if (response == null || !response.isObject()) {
            throw answer.protocol(status == 200 ? ProtocolException.Kind.MISSING_RESPONSE
                    : ProtocolException.Kind.HTTP_STATUS, null, null);
        }
        JsonNode requestId = response.get("RequestId");
        String requestIdText = requestId != null && requestId.isTextual() && !requestId.asText().isEmpty()
                ? requestId.asText() : null;
        JsonNode error = response.get("Error");
        if (error != null && !error.isNull()) {
            JsonNode code = error.isObject() ? error.get("Code") : null;
            if (code == null || !code.isTextual() || code.asText().isEmpty()) {
                throw answer.protocol(ProtocolException.Kind.MALFORMED_ERROR, null, null);
            }
            JsonNode message = error.get("Message");
            String rawCode = code.asText();
            ServiceException.Details details = new ServiceException.Details(action, rawCode,
                    // The server's text can echo what it was sent: keep secrets out of messages.
                    message != null && message.isValueNode() ? redactor.redact(message.asText(), credentials, requestSecrets) : null, requestIdText, status,
                    RetryRules.isRetryable(service.errorKind(rawCode), idempotent), null);
            ServiceException typed = service.serviceException(details);
            throw typed != null ? typed : ServiceException.of(details);
        }
        if (status != 200) {
            throw answer.protocol(ProtocolException.Kind.HTTP_STATUS, "no Response.Error", null);
        }
        if (requestIdText == null) {
            throw answer.protocol(ProtocolException.Kind.MISSING_REQUEST_ID, null, null);
        }
        try {
            T value = mapper.treeToValue(response, type);
            if (value == null) {
                throw answer.protocol(ProtocolException.Kind.MISSING_RESPONSE, null, null);
            }
            return value;
        } catch (JsonMappingException e) {
            throw answer.protocol(ProtocolException.Kind.WRONG_FIELD_TYPE, "at Response" + path(e) + expected(e), null);
        } catch (SdkException e) {
            throw e;
        } catch (JacksonException e) {
            throw answer.protocol(ProtocolException.Kind.WRONG_FIELD_TYPE, e.getClass().getSimpleName(), null);
        } catch (RuntimeException e) {
            throw answer.protocol(ProtocolException.Kind.WRONG_FIELD_TYPE, e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Where the JSON broke, never what it said there: Jackson's own messages quote the input, which
     * may hold a secret (or a fragment of one that redaction would not recognise).
     */
    private static String syntaxDetail(JacksonException e) {
        String what;
        if (e instanceof JsonEOFException) {
            what = "JSON ends early";
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            what = "duplicate key";
        } else {
            what = "invalid JSON";
        }
        JsonLocation location = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
        return location == null || location.getLineNr() < 0 ? what
                : what + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The type the API has at the failing place, without the value that arrived. */
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

    /** One answer being read, for building exceptions. */
    private final class Answer {
        private final String action;
        private final boolean idempotent;
        private final int status;
        private final String contentType;
        private final byte[] body;
        private final Credentials credentials;
        private final List<String> requestSecrets;

        Answer(String action, boolean idempotent, int status, String contentType, byte[] body, Credentials credentials,
                List<String> requestSecrets) {
            this.action = action;
            this.idempotent = idempotent;
            this.status = status;
            this.contentType = contentType;
            this.body = body;
            this.credentials = credentials;
            this.requestSecrets = requestSecrets;
        }

        ProtocolException protocol(ProtocolException.Kind kind, String detail, Throwable cause) {
            return new ProtocolException(kind, action, status, contentType,
                    redactor.preview(body, PREVIEW_BYTES, credentials, requestSecrets),
                    detail == null ? null : redactor.redact(detail, credentials, requestSecrets),
                    kind == ProtocolException.Kind.HTTP_STATUS && RetryRules.isRetryableStatus(status, idempotent),
                    cause);
        }
    }
}
