package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.core.ValidationException;
import dev.clssdk.stub.ContractStub;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The SDK's {@code build()} and the stub (which reads the spec at run time) enforce the same
 * rules: for any input, valid or not, one accepts it exactly when the other does, and when both
 * reject it they name the same error code. The stub is reached over HTTP with a correct signature.
 */
class ConstraintsAgreeProperties {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());
    private static final Set<String> VALIDATION_CODES = Spec.validationCodes();
    private static ContractStub stub;
    private static StubClient client;

    /** One generated call: the action and its input, as a map from wire name to value. */
    record Call(OperationModel operation, Map<String, Object> input) {
        @Override
        public String toString() {
            return operation.action() + " " + input;
        }
    }

    @BeforeContainer
    static void startStub() {
        stub = ContractStub.builder()
                .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY)
                .topic(ModelArbitraries.KNOWN_TOPIC)
                .throttling(false)
                .start();
        client = new StubClient(stub);
    }

    @AfterContainer
    static void stopStub() {
        stub.close();
    }

    /** The curated actions, tested at full depth; the rest of the service is mixed in. */
    private static final Set<String> EXPORT_ACTIONS = Set.of("CreateExport", "DescribeExports", "DeleteExport");

    /** Half the tries go to the export actions, half to any of the service's actions. */
    @Provide
    Arbitrary<Call> anyCall() {
        List<OperationModel> exports = Spec.MODEL.operations().stream()
                .filter(op -> EXPORT_ACTIONS.contains(op.action())).toList();
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(exports)), Tuple.of(1, Arbitraries.of(Spec.MODEL.operations())))
                .flatMap(op ->
                ModelArbitraries.inputs(Spec.shape(op.inputShape()), ModelArbitraries.Mix.VALID_AND_INVALID)
                        .map(input -> new Call(op, input)));
    }

    @Property
    void sdkBuildAcceptsAnInputExactlyWhenTheStubDoes(@ForAll("anyCall") Call call) throws JsonProcessingException {
        String sdkCode = null;
        try {
            SdkBridge.build(Spec.shape(call.operation().inputShape()), call.input());
        } catch (ValidationException e) {
            sdkCode = e.errorCode();
            assertThat(e.errorCode()).as("a violation maps to a code the spec lists").isNotNull();
        }
        StubClient.Answer answer = client.call(call.operation().action(), JSON.writeValueAsBytes(call.input()));
        assertThat(answer.response()).as("the stub answers an envelope").isNotNull();
        String stubCode = answer.errorCode();
        if (stubCode != null) {
            assertThat(stubCode).as("the harness signs correctly and the stub has no bug: %s", answer.response())
                    .doesNotStartWith("AuthFailure").isNotIn("InternalError", "InvalidAction", "RequestLimitExceeded");
        }
        boolean stubAccepted = stubCode == null || !VALIDATION_CODES.contains(stubCode);

        String action = call.operation().action();
        Statistics.label("outcome").collect(EXPORT_ACTIONS.contains(action) ? action : "other", sdkCode == null ? "accepted" : "rejected");
        Statistics.label("answer").collect(action, stubCode == null ? "success" : stubCode);
        // Generators that stopped producing one side would make this property vacuous.
        Statistics.label("outcome").coverage(coverage -> {
            // DeleteExport has one member, so few of its inputs break a rule: a small share still proves both sides.
            for (String export : EXPORT_ACTIONS) {
                coverage.check(export, "accepted").percentage(p -> p >= 0.3);
                coverage.check(export, "rejected").percentage(p -> p >= 0.3);
            }
            coverage.check("other", "accepted").percentage(p -> p >= 5);
            coverage.check("other", "rejected").percentage(p -> p >= 5);
        });
        Statistics.label("answer").coverage(coverage ->
                coverage.checkQuery(values -> "success".equals(values.get(1))).percentage(p -> p >= 5));

        if (sdkCode == null) {
            assertThat(stubAccepted).as("the SDK accepted %s but the stub answered %s", call, answer.response()).isTrue();
        } else {
            assertThat(stubCode).as("the SDK rejected %s with %s; the stub answered %s", call, sdkCode, answer.response())
                    .isEqualTo(sdkCode);
        }
    }
}
