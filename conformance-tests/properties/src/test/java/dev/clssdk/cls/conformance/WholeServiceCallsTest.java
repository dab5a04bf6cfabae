package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.auth.CredentialsProvider;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every action of the whole service, once each: the SDK's builder accepts the spec's example
 * input (Tencent's, where the model has one), and the SDK parses the stub's answer to it into the
 * action's response type.
 */
class WholeServiceCallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ContractStub stub;
    private static ClsClient client;

    @BeforeAll
    static void start() {
        stub = ContractStub.builder().throttling(false).topic(ModelArbitraries.KNOWN_TOPIC)
                .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY).start();
        client = SdkCalls.client(stub, new MutableClock(Instant.now()))
                .credentials(CredentialsProvider.of(StubClient.SECRET_ID, StubClient.SECRET_KEY)).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        stub.close();
    }

    /** The example input of each action, by action name, as the spec holds it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> examples() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        Map<String, Map<String, Object>> examples = new HashMap<>();
        for (PathItem path : new OpenAPIV3Parser().readContents(ContractStub.defaultSpecText(), null, options)
                .getOpenAPI().getPaths().values()) {
            Operation post = path.getPost();
            if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
                continue;
            }
            MediaType json = post.getRequestBody().getContent().get("application/json");
            if (json != null && json.getExample() != null) {
                examples.put(post.getOperationId(), JSON.convertValue(json.getExample(), LinkedHashMap.class));
            }
        }
        return examples;
    }

    @Test
    void everyActionBuildsItsExampleAndReadsTheStubsAnswer() {
        Map<String, Map<String, Object>> examples = examples();
        assertThat(examples).as("the import keeps Tencent's examples").hasSizeGreaterThan(150);
        List<String> failures = new ArrayList<>();
        int answered = 0;
        for (OperationModel operation : Spec.MODEL.operations()) {
            Map<String, Object> input = examples.getOrDefault(operation.action(), Map.of());
            SdkCalls.Call call = new SdkCalls.Call(operation, input);
            Object request;
            try {
                request = call.request();
            } catch (ValidationException e) {
                if (examples.containsKey(operation.action())) {
                    failures.add(operation.action() + ": the builder refused the spec's example: " + e.getMessage());
                }
                continue;
            }
            try {
                Object response = SdkCalls.send(client, call);
                assertThat(response).as(operation.action()).isInstanceOf(call.sdkOperation().responseType());
                answered++;
            } catch (ClsServiceException e) {
                if (!e.rawCode().startsWith("ResourceNotFound")) {
                    failures.add(operation.action() + ": " + e.getMessage() + " for " + request);
                }
            } catch (RuntimeException e) {
                failures.add(operation.action() + ": " + e);
            }
        }
        assertThat(failures).as("actions whose example or answer failed").isEmpty();
        assertThat(answered).as("actions answered with a parsed response").isGreaterThan(150);
    }
}
