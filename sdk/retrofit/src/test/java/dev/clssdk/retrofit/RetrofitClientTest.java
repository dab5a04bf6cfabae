package dev.clssdk.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.auth.CredentialsProvider;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/**
 * What {@link RetrofitClient} accepts: an interface whose every method is a {@code POST /} naming
 * an action of the service, with the request as its one {@code @Body}. Anything else fails at
 * creation, naming the method and the rule, before a runtime (threads, connections) exists.
 */
class RetrofitClientTest {

    private static final String SECRET = "secret-key-never-shown-0000000000000";

    interface Good {
        @POST("/")
        @Headers({"X-TC-Action: Ping", "X-TC-Version: 2001-02-03"})
        Call<ExampleService.Ping> ping(@Body ExampleService.Ping request);

        @POST("/")
        @Headers("X-TC-Action: Put")
        Call<ExampleService.Ping> put(@Body ExampleService.Ping request);

        static String notACall() {
            return "static methods are not Retrofit's";
        }
    }

    interface NoAction {
        @POST("/")
        Call<ExampleService.Ping> ping(@Body ExampleService.Ping request);
    }

    interface UnknownAction {
        @POST("/")
        @Headers("X-TC-Action: Nope")
        Call<ExampleService.Ping> nope(@Body ExampleService.Ping request);
    }

    interface OtherVersion {
        @POST("/")
        @Headers({"X-TC-Action: Ping", "X-TC-Version: 1999-01-01"})
        Call<ExampleService.Ping> ping(@Body ExampleService.Ping request);
    }

    interface NotAPost {
        @GET("/")
        @Headers("X-TC-Action: Ping")
        Call<ExampleService.Ping> ping();
    }

    interface TwoParameters {
        @POST("/")
        @Headers("X-TC-Action: Ping")
        Call<ExampleService.Ping> ping(@Body ExampleService.Ping request, String extra);
    }

    interface NoBody {
        @POST("/")
        @Headers("X-TC-Action: Ping")
        Call<ExampleService.Ping> ping(ExampleService.Ping request);
    }

    private static ExampleService.Builder settings() {
        return new ExampleService.Builder().endpointUrl("http://127.0.0.1:9").credentials(CredentialsProvider.of("AKIDx", SECRET));
    }

    @Test
    void aServiceInterfaceIsMadeAndClosed() {
        RetrofitClient<Good> client = RetrofitClient.create(Good.class, ExampleService.INSTANCE, settings());
        assertThat(client.api()).isNotNull();
        assertThat(client.retrofit().baseUrl().toString()).isEqualTo("http://127.0.0.1:9/");
        assertThat(client.toString()).contains("Good", "example").doesNotContain(SECRET);
        client.close();
        client.close();
        assertThat(client.isClosed()).isTrue();
    }

    @Test
    void theUsersBuilderKeepsItsFactoriesAfterTheSdksOwn() {
        retrofit2.CallAdapter.Factory users = new retrofit2.CallAdapter.Factory() {
            @Override
            public retrofit2.CallAdapter<?, ?> get(java.lang.reflect.Type returnType,
                    java.lang.annotation.Annotation[] annotations, Retrofit retrofit) {
                return null;
            }
        };
        try (RetrofitClient<Good> client = RetrofitClient.create(Good.class, ExampleService.INSTANCE, settings(),
                new Retrofit.Builder().addCallAdapterFactory(users))) {
            assertThat(client.retrofit().callAdapterFactories().get(0)).isInstanceOf(ActionCallAdapterFactory.class);
            assertThat(client.retrofit().callAdapterFactories()).contains(users);
            assertThat(client.retrofit().converterFactories()).anyMatch(StructConverterFactory.class::isInstance);
        }
    }

    @Test
    void aMethodWithoutAnActionIsRefusedByName() {
        assertThatThrownBy(() -> RetrofitClient.create(NoAction.class, ExampleService.INSTANCE, settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoAction.ping").hasMessageContaining("X-TC-Action");
    }

    @Test
    void anActionTheServiceDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> RetrofitClient.create(UnknownAction.class, ExampleService.INSTANCE, settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UnknownAction.nope").hasMessageContaining("no action 'Nope'");
    }

    @Test
    void anotherVersionIsRefused() {
        assertThatThrownBy(() -> RetrofitClient.create(OtherVersion.class, ExampleService.INSTANCE, settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1999-01-01").hasMessageContaining("2001-02-03");
    }

    @Test
    void onlyPostsToTheRootAreCalls() {
        assertThatThrownBy(() -> RetrofitClient.create(NotAPost.class, ExampleService.INSTANCE, settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotAPost.ping").hasMessageContaining("@POST(\"/\")");
    }

    @Test
    void theRequestIsTheOneBodyParameter() {
        for (Class<?> api : new Class<?>[] {TwoParameters.class, NoBody.class}) {
            assertThatThrownBy(() -> RetrofitClient.create(api, ExampleService.INSTANCE, settings()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly one parameter");
        }
    }

    @Test
    void aClassIsNotAnInterface() {
        assertThatThrownBy(() -> RetrofitClient.create(String.class, ExampleService.INSTANCE, settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an interface");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> RetrofitClient.create(null, ExampleService.INSTANCE, settings()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("api must not be null");
        assertThatThrownBy(() -> RetrofitClient.create(Good.class, null, settings()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("service must not be null");
        assertThatThrownBy(() -> RetrofitClient.create(Good.class, ExampleService.INSTANCE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("settings must not be null");
        assertThatThrownBy(() -> RetrofitClient.create(Good.class, ExampleService.INSTANCE, settings(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("retrofit must not be null");
        try (RetrofitClient<Good> client = RetrofitClient.create(Good.class, ExampleService.INSTANCE, settings())) {
            assertThatThrownBy(() -> client.create(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("other must not be null");
            assertThatThrownBy(() -> client.create(NoAction.class)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
