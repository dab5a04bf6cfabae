package dev.clssdk.core.internal.http;

import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.internal.json.JsonReader;
import dev.clssdk.core.internal.json.JsonSyntaxException;
import dev.clssdk.core.internal.json.JsonTypeException;
import dev.clssdk.core.internal.retry.RetryRules;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Turns the bytes of an HTTP response into the response object or a typed exception.
 *
 * <p>A response is {@code {"Response": {...}}}. With {@code Response.Error} it becomes a
 * {@link ServiceException}; without it, {@code Response} (which must carry a {@code RequestId}
 * string) is read as the action's response type, ignoring unknown fields. Anything else becomes a
 * {@link ProtocolException} that says what arrived. No runtime exception of a JSON library
 * escapes, and none is kept as a cause: their messages quote the input.
 *
 * <p>Generated types ({@link Struct}) are read on the SDK's own {@link JsonReader}, with no JSON
 * library: one pass checks the whole document (syntax, duplicate keys, trailing tokens) and finds
 * {@code Response.Error} and {@code Response.RequestId}, a second reads {@code Response} by the
 * type's schema ({@link StructJson#readMember}). Other types (hand-written shapes) are read by
 * Jackson databind when the application has it ({@link DatabindJson}, loaded only for them).
 */
public final class EnvelopeParser {
    private static final int PREVIEW_BYTES = 200;

    private final Redactor redactor;
    private final ServiceMetadata service;

    /**
     * A parser.
     *
     * @param redactor removes secrets from body previews and server messages
     * @param service turns error codes into the service's typed exceptions
     */
    public EnvelopeParser(Redactor redactor, ServiceMetadata service) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * Reads a response.
     *
     * @param <T> the response type
     * @param action the action called
     * @param idempotent whether the action is idempotent (decides what is retryable)
     * @param type the response type: the content of the envelope
     * @param status the HTTP status
     * @param contentType the {@code Content-Type} received, may be {@code null}
     * @param body the whole body
     * @param credentials the credentials the call was signed with (masked in any text taken from the
     *     response), or {@code null} if unknown
     * @return the response
     * @throws ServiceException for an error envelope
     * @throws ProtocolException for anything malformed, and for a status other than 200 without an error envelope
     */
    public <T> T parse(String action, boolean idempotent, Class<T> type, int status, String contentType, byte[] body,
            Credentials credentials) {
        return parse(action, idempotent, type, status, contentType, body, credentials, null);
    }

