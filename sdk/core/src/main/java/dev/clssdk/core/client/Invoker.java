package dev.clssdk.core.client;

import retrofit2.Call;

/**
 * Creates the Retrofit call of one action: a method reference to the generated Retrofit
 * interface, such as {@code api::someAction}, so the core calls the action directly.
 *
 * @param <I> the request type
 * @param <O> the response type
 */
@FunctionalInterface
public interface Invoker<I, O> {
    /**
     * A new call.
     *
     * @param request the validated request
     * @param context the per-call context, carried to the core's interceptors as a request tag
     * @return the call, not yet executed
     */
    Call<O> newCall(I request, CallContext context);
}
