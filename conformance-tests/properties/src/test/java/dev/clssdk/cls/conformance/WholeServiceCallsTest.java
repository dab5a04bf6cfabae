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
 * Every action of the whole service, once each: the SDK reads the spec's example input (Tencent's,
 * where the model has one) into its request type, as strictly as it reads any JSON and with the
 * request's rules, sends it, and reads the stub's answer into the action's response type.
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

    private static Object send(dev.clssdk.core.Operation<?, ?> operation, Object request) {
        try {
            return SdkCalls.clientMethod(operation).invoke(client, request);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyActionReadsItsExampleAndTheStubsAnswer() throws Exception {
        Map<String, Map<String, Object>> examples = examples();
        assertThat(examples).as("the import keeps Tencent's examples").hasSizeGreaterThan(150);
        List<String> failures = new ArrayList<>();
        int answered = 0;
        List<String> examplesRefused = new ArrayList<>();
        for (OperationModel operation : Spec.MODEL.operations()) {
            if (!examples.containsKey(operation.action())) {
                continue;
            }
            SdkCalls.Call call = new SdkCalls.Call(operation, examples.get(operation.action()));
            Object request;
            try {
                // Read as the SDK reads JSON: types checked strictly, a request's rules as when built.
                request = JSON.readValue(JSON.writeValueAsBytes(call.input()), SdkCalls.clientMethod(call.sdkOperation()).getParameterTypes()[0]);
            } catch (ValidationException | java.io.IOException e) {
                examplesRefused.add(operation.action() + ": " + e.getMessage());
                continue;
            }
            try {
                Object response = send(call.sdkOperation(), request);
                assertThat(response).as(operation.action()).isInstanceOf(SdkCalls.clientMethod(call.sdkOperation()).getReturnType());
                answered++;
            } catch (ClsServiceException e) {
                if (!e.rawCode().startsWith("ResourceNotFound")) {
                    failures.add(operation.action() + ": " + e.getMessage() + " for " + request);
                }
            } catch (RuntimeException e) {
                failures.add(operation.action() + ": " + e);
            }
        }
        assertThat(failures).as("actions whose answer the SDK did not read").isEmpty();
        assertThat(examplesRefused).as("Tencent's examples the SDK refuses").isEmpty();
        assertThat(answered).as("actions answered with a parsed response").isGreaterThan(150);
    }
}
