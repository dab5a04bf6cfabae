package dev.clssdk.retrofit;

import dev.clssdk.core.Operation;
import dev.clssdk.core.client.ClientRuntime;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * First of a client's call adapter factories: hands the adapter Retrofit would otherwise choose
 * (the default one for {@code Call<T>}, or a user's, RxJava's for {@code Single<T>} say) an
 * {@link ActionCall}, which runs on the runtime, instead of Retrofit's own call. So every return
 * type a user's factories support gets the runtime's signing, retries and typed exceptions.
 */
final class ActionCallAdapterFactory extends CallAdapter.Factory {
    private final ClientRuntime runtime;
    private final ServiceCalls calls;

    ActionCallAdapterFactory(ClientRuntime runtime, ServiceCalls calls) {
        this.runtime = runtime;
        this.calls = calls;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        Operation<?, ?> operation = calls.operation(annotations, "a method returning " + returnType.getTypeName());
        @SuppressWarnings("unchecked") // Retrofit pairs each adapter with calls of the type it reports
        CallAdapter<Object, Object> next = (CallAdapter<Object, Object>) retrofit.nextCallAdapter(this, returnType,
                annotations);
        if (!(next.responseType() instanceof Class<?> responseClass)) {
            throw new IllegalArgumentException(operation.action() + ": the response type must be the action's"
                    + " generated response class, not " + next.responseType().getTypeName());
        }
        return new CallAdapter<Object, Object>() {
            @Override
            public Type responseType() {
                return responseClass;
            }

            @Override
            public Object adapt(Call<Object> call) {
                return next.adapt(ActionCall.of(runtime, operation, responseClass, call));
            }
        };
    }
}
