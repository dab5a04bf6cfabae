package dev.clssdk.core.internal.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.internal.retry.RetryRules;
import dev.clssdk.core.shape.Schema;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.IOException;
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
 *
 * <p>Generated types ({@link Struct}) are read on jackson-core's streaming parser alone: one pass
 * checks the whole document (syntax, duplicate keys, trailing tokens) and finds
 * {@code Response.Error} and {@code Response.RequestId}, a second reads {@code Response} by the
 * type's {@link Schema}. Jackson databind, whose mapper takes long to build and load, is used only
 * for other types (hand-written shapes), and built on first use. Both read an answer the same
 * way, as the mapper's {@code readTree} and {@code treeToValue} did.
 */
public final class EnvelopeParser {
    private static final int PREVIEW_BYTES = 200;

    /** The streaming parser's settings: a duplicate key in any object is malformed, as for the mapper. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private volatile ObjectMapper mapper;
    private final Redactor redactor;
    private final ServiceMetadata service;

    /**
     * @param mapper the mapper for types other than generated ones, see {@link #newMapper()}
     * @param redactor removes secrets from body previews and server messages
     * @param service turns error codes into the service's typed exceptions
     */
    public EnvelopeParser(ObjectMapper mapper, Redactor redactor, ServiceMetadata service) {
        this(redactor, service);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A parser whose mapper (for types other than generated ones) is {@link #newMapper()}, built
     * when first needed.
     *
     * @param redactor removes secrets from body previews and server messages
     * @param service turns error codes into the service's typed exceptions
     */
    public EnvelopeParser(Redactor redactor, ServiceMetadata service) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * The streaming JSON factory used for generated types.
     *
     * @return the factory; strict about duplicate keys
     */
    public static JsonFactory jsonFactory() {
        return JSON;
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
        return DatabindJson.newMapper();
    }

    /**
     * The mapper, for types other than generated ones; built on first use if none was given.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        ObjectMapper current = mapper;
        if (current == null) {
            synchronized (this) {
                current = mapper;
                if (current == null) {
                    current = newMapper();
                    mapper = current;
                }
            }
        }
        return current;
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
        Envelope envelope;
        try {
            envelope = Envelope.scan(body);
        } catch (JacksonException e) {
            // An answer other than 200 that is not JSON (a gateway's HTML page) needs no parser detail.
            throw answer.protocol(status == 200 ? ProtocolException.Kind.MALFORMED_JSON
                    : ProtocolException.Kind.HTTP_STATUS, status == 200 ? syntaxDetail(e) : "not JSON", null);
        } catch (IOException | RuntimeException e) {
            throw answer.protocol(ProtocolException.Kind.MALFORMED_JSON, e.getClass().getSimpleName(), e);
        }
        if (!envelope.responseIsObject) {
            throw answer.protocol(status == 200 ? ProtocolException.Kind.MISSING_RESPONSE
                    : ProtocolException.Kind.HTTP_STATUS, null, null);
        }
        String requestIdText = envelope.requestId != null && !envelope.requestId.isEmpty() ? envelope.requestId : null;
        if (envelope.errorPresent) {
            String rawCode = envelope.errorCode;
            if (rawCode == null || rawCode.isEmpty()) {
                throw answer.protocol(ProtocolException.Kind.MALFORMED_ERROR, null, null);
            }
            ServiceException.Details details = new ServiceException.Details(action, rawCode,
                    // The server's text can echo what it was sent: keep secrets out of messages.
                    envelope.errorMessage != null ? redactor.redact(envelope.errorMessage, credentials, requestSecrets) : null,
                    requestIdText, status, RetryRules.isRetryable(service.errorKind(rawCode), idempotent), null);
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
            T value = Struct.class.isAssignableFrom(type) ? readStruct(body, type)
                    : DatabindJson.readResponse(mapper(), body, type);
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
        } catch (IOException | RuntimeException e) {
            throw answer.protocol(ProtocolException.Kind.WRONG_FIELD_TYPE, e.getClass().getSimpleName(), e);
        }
    }

    /** The second pass: {@code Response} (an object, the first pass found) read by the type's schema. */
    private static <T> T readStruct(byte[] body, Class<T> type) throws IOException {
        Schema<? extends Struct> schema = Schema.of(type.asSubclass(Struct.class));
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken(); // the root object
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean response = "Response".equals(parser.currentName());
                parser.nextToken();
                if (response) {
                    return type.cast(StructJson.read(parser, null, schema));
                }
                parser.skipChildren();
            }
        }
        return null;
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

    /**
     * The first pass over an answer: reads the whole document as the mapper's {@code readTree} did
     * (every value materialized, so the same limits apply; duplicate keys and trailing tokens
     * refused), keeping what decides the outcome: whether {@code Response} is an object, its
     * {@code RequestId} and its {@code Error}.
     */
    private static final class Envelope {
        boolean responseIsObject;
        /** The text of a string {@code Response.RequestId}, else {@code null}. */
        String requestId;
        /** {@code Response.Error} is there and not {@code null}. */
        boolean errorPresent;
        /** The text of a string {@code Code} of an object {@code Error}, else {@code null}. */
        String errorCode;
        /** {@code Error.Message} as the tree's {@code asText()} gave it for a scalar, else {@code null}. */
        String errorMessage;

        static Envelope scan(byte[] body) throws IOException {
            Envelope envelope = new Envelope();
            try (JsonParser parser = JSON.createParser(body)) {
                JsonToken root = parser.nextToken();
                if (root == null) {
                    return envelope; // no content: the tree's missing node, which has no Response
                }
                if (root == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        boolean response = "Response".equals(parser.currentName());
                        if (parser.nextToken() == JsonToken.START_OBJECT && response) {
                            envelope.responseIsObject = true;
                            envelope.readResponse(parser);
                        } else {
                            consume(parser);
                        }
                    }
                } else {
                    consume(parser);
                }
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    // The mapper's own error for FAIL_ON_TRAILING_TOKENS, at the same place.
                    throw MismatchedInputException.from(parser, Object.class, "Trailing token (of type " + trailing
                            + ") found after value: not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
                }
            }
            return envelope;
        }

        private void readResponse(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("RequestId".equals(name) && value == JsonToken.VALUE_STRING) {
                    requestId = parser.getText();
                } else if ("Error".equals(name) && value != JsonToken.VALUE_NULL) {
                    errorPresent = true;
                    if (value == JsonToken.START_OBJECT) {
                        readError(parser);
                    } else {
                        consume(parser);
                    }
                } else {
                    consume(parser);
                }
            }
        }

