package dev.clssdk.core.internal.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.clssdk.core.Operation;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Headers;

/**
 * Retrofit converters for every action of a service's {@link ServiceMetadata}: requests become a
 * {@link JsonBody} (a generated type written by {@link StructJson} on jackson-core, another type by
 * the parser's mapper). Answers of calls made through the client are parsed by the
 * {@link ResponseGuardInterceptor}, which knows the call's credentials, and reach this converter as
 * an empty body: it then yields {@code null} and the executor takes the response from the call's
 * {@link dev.clssdk.core.client.CallContext}. Any other answer is unwrapped from
 * {@code {"Response": ...}} by the {@link EnvelopeParser} here (redacting by patterns only). Driven
 * by the generated metadata only: a new action needs no change here.
 */
public final class EnvelopeConverterFactory extends Converter.Factory {
    private final EnvelopeParser parser;
    private final long maxResponseBytes;
    private final Map<Type, Operation<?, ?>> byRequestType = new HashMap<>();
    private final Map<Type, Operation<?, ?>> byResponseType = new HashMap<>();
    private final Map<String, Operation<?, ?>> byAction = new HashMap<>();

    /**
     * @param parser reads answers
     * @param maxResponseBytes the largest body accepted
     * @param service whose request and response types are converted
     */
    public EnvelopeConverterFactory(EnvelopeParser parser, long maxResponseBytes, ServiceMetadata service) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.maxResponseBytes = maxResponseBytes;
        for (Operation<?, ?> operation : service.operations()) {
            byRequestType.put(operation.requestType(), operation);
            byResponseType.put(operation.responseType(), operation);
            byAction.put(operation.action(), operation);
        }
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
            Annotation[] methodAnnotations, Retrofit retrofit) {
        if (!byRequestType.containsKey(type)) {
            return null;
        }
        return value -> {
            try {
                return new JsonBody(value instanceof Struct ? write((Struct) value)
                        : DatabindJson.write(parser.mapper(), value));
            } catch (JsonProcessingException e) {
                throw new IOException("cannot serialize " + value.getClass().getSimpleName(), e);
            }
        };
    }

    /** A generated type's JSON, the bytes the mapper wrote for it, on jackson-core alone. */
    private static byte[] write(Struct value) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (JsonGenerator generator = EnvelopeParser.jsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            StructJson.write(generator, value);
        }
        return bytes.toByteArray();
    }

    /**
     * The operation of a Retrofit method: by the {@code X-TC-Action} its {@code @Headers} declare
     * (two actions may share a response type), else by its response type.
     */
    private Operation<?, ?> operationOf(Annotation[] annotations, Type type) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Headers) {
                for (String header : ((Headers) annotation).value()) {
                    int colon = header.indexOf(':');
                    if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("X-TC-Action")) {
                        Operation<?, ?> operation = byAction.get(header.substring(colon + 1).trim());
                        if (operation != null && operation.responseType() == type) {
                            return operation;
                        }
                    }
                }
            }
        }
        return byResponseType.get(type);
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Operation<?, ?> operation = operationOf(annotations, type);
        if (operation == null) {
            return null;
        }
        Class<?> responseType = operation.responseType();
        return body -> {
            MediaType mediaType = body.contentType();
            String contentType = mediaType == null ? null : mediaType.toString();
            byte[] bytes = BoundedBody.read(body, maxResponseBytes);
            if (bytes == null) {
                // Retrofit only calls a converter for 2xx answers; the client's guard has already rejected the rest.
                throw new ProtocolException(ProtocolException.Kind.BODY_TOO_LARGE, operation.action(), 200,
                        contentType, "", "over " + maxResponseBytes + " bytes", false, null);
            }
            if (bytes.length == 0 && body.contentLength() == 0) {
                return null; // parsed by the response guard; the answer is on the call's context
            }
            return parser.parse(operation.action(), operation.isIdempotent(), responseType, 200, contentType, bytes, null);
        };
    }
}
