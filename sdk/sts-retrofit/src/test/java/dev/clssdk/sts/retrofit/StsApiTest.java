package dev.clssdk.sts.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.StsService;
import dev.clssdk.sts.model.GetCallerIdentityRequest;
import dev.clssdk.sts.model.GetCallerIdentityResponse;
import dev.clssdk.stub.ContractStub;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrofit2.Response;

/** STS's generated Retrofit interface calls STS as {@link StsClient} does: signed for sts, read from the envelope. */
@Timeout(60)
class StsApiTest {
    private static final String ID = "AKIDstsretrofit00000000000000000000";
    private static final String KEY = "sts-retrofit-secret-key-000000000000";

    @Test
    void getCallerIdentityThroughTheInterface() throws IOException {
        try (ContractStub stub = ContractStub.builder().spec(spec()).throttling(false).credentials(ID, KEY).start();
                RetrofitClient<StsApi> sts = RetrofitClient.create(StsApi.class, StsService.INSTANCE,
                        StsClient.builder().endpointUrl(stub.url()).credentials(CredentialsProvider.of(ID, KEY)))) {
            Response<GetCallerIdentityResponse> response =
                    sts.api().getCallerIdentity(GetCallerIdentityRequest.builder().build()).execute();

            assertThat(response.body().requestId()).isNotBlank();
            assertThat(stub.recordedRequests()).singleElement().satisfies(request -> {
                assertThat(request.action()).contains("GetCallerIdentity");
                assertThat(request.header("Authorization")).hasValueSatisfying(a -> assertThat(a).contains("/sts/tc3_request"));
            });
        }
    }

    private static String spec() throws IOException {
        try (InputStream in = StsApiTest.class.getClassLoader().getResourceAsStream("sts/sts-2018-08-13.yaml")) {
            assertThat(in).as("the STS spec on the class path (cls-api-spec)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
