package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.Fault;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the server answers, the SDK's runtime ends a call with the response or a
 * {@link SdkException} subtype, never another exception type; and an answer that is certainly
 * not a well-formed envelope (truncated, a member of the wrong JSON type, a status other than 200
 * without an error envelope, over the size bound) is a {@link ProtocolException}, never a
 * response. One deliberate exception: an error envelope whose {@code RequestId} has the wrong type
 * is still the service error it reports ({@link ClsServiceException} with no RequestId); and a
 * 204 or 205 with content is not a well-formed HTTP message at all: OkHttp throws before the SDK
 * sees an envelope, and the SDK reports a {@link TransportException}. (A 407 from a server that is
 * not a proxy is read like any other status.)
 */
class MalformedAnswerProperties {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static final int MAX_RESPONSE_BYTES = 16 * 1024;
    private static ContractStub stub;
    private static ClsClient client;

    @BeforeContainer
    static void start() {
        stub = ContractStub.builder().clock(CLOCK).throttling(false)
                .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY).start();
        // Fresh connections: an answer such as a 304 or 204 with a body leaves bytes on its connection.
        client = SdkCalls.clientWithFreshConnections(stub, CLOCK)
                .credentials(CredentialsProvider.of(StubClient.SECRET_ID, StubClient.SECRET_KEY))
                .maxResponseBytes(MAX_RESPONSE_BYTES)
                .build();
    }

    @AfterContainer
    static void stop() {
        client.close();
        stub.close();
    }

    /** How an answer is broken. */
    enum Kind {
        /** Any bytes, any status: may be well-formed by chance, so only "no other exception type" is asserted. */
        ARBITRARY_BYTES,
        /** A real envelope cut short: never complete JSON. */
        TRUNCATED,
        /** A well-formed envelope with one member replaced by a value of an incompatible JSON type. */
        WRONG_TYPE,
        /** A well-formed success envelope with a status other than 200. */
        NON_200_SUCCESS_ENVELOPE,
        /** A well-formed success envelope longer than the client's bound. */
        OVERSIZED
    }

    /** A call and the exact answer the stub gives it. */
    record Case(Kind kind, SdkCalls.Call call, int status, String contentType, byte[] body, String note) {
        @Override
        public String toString() {
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            return kind + " " + note + ": HTTP " + status + " " + contentType + " "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text) + " for " + call;
        }
    }

    @Provide
    Arbitrary<Case> malformedAnswers() {
        Arbitrary<Integer> anyStatus = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(200)),
                Tuple.of(3, Arbitraries.of(201, 204, 301, 304, 400, 401, 403, 404, 407, 408, 429, 500, 502, 503, 504)),
                Tuple.of(2, Arbitraries.integers().between(200, 599)));
        Arbitrary<String> contentTypes = Arbitraries.of("application/json", "application/json; charset=utf-8",
                "text/html; charset=utf-8", "text/plain", "application/octet-stream");
        Arbitrary<Integer> non200 = anyStatus.filter(s -> s != 200);
        return SdkCalls.validCalls().flatMap(call -> {
            ShapeModel output = Spec.shape(call.operation().outputShape());
            Arbitrary<JsonNode> envelopes = envelopes(output);
            Arbitrary<Case> arbitrary = Combinators.combine(anyStatus, contentTypes,
                    Arbitraries.bytes().array(byte[].class).ofMaxSize(400))
                    .as((status, type, bytes) -> new Case(Kind.ARBITRARY_BYTES, call, status, type, bytes, "random bytes"));
            Arbitrary<Case> truncated = Combinators.combine(anyStatus, envelopes, Arbitraries.doubles().between(0, 1))
                    .as((status, envelope, fraction) -> {
                        byte[] full = bytes(envelope);
                        int cut = (int) Math.floor(fraction * (full.length - 1));
                        return new Case(Kind.TRUNCATED, call, status, "application/json", Arrays.copyOf(full, cut),
                                cut + " of " + full.length + " bytes");
                    });
            Arbitrary<Case> wrongType = Combinators.combine(envelopes, Arbitraries.integers().between(0, 10_000),
                    Arbitraries.integers().between(0, 10_000))
                    .as((envelope, slot, replacement) -> wrongType(call, output, envelope, slot, replacement));
            Arbitrary<Case> non200Success = Combinators.combine(non200, successEnvelopes(output))
                    .as((status, envelope) -> new Case(Kind.NON_200_SUCCESS_ENVELOPE, call, status, "application/json",
                            bytes(envelope), "status " + status));
            Arbitrary<Case> oversized = successEnvelopes(output).map(envelope -> {
                byte[] json = bytes(envelope);
                byte[] padded = Arrays.copyOf(json, MAX_RESPONSE_BYTES + 1 + json.length);
                Arrays.fill(padded, json.length, padded.length, (byte) ' '); // trailing whitespace keeps it valid JSON
                return new Case(Kind.OVERSIZED, call, 200, "application/json", padded, padded.length + " bytes");
            });
            return Arbitraries.frequencyOf(Tuple.of(3, arbitrary), Tuple.of(3, truncated), Tuple.of(4, wrongType),
                    Tuple.of(2, non200Success), Tuple.of(1, oversized));
        });
    }

    @Property
    void anyAnswerEndsInTheResponseOrAClsExceptionAndABrokenEnvelopeInAProtocolException(
            @ForAll("malformedAnswers") Case answer) {
        stub.injectFault(Fault.rawAnswer(answer.status(), answer.contentType(), answer.body()));

        Object response = null;
        Throwable thrown = catchThrowable(() -> SdkCalls.send(client, answer.call()));
        if (thrown == null) {
            response = "returned";
        }

        assertThat(stub.pendingFaults()).as("the answer was used by exactly this call").isZero();
        Statistics.label("kind").collect(answer.kind(), thrown == null ? "response" : thrown.getClass().getSimpleName());
        Statistics.label("kind").coverage(coverage -> {
            for (Kind kind : Kind.values()) {
                coverage.checkQuery(values -> values.get(0) == kind).percentage(p -> p >= 3);
            }
        });
        if (thrown != null) {
            assertThat(thrown).as("%s", answer).isInstanceOf(SdkException.class);
        }
        boolean certainlyBroken = switch (answer.kind()) {
            case ARBITRARY_BYTES -> !isWellFormedSuccess(answer);
            case TRUNCATED, WRONG_TYPE, NON_200_SUCCESS_ENVELOPE, OVERSIZED -> true;
        };
        if (certainlyBroken) {
            assertThat(response).as("a response was returned for %s", answer).isNull();
        }
        if (forbidsABody(answer.status()) && answer.body().length > 0) {
            // Not even a well-formed HTTP message (RFC 9110: a 204 or 205 has no content): OkHttp refuses it
            // before any envelope is read, and the SDK reports an HTTP-level failure after sending.
            assertThat(thrown).as("%s", answer).isInstanceOf(TransportException.class)
                    .hasRootCauseInstanceOf(java.net.ProtocolException.class);
            assertThat(((TransportException) thrown).mayHaveReachedServer()).isTrue();
        } else if (answer.kind() == Kind.WRONG_TYPE && answer.note().startsWith("Response.RequestId ") && isErrorEnvelope(answer)) {
            // The error is what matters: it surfaces as the service error it is, without a RequestId.
            assertThat(thrown).as("%s", answer).isInstanceOf(ClsServiceException.class);
            assertThat(((ClsServiceException) thrown).requestId()).isNull();
        } else if (answer.kind() != Kind.ARBITRARY_BYTES) {
            assertThat(thrown).as("%s", answer).isInstanceOf(ProtocolException.class);
        }
    }

    private static boolean forbidsABody(int status) {
        return status == 204 || status == 205;
    }

    private static boolean isErrorEnvelope(Case answer) {
        try {
            return JSON.readTree(answer.body()).path("Response").has("Error");
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether bytes happen to be a 200 answer with a Response object, a RequestId and no Error. */
    private static boolean isWellFormedSuccess(Case answer) {
        if (answer.status() != 200) {
            return false;
        }
        try {
            JsonNode response = JSON.readTree(answer.body()).get("Response");
            return response != null && response.isObject() && response.path("RequestId").isTextual() && !response.has("Error");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Success envelopes of an output shape (any members, always a RequestId) and error envelopes. */
    private static Arbitrary<JsonNode> envelopes(ShapeModel output) {
        Arbitrary<JsonNode> errors = Combinators.combine(
                        Arbitraries.of(Spec.MODEL.errorCodes()).map(c -> c.code()),
                        Arbitraries.strings().ofMaxLength(30))
                .as((code, message) -> {
                    ObjectNode envelope = NODES.objectNode();
                    ObjectNode response = envelope.putObject("Response");
                    response.putObject("Error").put("Code", code).put("Message", message);
                    response.put("RequestId", "req-error");
                    return envelope;
                });
        return Arbitraries.frequencyOf(Tuple.of(3, successEnvelopes(output)), Tuple.of(1, errors));
    }

    private static Arbitrary<JsonNode> successEnvelopes(ShapeModel output) {
        return ModelArbitraries.responses(output).map(values -> {
            ObjectNode response = JSON.valueToTree(values);
            response.put("RequestId", "req-" + Integer.toHexString(values.hashCode()));
            ObjectNode envelope = NODES.objectNode();
            envelope.set("Response", response);
            return (JsonNode) envelope;
        });
    }

    /** A place in an envelope that a member of a known type occupies, and how to put another value there. */
    private record Slot(String path, TypeRef type, Consumer<JsonNode> replace) {}

    private static Case wrongType(SdkCalls.Call call, ShapeModel output, JsonNode envelope, int slotSeed, int valueSeed) {
        ObjectNode root = envelope.deepCopy();
        ObjectNode response = (ObjectNode) root.get("Response");
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot("Response", null, value -> root.set("Response", value)));
        slots.add(new Slot("Response.RequestId", new TypeRef.Scalar(TypeRef.ScalarKind.STRING), value -> response.set("RequestId", value)));
        if (response.has("Error")) {
            ObjectNode error = (ObjectNode) response.get("Error");
            slots.add(new Slot("Response.Error", null, value -> response.set("Error", value)));
            slots.add(new Slot("Response.Error.Code", new TypeRef.Scalar(TypeRef.ScalarKind.STRING), value -> error.set("Code", value)));
        } else {
            collectSlots(output, response, "Response", slots);
        }
        Slot slot = slots.get(slotSeed % slots.size());
        JsonNode replacement = incompatibleValue(slot.type(), valueSeed);
        slot.replace().accept(replacement);
        return new Case(Kind.WRONG_TYPE, call, 200, "application/json", bytes(root), slot.path() + " := " + replacement);
    }

    private static void collectSlots(ShapeModel shape, ObjectNode object, String path, List<Slot> slots) {
        for (MemberModel member : shape.members()) {
            JsonNode value = object.get(member.wireName());
            if (value == null || value.isNull() || member.wireName().equals("RequestId")) {
                continue;
            }
            String memberPath = path + "." + member.wireName();
            slots.add(new Slot(memberPath, member.type(), replacement -> object.set(member.wireName(), replacement)));
            collectNested(member.type(), value, memberPath, slots);
        }
    }

    private static void collectNested(TypeRef type, JsonNode value, String path, List<Slot> slots) {
        if (type instanceof TypeRef.ShapeType shape && value.isObject()) {
            collectSlots(Spec.shape(shape.name()), (ObjectNode) value, path, slots);
        } else if (type instanceof TypeRef.ListOf list && value.isArray()) {
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                slots.add(new Slot(path + "[" + i + "]", list.element(), replacement -> array.set(index, replacement)));
                collectNested(list.element(), array.get(i), path + "[" + i + "]", slots);
            }
        }
    }

    /**
     * A JSON value no reader of {@code type} can take (with the SDK's documented settings: floats
     * are not truncated to integers; a single value is not a list). Scalars that Jackson coerces on
     * purpose (a number where a string is declared, "12" where a number is) are not used.
     * A {@code null} type is an envelope object ({@code Response}, {@code Error}).
     */
    private static JsonNode incompatibleValue(TypeRef type, int seed) {
        ObjectNode object = NODES.objectNode().put("unexpected", 1);
        ArrayNode array = NODES.arrayNode().add(1);
        List<JsonNode> choices;
        if (type == null || type instanceof TypeRef.ShapeType) {
            choices = List.of(NODES.textNode("not an object"), NODES.numberNode(42), array);
        } else if (type instanceof TypeRef.ListOf) {
            choices = List.of(object, NODES.textNode("not a list"), NODES.numberNode(7));
        } else if (type instanceof TypeRef.Scalar scalar && scalar.kind() != TypeRef.ScalarKind.STRING
                && scalar.kind() != TypeRef.ScalarKind.BOOLEAN) {
            choices = scalar.kind() == TypeRef.ScalarKind.DOUBLE
                    ? List.of(object, array, NODES.textNode("not a number"))
                    : List.of(object, array, NODES.textNode("not a number"), NODES.numberNode(1.5),
                            NODES.numberNode(new BigInteger("123456789012345678901234567890")));
        } else {
            choices = List.of(object, array); // strings, enums (kept as raw strings) and booleans
        }
        return choices.get(seed % choices.size());
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
