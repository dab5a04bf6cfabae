package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.cls.retrofit.ClsApi;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.spec.SpecText;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.jackson.SdkJacksonModule;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.stub.ContractStub;
import java.lang.reflect.Method;
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
 * Every action of the whole service, once each, through both routes: the SDK reads the spec's
 * example input (Tencent's, where the model has one) into its request type, as strictly as it
 * reads any JSON and with the request's rules, sends it through the typed client and through the
 * generated Retrofit interface, and reads the stub's answer into the action's response type.
 */
class WholeServiceCallsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());
    private static ContractStub stub;
    private static ClsClient client;
    private static RetrofitClient<ClsApi> retrofit;

    @BeforeAll
    static void start() {
        stub = ContractStub.builder().throttling(false).topic(ModelArbitraries.KNOWN_TOPIC)
                .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY).start();
        client = SdkCalls.client(stub, new MutableClock(Instant.now()))
                .credentials(CredentialsProvider.of(StubClient.SECRET_ID, StubClient.SECRET_KEY)).build();
        retrofit = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, SdkCalls.client(stub, new MutableClock(Instant.now()))
                .credentials(CredentialsProvider.of(StubClient.SECRET_ID, StubClient.SECRET_KEY)));
    }

    @AfterAll
    static void stop() {
        retrofit.close();
        client.close();
        stub.close();
    }

    /** The example input of each action, by action name (its operationId), as the spec holds it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> examples() {
        Map<String, Map<String, Object>> examples = new HashMap<>();
        for (JsonNode path : SpecText.tree(ContractStub.defaultSpecText()).path("paths")) {
            JsonNode post = path.path("post");
            JsonNode example = post.at("/requestBody/content/application~1json/example");
            if (post.isObject() && example.isObject()) {
                examples.put(post.path("operationId").asText(), JSON.convertValue(example, LinkedHashMap.class));
            }
        }
        return examples;
    }

    private static Object send(dev.clssdk.core.Operation<?, ?> operation, Object request) {
        return invoke(SdkCalls.clientMethod(operation), client, request);
    }

    /** The same call through the interface's method of the same name: {@code execute()}, then the body. */
    private static Object sendThroughInterface(dev.clssdk.core.Operation<?, ?> operation, Object request) {
        Method method = SdkCalls.clientMethod(operation);
        try {
            retrofit2.Call<?> call = (retrofit2.Call<?>) invoke(
                    ClsApi.class.getMethod(method.getName(), method.getParameterTypes()), retrofit.api(), request);
            return call.execute().body();
        } catch (NoSuchMethodException e) {
            throw new AssertionError("ClsApi has no " + method.getName() + "(" + method.getParameterTypes()[0].getSimpleName() + ")");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Object invoke(Method method, Object target, Object request) {
        try {
            return method.invoke(target, request);
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
    void everyActionReadsItsExampleAndTheStubsAnswerThroughBothRoutes() throws Exception {
        Map<String, Map<String, Object>> examples = examples();
        assertThat(examples).as("the import keeps Tencent's examples").hasSizeGreaterThan(150);
        List<String> failures = new ArrayList<>();
        int answered = 0;
        int answeredThroughInterface = 0;
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
            Class<?> responseType = SdkCalls.clientMethod(call.sdkOperation()).getReturnType();
            for (boolean throughInterface : new boolean[] {false, true}) {
                String route = operation.action() + (throughInterface ? " through ClsApi" : " through ClsClient");
                try {
                    Object response = throughInterface ? sendThroughInterface(call.sdkOperation(), request)
                            : send(call.sdkOperation(), request);
                    assertThat(response).as(route).isInstanceOf(responseType);
                    if (throughInterface) {
                        answeredThroughInterface++;
                    } else {
                        answered++;
                    }
                } catch (ClsServiceException e) {
                    if (!e.rawCode().startsWith("ResourceNotFound")) {
                        failures.add(route + ": " + e.getMessage() + " for " + request);
                    }
                } catch (RuntimeException e) {
                    failures.add(route + ": " + e);
                }
            }
        }
        assertThat(failures).as("actions whose answer the SDK did not read").isEmpty();
        assertThat(examplesRefused).as("Tencent's examples the SDK refuses").isEmpty();
        assertThat(answered).as("actions answered with a parsed response").isGreaterThan(150);
        assertThat(answeredThroughInterface).as("the same through the Retrofit interface").isEqualTo(answered);
    }
}
