package dev.clssdk.cls.conformance;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsOperations;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.core.Operation;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.stub.ContractStub;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import dev.clssdk.okhttp.OkHttpTransports;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Calls through the SDK's real runtime ({@link ClsClient}) to a stub: valid calls generated from
 * the model, and clients that make exactly one attempt, never wait for the rate limiter and run
 * on a clock the test sets.
 */
final class SdkCalls {

    /** One OkHttp client for every test client, so connections to the stub are reused across tries. */
    private static final OkHttpClient SHARED = new OkHttpClient.Builder().build();

    /**
     * No connection is reused: for answers that may leave bytes on a connection (a 304 with a
     * body, say), so that one try's answer cannot leak into the next try's.
     */
    private static final OkHttpClient FRESH_CONNECTIONS = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();

    private SdkCalls() {
    }

    /** A valid call: an action and an input that its request builder accepts. */
    record Call(OperationModel operation, Map<String, Object> input) {
        Operation<?, ?> sdkOperation() {
            return ClsOperations.fromAction(operation.action()).orElseThrow();
        }

        Object request() {
            return SdkBridge.build(Spec.shape(operation.inputShape()), input);
        }

        @Override
        public String toString() {
            return operation.action() + " " + input;
        }
    }

    /** The actions curated by hand (the overlay), which checks against other clients cover at full depth. */
    static final java.util.Set<String> EXPORT_ACTIONS = java.util.Set.of("CreateExport", "DescribeExports", "DeleteExport");

    /** Valid calls to any action of the spec. */
    static Arbitrary<Call> validCalls() {
        return validCalls(Spec.MODEL.operations());
    }

    /** Valid calls to the export actions. */
    static Arbitrary<Call> validExportCalls() {
        return validCalls(Spec.MODEL.operations().stream().filter(op -> EXPORT_ACTIONS.contains(op.action())).toList());
    }

    private static Arbitrary<Call> validCalls(java.util.List<dev.clssdk.codegen.model.OperationModel> operations) {
        return Arbitraries.of(operations).flatMap(op ->
                ModelArbitraries.inputs(Spec.shape(op.inputShape()), ModelArbitraries.Mix.VALID_ONLY)
                        .map(input -> new Call(op, input)));
    }

    /** A client of the stub: one attempt, no rate limiting, the given clock, short timeouts. */
    static ClsClient.Builder client(ContractStub stub, Clock clock) {
        return client(stub, clock, SHARED);
    }

    /** The same, on connections that are never reused. */
    static ClsClient.Builder clientWithFreshConnections(ContractStub stub, Clock clock) {
        return client(stub, clock, FRESH_CONNECTIONS);
    }

    private static ClsClient.Builder client(ContractStub stub, Clock clock, OkHttpClient http) {
        return ClsClient.builder()
                .httpTransport(OkHttpTransports.using(http))
                .endpointUrl(stub.url())
                .clock(clock)
                .retryPolicy(RetryPolicy.none())
                .rateLimiting(false)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(10));
    }

    /**
     * The client's blocking method of an action, {@code createExport(CreateExportRequest)}: its
     * parameter is the action's request class, its return type the response class.
     */
    static Method clientMethod(Operation<?, ?> operation) {
        String action = operation.action();
        String name = Character.toLowerCase(action.charAt(0)) + action.substring(1);
        for (Method method : ClsClient.class.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new AssertionError("the generated client has no " + name + "(request) method");
    }

    /**
     * Sends the call through the client's generated method for the action (found by name, so one
     * property covers every action); returns the response or throws what the SDK throws.
     */
    static Object send(ClsClient client, Call call) {
        Operation<?, ?> operation = call.sdkOperation();
        Method method = clientMethod(operation);
        try {
            return method.getReturnType().cast(method.invoke(client, call.request()));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
