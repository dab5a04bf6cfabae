package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.spec.SpecText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A member the spec marks required and {@code nullable} may hold {@code null} in an answer:
 * Tencent's own examples do (CLS {@code SearchLog}, {@code DescribePartitions},
 * {@code DescribeConfigs}, ...), and the stub serves those examples as they are, so a client meets
 * the documented {@code null}. A {@code null} in a required member that is not nullable still sets
 * the example aside.
 */
@Timeout(60)
class NullableMembersTest {

    private static final String SPEC = ContractStub.defaultSpecText();
    private static ContractStub stub;
    private static JsonNode specTree;

    @BeforeAll
    static void start() throws Exception {
        stub = ContractStub.builder().exportWorkflow(false).throttling(false)
                .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY).start();
        specTree = SpecText.tree(SPEC);
    }

    @AfterAll
    static void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void tencentsExamplesWithANullInARequiredNullableMemberAreServedAsTheyAre() {
        SignedClient client = new SignedClient(stub);
        OutputSynthesizer inputs = new OutputSynthesizer(stub.model());
        for (String action : List.of("SearchLog", "DescribePartitions", "DescribeConfigs")) {
            ObjectNode example = example(action);
            assertThat(containsNull(example)).as(action + "'s example holds a null").isTrue();
            SignedClient.Answer answer = client.call(action, inputs.synthesize(operation(action).inputShape()).toString());
            assertThat(answer.ok()).as(action + " -> " + answer.response()).isTrue();
            assertThat(new OutputSchemaCheck(stub.model(), SPEC).problems(operation(action).outputShape(), answer.response()))
                    .as(action).isEmpty();
            ObjectNode served = answer.response().deepCopy();
            served.remove("RequestId");
            assertThat(withoutCursor(action, served)).as(action).isEqualTo(withoutCursor(action, example));
        }
    }

    @Test
    void everyExampleHoldingANullIsServed() {
        SignedClient client = new SignedClient(stub);
        OutputSynthesizer inputs = new OutputSynthesizer(stub.model());
        List<String> withNull = new ArrayList<>();
        List<String> served = new ArrayList<>();
        for (OperationModel operation : stub.model().operations()) {
            ObjectNode example = example(operation.action());
            if (example == null || !containsNull(example)) {
                continue;
            }
            withNull.add(operation.action());
            ObjectNode answer = (ObjectNode) client.call(operation.action(),
                    inputs.synthesize(operation.inputShape()).toString()).response().deepCopy();
            answer.remove("RequestId");
            if (withoutCursor(operation.action(), answer).equals(withoutCursor(operation.action(), example))) {
                served.add(operation.action());
            }
        }
        // Before, 7 were served (their nulls are in optional members) and the required-and-nullable ones set aside.
        assertThat(withNull).hasSizeGreaterThanOrEqualTo(15);
        assertThat(served).isEqualTo(withNull);
    }

    @Test
    void aNullInARequiredMemberThatIsNotNullableStillSetsTheExampleAside() {
        String spec = SpecFixtures.text(SpecFixtures.STS).replace(
                "Arn: qcs::cam::uin/100000000001:uin/100000000001", "Arn: null");
        assertThat(spec).as("the fixture's example names the Arn").contains("Arn: null");
        try (ContractStub sts = ContractStub.builder().spec(spec)
                .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY).start()) {
            SignedClient.Answer answer = new SignedClient(sts).call("GetCallerIdentity", "{}");
            assertThat(answer.response().get("Arn").isTextual()).as(String.valueOf(answer.response())).isTrue();
        }
    }

    /**
     * An answer without its cursor members, for an action the stub pages by its cursor (CursorPages
     * sets the next token and the end flag itself; every other member is the example's).
     */
    private static ObjectNode withoutCursor(String action, ObjectNode answer) {
        ObjectNode copy = answer.deepCopy();
        stub.model().paginators().stream()
                .filter(paginator -> paginator.operation().equals(action) && paginator.isCursor())
                .flatMap(paginator -> paginator.cursor().stream())
                .forEach(cursor -> {
                    copy.remove(cursor.nextToken());
                    cursor.over().ifPresent(copy::remove);
                });
        return copy;
    }

    private static OperationModel operation(String action) {
        return stub.model().operations().stream().filter(op -> op.action().equals(action)).findFirst().orElseThrow();
    }

    private static ObjectNode example(String action) {
        for (JsonNode path : specTree.path("paths")) {
            JsonNode post = path.path("post");
            if (post.path("x-tc-action").asText().equals(action)) {
                JsonNode response = post.at("/responses/200/content/application~1json/example/Response");
                if (response instanceof ObjectNode object) {
                    ObjectNode copy = object.deepCopy();
                    copy.remove("RequestId");
                    return copy;
                }
            }
        }
        return null;
    }

    private static boolean containsNull(JsonNode node) {
        if (node.isNull()) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsNull(child)) {
                return true;
            }
        }
        return false;
    }
}
