package dev.clssdk.retrofit;

import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.core.client.ServiceMetadata;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * A service's generated Retrofit interface, made to call the service exactly as its typed client
 * does: every call runs on the core's runtime, so it is signed with credentials from the same
 * provider chain, rate-limited, retried only where that is safe (an action that is not idempotent
 * is never repeated once it may have reached the server), read from the {@code {"Response": ...}}
 * envelope, and fails with the same typed exceptions ({@code ClsServiceException} and its family
 * subclasses, {@code ProtocolException}, {@code TransportException}, ...).
 *
 * <pre>{@code
 * try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE,
 *         ClsClient.builder().region("ap-guangzhou"))) {
 *     CreateExportResponse created = cls.api().createExport(request).execute().body();
 * }
 * }</pre>
 *
 * <p>The route's calls run on OkHttp ({@code dev.clssdk:sdk-okhttp} comes with this artifact). Bring
 * your own pieces where they belong: your {@link OkHttpClient} (interceptors, timeouts, dispatcher,
 * pool) to the client builder's {@code httpTransport(OkHttpTransports.using(yourClient))}, which the
 * runtime derives its client from; your {@link Retrofit.Builder} (call adapter factories such as RxJava's, a callback
 * executor) to {@link #create(Class, ServiceMetadata, SdkClientBuilder, Retrofit.Builder)}. For
 * other return types ({@code Single<T>}, {@code CompletableFuture<T>}, Kotlin {@code suspend}),
 * declare your own interface with the generated methods' annotations and get it from
 * {@link #create(Class)}. What the route does not do, and why, is in sdk/core/RUNTIME.md, "The
 * Retrofit route".
 *
 * <p>Thread-safe. {@link #close()} releases the runtime's connections and threads, as closing the
 * typed client does.
 *
 * @param <A> the service's Retrofit interface
 */
public final class RetrofitClient<A> implements AutoCloseable {
    private final ClientRuntime runtime;
    private final ServiceCalls calls;
    private final Retrofit retrofit;
    private final Class<A> apiType;
    private final A api;

    private RetrofitClient(ClientRuntime runtime, ServiceCalls calls, Retrofit retrofit, Class<A> apiType) {
        this.runtime = runtime;
        this.calls = calls;
        this.retrofit = retrofit;
        this.apiType = apiType;
        this.api = retrofit.create(apiType);
    }

    /**
     * The interface with a plain Retrofit.
     *
     * @param <A> the interface type
     * @param api the service's Retrofit interface, for example {@code ClsApi.class}
     * @param service the service's metadata, for example {@code ClsService.INSTANCE}
     * @param settings the client settings, as for the typed client: {@code ClsClient.builder().region(...)}
     * @return the client; close it when done
     * @throws IllegalArgumentException if a method of {@code api} is not an action of {@code service}
     */
    public static <A> RetrofitClient<A> create(Class<A> api, ServiceMetadata service, SdkClientBuilder<?, ?> settings) {
        return create(api, service, settings, new Retrofit.Builder());
    }

    /**
     * The interface with your Retrofit builder: its call adapter factories, converter factories and
     * callback executor are kept (the SDK's own go first); its base URL and call factory are set
     * here to the runtime's endpoint and request builder, so the builder is used up.
     *
     * @param <A> the interface type
     * @param api the service's Retrofit interface, for example {@code ClsApi.class}
     * @param service the service's metadata, for example {@code ClsService.INSTANCE}
     * @param settings the client settings, as for the typed client: {@code ClsClient.builder().region(...)}
     * @param retrofit your builder
     * @return the client; close it when done
     * @throws IllegalArgumentException if a method of {@code api} is not an action of {@code service}
     */
    public static <A> RetrofitClient<A> create(Class<A> api, ServiceMetadata service, SdkClientBuilder<?, ?> settings,
            Retrofit.Builder retrofit) {
        requireArgument(api, "api");
        requireArgument(service, "service");
        requireArgument(settings, "settings");
        requireArgument(retrofit, "retrofit");
        ServiceCalls calls = new ServiceCalls(service);
        calls.check(api);
        ClientRuntime runtime = ClientRuntime.create(service, settings);
        try {
            retrofit.baseUrl(runtime.endpoint().toString())
                    .callFactory(RequestBuilder.CLIENT);
            retrofit.converterFactories().add(0, new StructConverterFactory());
            retrofit.callAdapterFactories().add(0, new ActionCallAdapterFactory(runtime, calls));
            return new RetrofitClient<>(runtime, calls, retrofit.build(), api);
        } catch (RuntimeException | Error e) {
            runtime.close();
            throw e;
        }
    }

    private static void requireArgument(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    /**
     * The service's interface, ready to call.
     *
     * @return the interface
     */
    public A api() {
        return api;
    }

    /**
     * Another interface of the same service on this client's runtime (its limits and connections
     * shared): one you declare for other return types, with the generated methods' annotations.
     *
     * @param <T> the interface type
     * @param other the interface: every method a {@code POST /} with an {@code X-TC-Action} header
     *     naming an action of the service and the action's request as its {@code @Body}
     * @return the interface
     * @throws IllegalArgumentException if a method of {@code other} is not an action of the service
     */
    public <T> T create(Class<T> other) {
        requireArgument(other, "other");
        calls.check(other);
        return retrofit.create(other);
    }

    /**
     * The Retrofit instance behind {@link #api()}.
     *
     * @return the instance
     */
    public Retrofit retrofit() {
        return retrofit;
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return runtime.isClosed();
    }

    /**
     * Closes the runtime as the typed client's {@code close()} does: calls waiting or in flight end
     * with {@code ClientClosedException}, and the connections and threads it created are released
     * (not those of an OkHttp client given to the settings). Idempotent.
     */
    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "RetrofitClient[" + apiType.getSimpleName() + ", " + runtime + "]";
    }

    /**
     * Retrofit makes each request through a call factory before our call adapter sees it; the
     * runtime then sends the call itself, so the calls of this client are read ({@code request()})
     * and never executed. Cleartext only, so that building it loads no TLS: it never connects.
     */
    private static final class RequestBuilder {
        static final OkHttpClient CLIENT = new OkHttpClient.Builder()
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .build();

        private RequestBuilder() {
        }
    }
}
