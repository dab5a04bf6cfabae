package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.spec.SpecText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How the stub answers from the CLS spec when no behaviour decides: every listed action validated
 * and answered with a schema-valid success, anything else {@code InvalidAction}; and how a
 * behaviour plugs in.
 */
@Timeout(30)
class SpecDispatchTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final String CREATE = "{\"TopicId\":\"" + TOPIC + "\",\"Query\":\"status:200\",\"Count\":100,"
            + "\"From\":1607499107000,\"To\":1607499207000}";

    private final List<ContractStub> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeEveryStub() {
        started.forEach(ContractStub::close);
    }

    private ContractStub start(ContractStub.Builder builder) {
        ContractStub stub = builder.credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY).throttling(false).start();
        started.add(stub);
        return stub;
    }

    /** The export actions' revision (3): small, and with the fixtures these tests are written against. */
    private static final String EXPORT_REVISION = resource("cls/cls-2020-10-16-r3.yaml");

    private static String resource(String name) {
        try (java.io.InputStream in = SpecDispatchTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ContractStub specOnly() {
        return start(ContractStub.builder().spec(EXPORT_REVISION).exportWorkflow(false));
    }

    @Test
    void aListedActionWithoutABehaviourAnswersASuccessThatMatchesItsOutputSchema() {
        ContractStub stub = specOnly();
        SignedClient.Answer answer = new SignedClient(stub).call("DescribeExports", "{\"TopicId\":\"any\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.ok()).as(String.valueOf(answer.response())).isTrue();
        assertThat(answer.response().get("RequestId").asText()).isNotBlank();
        OperationModel describe = operation(stub, "DescribeExports");
        assertThat(new OutputSchemaCheck(stub.model()).problems(describe.outputShape(), answer.response())).isEmpty();
        JsonNode exports = answer.response().get("Exports");
        assertThat(exports).as("a list holds one element").hasSize(1);
        assertThat(exports.get(0).get("Status").asText()).as("an enum takes one of its values")
                .isIn("Queuing", "Processing", "Completed", "Failed", "Expired");
        assertThat(exports.get(0).get("FileSize").isIntegralNumber()).isTrue();
        assertThat(exports.get(0).get("DerivedFields").get(0).isTextual()).isTrue();
        assertThat(answer.response().get("TotalCount").isIntegralNumber()).isTrue();
    }

    @Test
    void everyActionTheSpecListsAnswersASchemaValidSuccess() {
        ContractStub stub = specOnly();
        SignedClient client = new SignedClient(stub);
        Map<String, String> validInputs = Map.of(
                "CreateExport", CREATE,
                "DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}",
                "DeleteExport", "{\"ExportId\":\"e\"}");
        assertThat(stub.model().operations()).extracting(OperationModel::action).containsExactlyInAnyOrderElementsOf(validInputs.keySet());
        for (OperationModel operation : stub.model().operations()) {
            SignedClient.Answer answer = client.call(operation.action(), validInputs.get(operation.action()));
            assertThat(answer.ok()).as(operation.action() + ": " + answer.response()).isTrue();
            assertThat(new OutputSchemaCheck(stub.model()).problems(operation.outputShape(), answer.response()))
                    .as(operation.action()).isEmpty();
        }
    }

    @Test
    void anActionWhoseSpecHasAnExampleAnswersTheExampleWithAFreshRequestId() throws Exception {
        ContractStub stub = specOnly();
        JsonNode example = SpecText.tree(EXPORT_REVISION)
                .at("/paths/~1#CreateExport/post/responses/200/content/application~1json/example/Response");
        assertThat(example.isObject()).as("the bundled spec has a CreateExport example").isTrue();

        SignedClient.Answer first = new SignedClient(stub).call("CreateExport", CREATE);
        SignedClient.Answer second = new SignedClient(stub).call("CreateExport", CREATE);

        assertThat(first.response().get("ExportId")).isEqualTo(example.get("ExportId"));
        assertThat(first.response().get("RequestId").asText())
                .isNotEqualTo(example.get("RequestId").asText())
                .isNotEqualTo(second.response().get("RequestId").asText());
    }

    @Test
    void anActionTheSpecDoesNotListIsInvalidAction() {
        ContractStub stub = specOnly();
        SignedClient.Answer answer = new SignedClient(stub).call("CreateExports", CREATE);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorCode()).isEqualTo("InvalidAction");
        assertThat(answer.response().get("RequestId").asText()).isNotBlank();
    }

    @Test
    void invalidInputAnswersTheSpecsValidationCode() {
        ContractStub stub = specOnly();
        SignedClient client = new SignedClient(stub);
        assertThat(client.call("CreateExport", "{}").errorCode()).as("x-tc-validation-codes.required").isEqualTo("MissingParameter");
        assertThat(client.call("DeleteExport", "{\"ExportId\":\"\"}").errorCode()).as("x-tc-validation-codes.default")
                .isEqualTo("InvalidParameter");
        assertThat(client.call("CreateExport", CREATE.replace("\"Count\":100", "\"Count\":50000001")).errorCode())
                .as("the member's x-tc-violation-codes").isEqualTo("LimitExceeded.Export");
        assertThat(client.call("CreateExport", CREATE.replace("1607499207000", "1")).errorCode()).as("x-tc-rules")
                .isEqualTo("InvalidParameter");
        assertThat(client.call("DescribeExports", "{\"TopicId\":\"t\",\"Limit\":101}").errorCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void aVersionOtherThanTheSpecsIsInvalidParameterValueAndAMissingOneMissingParameter() {
        ContractStub stub = specOnly();
        SignedClient client = new SignedClient(stub);
        SignedClient.Answer wrong = client.call("CreateExport", CREATE, "cls", Map.of("X-TC-Version", "2018-08-13"));
        assertThat(wrong.errorCode()).isEqualTo("InvalidParameterValue");
        assertThat(wrong.errorMessage()).contains("2018-08-13").contains(stub.model().apiVersion());
        Map<String, String> noVersion = new java.util.HashMap<>();
        noVersion.put("X-TC-Version", null);
        assertThat(client.call("CreateExport", CREATE, "cls", noVersion).errorCode()).isEqualTo("MissingParameter");
    }

    @Test
    void aBehaviourSeesTheValidatedInputWithDefaultsAndItsAnswerIsServed() {
        List<ActionCall> calls = new CopyOnWriteArrayList<>();
        ContractStub stub = start(ContractStub.builder().behaviour("DescribeExports", call -> {
            calls.add(call);
            return ActionAnswer.success(new ObjectMapper().createObjectNode().put("TotalCount", 42).putNull("Exports"));
        }));
        SignedClient.Answer answer = new SignedClient(stub).call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}");

        assertThat(answer.response().get("TotalCount").asLong()).isEqualTo(42);
        assertThat(calls).hasSize(1);
        ActionCall call = calls.get(0);
        assertThat(call.action()).isEqualTo("DescribeExports");
        assertThat(call.input().get("Limit").asLong()).as("the documented default").isEqualTo(20);
        assertThat(call.input().get("Offset").asLong()).isZero();
        assertThat(call.secretId()).isEqualTo(SignedClient.SECRET_ID);
        assertThat(call.stubUrl()).isEqualTo(stub.url());
        assertThat(new SignedClient(stub).call("CreateExport", CREATE).ok()).as("other actions keep the export workflow").isFalse();
    }

    @Test
    void aBehaviourThatReturnsNullFallsBackToTheSpecsSuccess() {
        ContractStub stub = start(ContractStub.builder().behaviour("DeleteExport", call -> null));
        SignedClient.Answer answer = new SignedClient(stub).call("DeleteExport", "{\"ExportId\":\"not-there\"}");
        assertThat(answer.ok()).as("the export workflow's ExportNotExist is replaced").isTrue();
    }

    @Test
    void aBehaviourThatFailsOrBreaksTheSpecIsAnsweredAsInternalError() {
        ContractStub stub = start(ContractStub.builder()
                .behaviour("CreateExport", call -> {
                    throw new IllegalStateException("boom");
                })
                .behaviour("DescribeExports", call -> ActionAnswer.success(new ObjectMapper().createObjectNode().put("Undeclared", 1)))
                .behaviour("DeleteExport", call -> ActionAnswer.error("LimitExceeded.Export", "not documented for DeleteExport")));
        SignedClient client = new SignedClient(stub);

        SignedClient.Answer thrown = client.call("CreateExport", CREATE);
        assertThat(thrown.errorCode()).isEqualTo("InternalError");
        assertThat(thrown.errorMessage()).contains("CreateExport").contains("boom");
        assertThat(client.call("DescribeExports", "{\"TopicId\":\"t\"}").errorMessage()).contains("Undeclared");
        assertThat(client.call("DeleteExport", "{\"ExportId\":\"e\"}").errorMessage()).contains("LimitExceeded.Export");
    }

    @Test
    void aBehaviourForAnActionTheSpecDoesNotListFailsTheStart() {
        ContractStub.Builder builder = ContractStub.builder().behaviour("AssumeRole", call -> null);
        assertThatThrownBy(builder::start).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AssumeRole");
    }

    private static OperationModel operation(ContractStub stub, String action) {
        return stub.model().operations().stream().filter(op -> op.action().equals(action)).findFirst().orElseThrow();
    }

    @Test
    void everyActionOfTheWholeServiceAnswersASuccessThatFitsItsOutputShape() {
        String spec = resource("cls/cls-2020-10-16-r4.yaml");
        ContractStub stub = start(ContractStub.builder().spec(spec).exportWorkflow(false));
        SignedClient client = new SignedClient(stub);
        OutputSchemaCheck check = new OutputSchemaCheck(stub.model(), spec);
        OutputSynthesizer inputs = new OutputSynthesizer(stub.model());
        assertThat(stub.model().operations()).hasSizeGreaterThan(100);
        for (OperationModel operation : stub.model().operations()) {
            String input = inputs.synthesize(operation.inputShape()).toString();
            SignedClient.Answer answer = client.call(operation.action(), input);
            assertThat(answer.ok()).as(operation.action() + " " + input + " -> " + answer.response()).isTrue();
            assertThat(check.problems(operation.outputShape(), answer.response())).as(operation.action()).isEmpty();
        }
    }
}
