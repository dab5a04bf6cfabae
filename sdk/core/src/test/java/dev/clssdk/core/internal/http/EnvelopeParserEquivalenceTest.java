package dev.clssdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.clssdk.core.Operation;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ServiceException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.client.ErrorKind;
import dev.clssdk.core.client.ServiceMetadata;
import dev.clssdk.core.internal.retry.RetryRules;
import dev.clssdk.core.shape.Filter;
import dev.clssdk.core.shape.Reply;
import dev.clssdk.core.shape.Widget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of generated types decides every answer exactly as the databind tree
 * ({@code readTree} + {@code treeToValue}) did before it: the same value, or the same exception
 * with the same message, for well-formed and malformed answers, error envelopes, wrong types and
 * every status. The reference below is the tree-based parser as it was.
 */
class EnvelopeParserEquivalenceTest {
    private static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLEsecretid", "SecretKeyExampleValue123");
    private static final List<String> REQUEST_SECRETS = List.of("cos/secret/path");

    private static final ServiceMetadata SERVICE = new ServiceMetadata() {
        @Override
        public String serviceName() {
            return "demo";
        }

        @Override
        public String apiVersion() {
            return "2001-02-03";
        }

        @Override
        public String defaultHost() {
            return "demo.example.com";
        }

        @Override
        public int specRevision() {
            return 1;
        }

        @Override
        public List<Operation<?, ?>> operations() {
            return List.of();
        }

        @Override
        public Set<String> sensitiveFields() {
            return Set.of("CosPath");
        }

        @Override
        public ErrorKind errorKind(String rawCode) {
            return rawCode.startsWith("RequestLimitExceeded") ? ErrorKind.THROTTLING
                    : rawCode.startsWith("InternalError") ? ErrorKind.TRANSIENT : ErrorKind.OTHER;
        }

        @Override
        public ServiceException serviceException(ServiceException.Details details) {
            return null;
        }
    };

    private final Redactor redactor = new Redactor(Set.of("CosPath"), List.of("proxy-pass"));
    private final EnvelopeParser streaming = new EnvelopeParser(redactor, SERVICE);
    private final TreeReference tree = new TreeReference(EnvelopeParser.newMapper(), redactor, SERVICE);

