package dev.clssdk.cls.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.testing.RecordingClassLoader;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.stub.ContractStub;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With Retrofit, sdk-retrofit and the interface on the class path, a typed client's construction
 * and first call load no Retrofit class: the interface costs its users only. Each first call runs
 * in a class loader of its own, so what it loads is seen from zero; the Retrofit route's first
 * call, seen the same way, does load Retrofit (so the check can tell).
 */
class TypedClientLoadsNoRetrofitTest {
    // Its own constants: the other tests' classes name Retrofit types, which verifying them could load.
    static final String SECRET_ID = "AKIDfirstcallloading000000000000000";
    static final String SECRET_KEY = "first-call-loading-secret-key-000000";
    static final String TOPIC = "topic-first-call";

    /** Loaded in the isolated loader: builds the typed client and makes one call. */
    public static final class TypedFirstCall implements Runnable {
        private final String url;

        public TypedFirstCall(String url) {
            this.url = url;
        }

        @Override
        public void run() {
            try (ClsClient client = settings(url).build()) {
                client.describeExports(DescribeExportsRequest.builder().topicId(TOPIC).build());
            }
        }
    }

    /** Loaded in the isolated loader: the same call through the Retrofit interface. */
    public static final class RetrofitFirstCall implements Runnable {
        private final String url;

        public RetrofitFirstCall(String url) {
            this.url = url;
        }

        @Override
        public void run() {
            try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(url))) {
                cls.api().describeExports(DescribeExportsRequest.builder().topicId(TOPIC).build()).execute();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    static ClsClient.Builder settings(String url) {
        return ClsClient.builder().endpointUrl(url).credentials(CredentialsProvider.of(SECRET_ID, SECRET_KEY));
    }

    private static Set<String> firstCall(Class<? extends Runnable> call, ContractStub stub) throws Exception {
        try (RecordingClassLoader loader = new RecordingClassLoader()) {
            Runnable firstCall = loader.newRunnable(call, stub.url());
            long before = stub.requestCount();
            firstCall.run();
            assertThat(stub.requestCount()).as("the call reached the stub").isEqualTo(before + 1);
            return Set.copyOf(loader.defined());
        }
    }

    @Test
    @Timeout(60)
    void theTypedClientsFirstCallLoadsNoRetrofitClass() throws Exception {
        try (ContractStub stub = ContractStub.builder().throttling(false)
                .credentials(SECRET_ID, SECRET_KEY).topic(TOPIC).start()) {
            Set<String> typed = firstCall(TypedFirstCall.class, stub);
            assertThat(typed).as("the client came from the isolated loader").contains("dev.clssdk.cls.ClsClient");
            assertThat(typed).as("classes of Retrofit, sdk-retrofit or the interface")
                    .noneMatch(name -> name.startsWith("retrofit2.") || name.startsWith("dev.clssdk.retrofit.")
                            || name.equals("dev.clssdk.cls.retrofit.ClsApi"));

            Set<String> retrofit = firstCall(RetrofitFirstCall.class, stub);
            assertThat(retrofit).contains("retrofit2.Retrofit", "dev.clssdk.retrofit.RetrofitClient",
                    "dev.clssdk.cls.retrofit.ClsApi");
        }
    }
}
