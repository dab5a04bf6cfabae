package dev.clssdk.core.internal.http;

import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.client.CallContext;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP side of every action of a service: an action is a signed {@code POST /} whose JSON body
 * is the request and whose {@code X-TC-Action} header names the action, so one request shape
 * serves them all and no per-action interface, proxy or reflection is needed. A request is
 * written by {@link StructJson#toJson}, without Jackson (another type by the parser's mapper). A
 * successful answer was parsed by the {@link ResponseGuardInterceptor}, which knows the attempt's
 * credentials, and waits on the attempt's {@link CallContext}; an answer that did not pass through
 * it (an interceptor of a caller's OkHttp client answered on its own) is parsed here.
 */
public final class ActionCalls {
    private final HttpUrl endpoint;
    private final String apiVersion;
    private final EnvelopeParser parser;
    private final long maxResponseBytes;

    /**
     * @param endpoint the service's base URL
     * @param apiVersion the {@code X-TC-Version} header value
     * @param parser reads answers and writes types that are not generated
     * @param maxResponseBytes the largest body accepted
     */
    public ActionCalls(HttpUrl endpoint, String apiVersion, EnvelopeParser parser, long maxResponseBytes) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * The HTTP request of one attempt, unsigned (the signing interceptor signs it).
     *
     * @param request the action's request
     * @param context the attempt, carried by the request's body (see {@link JsonBody#context})
     * @return the request
     * @throws IOException if the request cannot be written as JSON
     */
    public Request request(Object request, CallContext context) throws IOException {
        byte[] json;
        try {
            json = request instanceof Struct ? StructJson.toJson((Struct) request)
                    : DatabindJson.write(parser.mapper(), request);
        } catch (IOException e) {
            throw new IOException("cannot serialize " + request.getClass().getSimpleName(), e);
        }
        return new Request.Builder()
                .url(endpoint)
                .header("X-TC-Action", context.operation().action())
                .header("X-TC-Version", apiVersion)
                .post(new JsonBody(json, context))
                .build();
    }

    /**
     * The answer of a completed attempt.
     *
     * @param <O> the response type
     * @param responseType the response class
     * @param response what OkHttp returned; closed here
     * @param context the attempt
     * @return the response
     * @throws IOException if reading a body that the guard did not read fails
     * @throws dev.clssdk.core.SdkException the typed failure of an answer that is not a response
     */
    public <O> O answer(Class<O> responseType, Response response, CallContext context) throws IOException {
        try (ResponseBody body = response.body()) {
            Object answer = context.answer();
            if (answer != null) {
                return responseType.cast(answer);
            }
            String action = context.operation().action();
            MediaType mediaType = body == null ? null : body.contentType();
            String contentType = mediaType == null ? null : mediaType.toString();
            byte[] bytes = body == null ? new byte[0] : BoundedBody.read(body, maxResponseBytes);
            if (bytes == null) {
                throw new ProtocolException(ProtocolException.Kind.BODY_TOO_LARGE, action, response.code(),
                        contentType, "", "over " + maxResponseBytes + " bytes", false, null);
            }
            return parser.parse(action, context.operation().isIdempotent(), responseType, response.code(), contentType,
                    bytes, null);
        }
    }
}