    private static final List<String> RESPONSES = List.of(
            // success, and what a success may hold
            "{\"Response\":{\"RequestId\":\"r1\"}}",
            "{\"Response\":{\"Id\":\"a\",\"Count\":5,\"Small\":7,\"Ratio\":0.5,\"On\":true,\"Color\":\"RED\",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Names\":[\"x\",null,\"y\"],\"Filters\":[{\"Name\":\"n\",\"Grid\":[[1,2],[3]]}],\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Next\":{\"Next\":{\"Id\":\"deep\"}},\"Unknown\":{\"a\":[1,{\"b\":null}]},\"RequestId\":\"r\"}}",
            "{\"Other\":1,\"Response\":{\"RequestId\":\"r\",\"Id\":null,\"Names\":null},\"After\":[true]}",
            "{\"Response\":{\"Count\":9007199254740993,\"Ratio\":1e300,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Ratio\":5,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"CosPath\":\"cos/secret/path\",\"RequestId\":\"r\"}}",
            "  \n{\"Response\":{\"RequestId\":\"r\"}}\n  ",
            // wrong types, at paths
            "{\"Response\":{\"Id\":123,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Count\":\"5\",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Count\":1.5,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Count\":123456789012345678901234567890,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Small\":3000000000,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"On\":0,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"On\":\"true\",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Color\":7,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Ratio\":\"0.5\",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Names\":\"x\",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Names\":[\"x\",1],\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Filters\":[{\"Name\":\"n\"},{\"Name\":\"m\",\"Grid\":[[1],[\"2\"]]}],\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Filters\":[{\"Size\":5}],\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Filters\":[{\"Name\":\"n\",\"Size\":500}],\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Next\":[],\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Next\":{\"Count\":true},\"RequestId\":\"r\"}}",
            // RequestId
            "{\"Response\":{}}",
            "{\"Response\":{\"RequestId\":\"\"}}",
            "{\"Response\":{\"RequestId\":5}}",
            "{\"Response\":{\"RequestId\":null}}",
            "{\"Response\":{\"RequestId\":{\"a\":1}}}",
            // error envelopes
            "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\"bad\"},\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"},\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\"},\"RequestId\":\"\"}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":null}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":42}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":12345678901234}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":123456789012345678901234567890}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":1.5e10}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":-0.0}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":1e400}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":false}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":[\"a\"]}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":{\"a\":\"b\"}}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Message\":\"key SecretKeyExampleValue123 and cos/secret/path\"}}}",
            "{\"Response\":{\"Error\":{\"Code\":\"\"},\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":{\"Code\":5},\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":{},\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":\"oops\",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":[],\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":null,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\"},\"Id\":5,\"RequestId\":\"r\"}}",
            // no Response object
            "{}",
            "{\"Response\":null}",
            "{\"Response\":[]}",
            "{\"Response\":\"x\"}",
            "{\"response\":{\"RequestId\":\"r\"}}",
            "[]",
            "[{\"Response\":{\"RequestId\":\"r\"}}]",
            "null",
            "5",
            "\"text\"",
            "   ",
            // malformed
            "{\"Response\":{\"RequestId\":\"r\"}",
            "{\"Response\":{\"RequestId\":\"r\"}} <html>",
            "{\"Response\":{\"RequestId\":\"r\"}} {\"Response\":{}}",
            "{\"Response\":{\"RequestId\":\"r\"}} 5",
            "5 6",
            "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"},\"RequestId\":\"r1\"},"
                    + "\"Response\":{\"RequestId\":\"r2\"}}",
            "{\"Response\":{\"Id\":\"a\",\"Id\":\"b\",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Unknown\":{\"a\":1,\"a\":2},\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Error\":{\"Code\":\"X\",\"Code\":\"Y\"}}}",
            "<html><body>502 Bad Gateway SecretKeyExampleValue123</body></html>",
            "{\"Response\":{\"RequestId\":'r'}}",
            "{\"Response\":{\"RequestId\":\"r\",}}",
            "{\"Response\":{\"Count\":01,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Count\":NaN,\"RequestId\":\"r\"}}",
            "{\"Response\":{\"RequestId\":\"r\\q\"}}",
            "{\"Response\":{\"RequestId\":\"r\"}}\u0000",
            "{\"Response\":{\"Names\":[\"x\",]}}",
            "{\"Response\":" + "[".repeat(1500) + "]".repeat(1500) + "}",
            "{\"Response\":{\"Count\":1" + "0".repeat(1200) + ",\"RequestId\":\"r\"}}",
            "{\"Response\":{\"Ratio\":1." + "0".repeat(1200) + ",\"RequestId\":\"r\"}}",
            "{\"Resp");

    @Test
    void everyAnswerReadsAsTheDatabindTreeReadIt() {
        List<String> differences = new ArrayList<>();
        for (String body : RESPONSES) {
            for (int status : new int[] {200, 400, 500, 503}) {
                for (Class<?> type : List.of(Reply.class, Filter.class, Widget.class)) {
                    String expected = outcome(() -> tree.parse("Demo", true, type, status, "application/json",
                            body.getBytes(StandardCharsets.UTF_8), CREDENTIALS, REQUEST_SECRETS));
                    String actual = outcome(() -> streaming.parse("Demo", true, type, status, "application/json",
                            body.getBytes(StandardCharsets.UTF_8), CREDENTIALS, REQUEST_SECRETS));
                    if (!expected.equals(actual)) {
                        differences.add(status + " " + type.getSimpleName() + " " + abbreviate(body) + "\n  tree:      "
                                + expected + "\n  streaming: " + actual);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theMapperIsNotBuiltForGeneratedTypes() {
        EnvelopeParser parser = new EnvelopeParser(redactor, SERVICE);
        parser.parse("Demo", true, Reply.class, 200, null,
                "{\"Response\":{\"Id\":\"a\",\"RequestId\":\"r\"}}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(parser).extracting("mapper").isNull();
    }

    @Test
    void aGeneratedRequestIsWrittenToTheBytesTheMapperWrote() throws Exception {
        Operation<Widget, Reply> demo = Operation.of("Demo", true, 0, Set.of());
        ServiceMetadata service = new DelegatingService(SERVICE, List.of(demo));
        ActionCalls calls = new ActionCalls(new EnvelopeParser(redactor, service));
        Widget child = Widget.builder().name("ch").size(2).build();
        List<Widget> widgets = List.of(
                Widget.builder().name("ab").size(1).build(),
                Widget.builder().name("a\u00e9\"\n").size(100).low(-5).high(7).ratio(0.125).on(false)
                        .color(Widget.Color.BLUE).tags(List.of("t1", "\u4e2d\u6587")).children(List.of(child, child))
                        .secret("s3\u2028cr\t3t\u0001").build(),
                Widget.builder().name("zz").size(3).ratio(1e-7).color("red").tags(List.of()).build());
        ObjectMapper mapper = EnvelopeParser.newMapper();
        for (Widget widget : widgets) {
            byte[] written = calls.body(demo, widget);
            assertThat(new String(written, StandardCharsets.UTF_8))
                    .isEqualTo(new String(mapper.writeValueAsBytes(widget), StandardCharsets.UTF_8));
        }
    }

    /** A service with the given operations. */
    private static final class DelegatingService implements ServiceMetadata {
        private final ServiceMetadata delegate;
        private final List<Operation<?, ?>> operations;

        DelegatingService(ServiceMetadata delegate, List<Operation<?, ?>> operations) {
            this.delegate = delegate;
            this.operations = operations;
        }

        @Override
        public String serviceName() {
            return delegate.serviceName();
        }

        @Override
        public String apiVersion() {
            return delegate.apiVersion();
        }

        @Override
        public String defaultHost() {
            return delegate.defaultHost();
        }

        @Override
        public int specRevision() {
            return delegate.specRevision();
        }

        @Override
        public List<Operation<?, ?>> operations() {
            return operations;
        }

        @Override
        public Set<String> sensitiveFields() {
            return delegate.sensitiveFields();
        }

        @Override
        public ErrorKind errorKind(String rawCode) {
            return delegate.errorKind(rawCode);
        }

        @Override
        public ServiceException serviceException(ServiceException.Details details) {
            return delegate.serviceException(details);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "..." : body;
    }

    private static String outcome(java.util.concurrent.Callable<Object> parse) {
        try {
            Object value = parse.call();
            return "value " + value.getClass().getSimpleName() + " " + value;
        } catch (ProtocolException e) {
            return "ProtocolException " + e.kind() + " retryable=" + e.isRetryable() + " " + e.getMessage()
                    + " cause=" + (e.getCause() == null ? null : e.getCause().getClass().getName());
        } catch (ServiceException e) {
            return e.getClass().getSimpleName() + " " + e.rawCode() + " " + e.errorMessage() + " " + e.requestId()
                    + " " + e.httpStatus() + " retryable=" + e.isRetryable() + " " + e.getMessage();
        } catch (Exception e) {
            return e.getClass().getName() + " " + e.getMessage();
        }
    }

    /** The parser as it was before generated types were read by streaming: databind's tree, then treeToValue. */
    private static final class TreeReference {
        private static final int PREVIEW_BYTES = 200;
        private final ObjectMapper mapper;
        private final Redactor redactor;
        private final ServiceMetadata service;

        TreeReference(ObjectMapper mapper, Redactor redactor, ServiceMetadata service) {
            this.mapper = mapper;
            this.redactor = redactor;
            this.service = service;
        }

        <T> T parse(String action, boolean idempotent, Class<T> type, int status, String contentType, byte[] body,
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
}
