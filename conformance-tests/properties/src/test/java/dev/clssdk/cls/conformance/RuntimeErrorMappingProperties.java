package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsErrorCode;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.Fault;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Error mapping through the real runtime: an error envelope the server answers (here the stub,
 * replaying exact bytes) surfaces from {@link ClsClient} as a {@link ClsServiceException} of the
 * code's own type, with the code, message, RequestId and HTTP status exactly as sent. A code the
 * spec lists maps to its own {@link ClsErrorCode}; any other maps to
 * {@link ClsErrorCode#UNKNOWN_TO_SDK_VERSION} and keeps the raw code. Nothing else is thrown.
 */
class RuntimeErrorMappingProperties {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());
    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static final List<String> SPEC_CODES = Spec.MODEL.errorCodes().stream().map(ErrorCodeModel::code).toList();
    private static final Set<String> SPEC_CODE_SET = Set.copyOf(SPEC_CODES);
    private static ContractStub stub;
    private static ClsClient client;

    @BeforeContainer
    static void start() {
        stub = ContractStub.builder().clock(CLOCK).throttling(false)
                .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY).start();
        client = SdkCalls.client(stub, CLOCK)
                .credentials(CredentialsProvider.of(StubClient.SECRET_ID, StubClient.SECRET_KEY)).build();
    }

    @AfterContainer
    static void stop() {
        client.close();
        stub.close();
    }

    /** An error answer: code, message ({@code null}: member absent), RequestId and HTTP status. */
    record ErrorAnswer(String code, String message, String requestId, int status) {}

    @Provide
    Arbitrary<SdkCalls.Call> validCalls() {
        return SdkCalls.validCalls();
    }

    @Provide
    Arbitrary<ErrorAnswer> errorAnswers() {
        Arbitrary<String> listed = Arbitraries.of(SPEC_CODES);
        Arbitrary<String> codes = Arbitraries.frequencyOf(
                Tuple.of(6, listed),
                Tuple.of(1, listed.map(c -> c.toUpperCase(Locale.ROOT))),
                Tuple.of(1, listed.map(c -> c + ".Later")),
                Tuple.of(1, listed.map(c -> " " + c)),
                Tuple.of(1, Arbitraries.of("AuthFailure.Whatever", "AuthFailure", "FailedOperation.TopicIsolated",
                        "UNKNOWN_TO_SDK_VERSION", "ResourceNotFound.TopicNotExists")),
                Tuple.of(2, Arbitraries.strings().ofMinLength(1).ofMaxLength(40)));
        Arbitrary<String> messages = Arbitraries.strings().ofMaxLength(80).injectNull(0.15);
        Arbitrary<String> requestIds = Arbitraries.oneOf(
                Arbitraries.create(() -> java.util.UUID.randomUUID().toString()),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
        Arbitrary<Integer> statuses = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(200)),
                Tuple.of(2, Arbitraries.of(400, 401, 403, 404, 429, 500, 502, 503, 504)));
        return Combinators.combine(codes, messages, requestIds, statuses).as(ErrorAnswer::new);
    }

    @Property
    void anyErrorEnvelopeSurfacesAsItsOwnTypedExceptionWithCodeMessageAndRequestIdIntact(
            @ForAll("validCalls") SdkCalls.Call call, @ForAll("errorAnswers") ErrorAnswer answer) throws Exception {
        checkMapping(call, answer);
        Statistics.label("code").collect(SPEC_CODE_SET.contains(answer.code()) ? "listed" : "other");
        Statistics.label("code").coverage(coverage -> {
            coverage.check("listed").percentage(p -> p >= 30);
            coverage.check("other").percentage(p -> p >= 10);
        });
    }

    /** Every code the spec lists, on every action, at least once per run (the property samples them). */
    @Example
    void everyCodeTheSpecListsSurfacesAsItsOwnConstantAndTypedExceptionOnEveryAction() throws Exception {
        for (var operation : Spec.MODEL.operations()) {
            SdkCalls.Call call = new SdkCalls.Call(operation, someValidInput(operation.inputShape()));
            for (String code : SPEC_CODES) {
                checkMapping(call, new ErrorAnswer(code, "message of " + code, "req-" + code, 200));
            }
        }
    }

    private static void checkMapping(SdkCalls.Call call, ErrorAnswer answer) throws Exception {
        ObjectNode envelope = JSON.createObjectNode();
        ObjectNode response = envelope.putObject("Response");
        ObjectNode error = response.putObject("Error").put("Code", answer.code());
        if (answer.message() != null) {
            error.put("Message", answer.message());
        }
        response.put("RequestId", answer.requestId());
        stub.injectFault(Fault.rawAnswer(answer.status(), "application/json", JSON.writeValueAsBytes(envelope)));

        Throwable thrown = catchThrowable(() -> SdkCalls.send(client, call));

        assertThat(stub.pendingFaults()).as("the answer was used by exactly this call").isZero();
        assertThat(thrown).as("answer %s", envelope).isInstanceOf(ClsServiceException.class);
        ClsServiceException e = (ClsServiceException) thrown;
        assertThat(e.getClass()).as("the type for %s", answer.code()).isEqualTo(expectedType(answer.code()));
        assertThat(e.rawCode()).isEqualTo(answer.code());
        if (SPEC_CODE_SET.contains(answer.code())) {
            assertThat(e.errorCode()).isNotEqualTo(ClsErrorCode.UNKNOWN_TO_SDK_VERSION);
            assertThat(e.errorCode().value()).isEqualTo(answer.code());
        } else {
            assertThat(e.errorCode()).as("'%s' is not in the spec", answer.code()).isEqualTo(ClsErrorCode.UNKNOWN_TO_SDK_VERSION);
        }
        assertThat(e.errorMessage()).isEqualTo(answer.message());
        assertThat(e.requestId()).isEqualTo(answer.requestId());
        assertThat(e.httpStatus()).isEqualTo(answer.status());
        assertThat(e.action()).isEqualTo(call.operation().action());
        assertThat(e.getMessage()).contains(answer.code()).contains(answer.requestId());
    }

    /**
     * The exception type of a code, worked out here from the documented rule rather than read
     * from the runtime: one subclass per family of codes the spec lists (the part before the
     * first {@code .}), named {@code <Family>Exception} ({@code Cls}-prefixed where that would
     * shadow a {@code java.lang} class); a code of any other family is a plain ClsServiceException.
     */
    private static Class<? extends ClsServiceException> expectedType(String code) {
        int dot = code.indexOf('.');
        String family = dot < 0 ? code : code.substring(0, dot);
        boolean listed = SPEC_CODE_SET.stream().anyMatch(c -> c.equals(family) || c.startsWith(family + "."));
        if (!listed) {
            return ClsServiceException.class;
        }
        String simple = family + "Exception";
        try {
            Class.forName("java.lang." + simple);
            simple = "Cls" + simple;
        } catch (ClassNotFoundException notInJavaLang) {
            // the plain name is free
        }
        try {
            return Class.forName("dev.clssdk.cls." + simple).asSubclass(ClsServiceException.class);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the spec lists family " + family + " but the SDK has no " + simple, e);
        }
    }

    /** An empty code is not a code: the envelope is malformed, which is a protocol failure, not a service error. */
    @Example
    void anEmptyOrMissingCodeIsAProtocolFailureNotAServiceError() throws Exception {
        SdkCalls.Call call = new SdkCalls.Call(Spec.MODEL.operations().get(0), someValidInput(Spec.MODEL.operations().get(0).inputShape()));
        for (String body : List.of("{\"Response\":{\"Error\":{\"Code\":\"\",\"Message\":\"m\"},\"RequestId\":\"r\"}}",
                "{\"Response\":{\"Error\":{\"Message\":\"m\"},\"RequestId\":\"r\"}}")) {
            stub.injectFault(Fault.rawAnswer(200, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Throwable thrown = catchThrowable(() -> SdkCalls.send(client, call));
            assertThat(thrown).isInstanceOf(ProtocolException.class);
            assertThat(((ProtocolException) thrown).kind()).isEqualTo(ProtocolException.Kind.MALFORMED_ERROR);
        }
    }

    /** One valid input of a shape, drawn from the same generator as the properties'. */
    static Map<String, Object> someValidInput(String shapeName) {
        return ModelArbitraries.inputs(Spec.shape(shapeName), ModelArbitraries.Mix.VALID_ONLY)
                .sample();
    }
}