    /**
     * Reads a response, knowing the request it answers.
     *
     * @param <T> the response type
     * @param action the action called
     * @param idempotent whether the action is idempotent (decides what is retryable)
     * @param type the response type: the content of the envelope
     * @param status the HTTP status
     * @param contentType the {@code Content-Type} received, may be {@code null}
     * @param body the whole body
     * @param credentials the credentials the call was signed with (masked in any text taken from the
     *     response), or {@code null} if unknown
     * @param requestJson the request body as sent: the values of its sensitive members are masked in any text
     *     taken from the response (looked for only when such a text is made), may be {@code null}
     * @return the response
     * @throws ServiceException for an error envelope
     * @throws ProtocolException for anything malformed, and for a status other than 200 without an error envelope
     */
    public <T> T parse(String action, boolean idempotent, Class<T> type, int status, String contentType, byte[] body,
            Credentials credentials, byte[] requestJson) {
        ReceivedResponse received = new ReceivedResponse(action, idempotent, status, contentType, body, credentials,
                requestJson);
        if (body.length == 0) {
            throw received.protocol(status == 200 ? ProtocolException.Kind.EMPTY_BODY
                    : ProtocolException.Kind.HTTP_STATUS, null, null);
        }
        Envelope envelope;
        try {
            envelope = Envelope.scan(body);
        } catch (JsonSyntaxException e) {
            // A response other than 200 that is not JSON (a gateway's HTML page) needs no parser detail.
            throw received.protocol(status == 200 ? ProtocolException.Kind.MALFORMED_JSON
                    : ProtocolException.Kind.HTTP_STATUS, status == 200 ? syntaxDetail(e) : "not JSON", null);
        } catch (RuntimeException e) {
            throw received.protocol(ProtocolException.Kind.MALFORMED_JSON, e.getClass().getSimpleName(), e);
        }
        if (!envelope.responseIsObject) {
            throw received.protocol(status == 200 ? ProtocolException.Kind.MISSING_RESPONSE
                    : ProtocolException.Kind.HTTP_STATUS, null, null);
        }
        String requestIdText = envelope.requestId != null && !envelope.requestId.isEmpty() ? envelope.requestId : null;
        if (envelope.errorPresent) {
            String rawCode = envelope.errorCode;
            if (rawCode == null || rawCode.isEmpty()) {
                throw received.protocol(ProtocolException.Kind.MALFORMED_ERROR, null, null);
            }
            ServiceException.Details details = new ServiceException.Details(action, rawCode,
                    // The server's text can echo what it was sent: keep secrets out of messages.
                    envelope.errorMessage != null ? received.redact(envelope.errorMessage) : null,
                    requestIdText, status, RetryRules.isRetryable(service.errorKind(rawCode), idempotent), null);
            ServiceException typed = service.serviceException(details);
            throw typed != null ? typed : ServiceException.of(details);
        }
        if (status != 200) {
            throw received.protocol(ProtocolException.Kind.HTTP_STATUS, "no Response.Error", null);
        }
        if (requestIdText == null) {
            throw received.protocol(ProtocolException.Kind.MISSING_REQUEST_ID, null, null);
        }
        try {
            T value = Struct.class.isAssignableFrom(type)
                    ? type.cast(StructJson.readMember(body, "Response", type.asSubclass(Struct.class)))
                    : DatabindJson.readResponse(body, type);
            if (value == null) {
                throw received.protocol(ProtocolException.Kind.MISSING_RESPONSE, null, null);
            }
            return value;
        } catch (JsonTypeException e) {
            throw received.protocol(ProtocolException.Kind.WRONG_FIELD_TYPE,
                    "at Response" + e.path() + ": expected " + e.expected(), null);
        } catch (DatabindJson.Mismatch e) {
            throw received.protocol(ProtocolException.Kind.WRONG_FIELD_TYPE, e.getMessage(), null);
        } catch (SdkException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw received.protocol(ProtocolException.Kind.WRONG_FIELD_TYPE, e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Where the JSON broke, never what it said there: the text may hold a secret (or a fragment of
     * one that redaction would not recognise).
     */
    private static String syntaxDetail(JsonSyntaxException e) {
        String what = switch (e.kind()) {
            case ENDS_EARLY -> "JSON ends early";
            case DUPLICATE_KEY -> "duplicate key";
            default -> "invalid JSON";
        };
        return e.line() < 0 ? what : what + " at line " + e.line() + ", column " + e.column();
    }

    /** The type the API has at the failing place, without the value that arrived. */

    /**
     * The first pass over a response: reads the whole document as the mapper's {@code readTree} did
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

        static Envelope scan(byte[] body) throws JsonSyntaxException {
            Envelope envelope = new Envelope();
            JsonReader reader = new JsonReader(body);
            JsonReader.Token root = reader.next();
            if (root == null) {
                return envelope; // no content: the tree's missing node, which has no Response
            }
            if (root == JsonReader.Token.START_OBJECT) {
                while (reader.next() == JsonReader.Token.FIELD_NAME) {
                    boolean response = "Response".equals(reader.text());
                    if (reader.next() == JsonReader.Token.START_OBJECT && response) {
                        envelope.responseIsObject = true;
                        envelope.readResponse(reader);
                    } else {
                        reader.skipChildren();
                    }
                }
            } else {
                reader.skipChildren();
            }
            if (reader.next() != null) {
                // The mapper refused trailing tokens (FAIL_ON_TRAILING_TOKENS), placed at the token's start.
                throw JsonSyntaxException.at(JsonSyntaxException.Kind.SYNTAX, "trailing token after the value",
                        reader.tokenLine(), reader.tokenColumn());
            }
            return envelope;
        }

        private void readResponse(JsonReader reader) throws JsonSyntaxException {
            while (reader.next() == JsonReader.Token.FIELD_NAME) {
                String name = reader.text();
                JsonReader.Token value = reader.next();
                if ("RequestId".equals(name) && value == JsonReader.Token.STRING) {
                    requestId = reader.text();
                } else if ("Error".equals(name) && value != JsonReader.Token.NULL) {
                    errorPresent = true;
                    if (value == JsonReader.Token.START_OBJECT) {
                        readError(reader);
                    } else {
                        reader.skipChildren();
                    }
                } else {
                    reader.skipChildren();
                }
            }
        }

        private void readError(JsonReader reader) throws JsonSyntaxException {
            while (reader.next() == JsonReader.Token.FIELD_NAME) {
                String name = reader.text();
                JsonReader.Token value = reader.next();
                if ("Code".equals(name) && value == JsonReader.Token.STRING) {
                    errorCode = reader.text();
                } else if ("Message".equals(name) && value.isScalar()) {
                    errorMessage = scalarText(reader, value);
                } else {
                    reader.skipChildren();
                }
            }
        }

        /** A scalar as a tree node's {@code asText()} shows it. */
        private static String scalarText(JsonReader reader, JsonReader.Token token) {
            return switch (token) {
                case STRING -> reader.text();
                case NUMBER_INT -> reader.integerValue().toString(); // Integer, Long or BigInteger, as the tree's nodes
                case NUMBER_FLOAT -> Double.toString(reader.doubleValue());
                case TRUE -> "true";
                case FALSE -> "false";
                default -> "null";
            };
        }
    }

    /** One response being read, for building exceptions. */
    private final class ReceivedResponse {
        private final String action;
        private final boolean idempotent;
        private final int status;
        private final String contentType;
        private final byte[] body;
        private final Credentials credentials;
        private final byte[] requestJson;

        ReceivedResponse(String action, boolean idempotent, int status, String contentType, byte[] body, Credentials credentials,
                byte[] requestJson) {
            this.action = action;
            this.idempotent = idempotent;
            this.status = status;
            this.contentType = contentType;
            this.body = body;
            this.credentials = credentials;
            this.requestJson = requestJson;
        }

        String redact(String text) {
            return redactor.redact(text, credentials, redactor.sensitiveValues(requestJson));
        }

        ProtocolException protocol(ProtocolException.Kind kind, String detail, Throwable cause) {
            List<String> requestSecrets = redactor.sensitiveValues(requestJson);
            return ProtocolException.builder(kind, action).httpStatus(status).contentType(contentType)
                    .bodyPreview(redactor.preview(body, PREVIEW_BYTES, credentials, requestSecrets))
                    .detail(detail == null ? null : redactor.redact(detail, credentials, requestSecrets))
                    .retryable(kind == ProtocolException.Kind.HTTP_STATUS && RetryRules.isRetryableStatus(status, idempotent))
                    .cause(cause).build();
        }
    }
}