        private void readError(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("Code".equals(name) && value == JsonToken.VALUE_STRING) {
                    errorCode = parser.getText();
                } else if ("Message".equals(name) && value.isScalarValue()) {
                    errorMessage = scalarText(parser, value);
                } else {
                    consume(parser);
                }
            }
        }

        /** A scalar as a tree node's {@code asText()} shows it. */
        private static String scalarText(JsonParser parser, JsonToken token) throws IOException {
            switch (token) {
                case VALUE_STRING:
                    return parser.getText();
                case VALUE_NUMBER_INT:
                    return parser.getNumberValue().toString(); // Integer, Long or BigInteger, as the tree's nodes
                case VALUE_NUMBER_FLOAT:
                    return Double.toString(parser.getDoubleValue());
                case VALUE_TRUE:
                    return "true";
                case VALUE_FALSE:
                    return "false";
                default:
                    return "null";
            }
        }

        /** Reads the current value whole, materializing every scalar as the tree did. */
        private static void consume(JsonParser parser) throws IOException {
            int depth = 0;
            JsonToken token = parser.currentToken();
            while (true) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_STRING -> parser.getText();
                    case VALUE_NUMBER_INT -> parser.getNumberValue();
                    case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                    default -> {
                    }
                }
                if (depth == 0) {
                    return;
                }
                token = parser.nextToken();
                if (token == null) {
                    return; // cannot happen: the parser reports a document that ends early
                }
            }
        }
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
