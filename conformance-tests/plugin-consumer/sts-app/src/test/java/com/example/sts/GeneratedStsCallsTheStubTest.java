package com.example.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clssdk.stub.ContractStub;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.sts.InvalidParameterException;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.StsErrorCode;
import dev.clssdk.sts.StsService;
import dev.clssdk.sts.retrofit.StsApi;
import dev.clssdk.sts.model.GetCallerIdentityRequest;
import dev.clssdk.sts.model.GetCallerIdentityResponse;
import dev.clssdk.sts.model.GetFederationTokenRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The STS client and Retrofit interface the plugin generated, called through the core against the stub
 * playing the spec the plugin generated them from (the class path resource {@code sdk-spec/sts.yaml}).
 */
@Timeout(60)
class GeneratedStsCallsTheStubTest {

    private static final String ID = "AKIDpluginEXAMPLE";
    private static final String KEY = "plugin-secret-EXAMPLE";

    @Test
    void theGeneratedClientSignsForStsAndReadsTheAnswer() throws Exception {
        String spec = importedSpec();
        try (ContractStub stub = ContractStub.builder().spec(spec).throttling(false).credentials(ID, KEY).start();
                StsClient client = StsClient.builder().endpointUrl(stub.url()).rateLimiting(false)
                        .credentials(CredentialsProvider.of(ID, KEY)).build()) {
            GetCallerIdentityResponse answer = client.getCallerIdentity(GetCallerIdentityRequest.builder().build());
            assertFalse(answer.requestId().isBlank());
            String authorization = stub.recordedRequests().get(0).header("Authorization").orElse("");
            assertTrue(authorization.contains("/sts/tc3_request"), authorization);
            assertEquals("2018-08-13", stub.recordedRequests().get(0).header("X-TC-Version").orElse(""));
        }
    }

    @Test
    void theGeneratedRetrofitInterfaceCallsTheSameWay() throws Exception {
        String spec = importedSpec();
        try (ContractStub stub = ContractStub.builder().spec(spec).throttling(false).credentials(ID, KEY).start();
                RetrofitClient<StsApi> sts = RetrofitClient.create(StsApi.class, StsService.INSTANCE,
                        StsClient.builder().endpointUrl(stub.url()).rateLimiting(false)
                                .credentials(CredentialsProvider.of(ID, KEY)))) {
            GetCallerIdentityResponse answer = sts.api().getCallerIdentity(GetCallerIdentityRequest.builder().build())
                    .execute().body();
            assertFalse(answer.requestId().isBlank());
            String authorization = stub.recordedRequests().get(0).header("Authorization").orElse("");
            assertTrue(authorization.contains("/sts/tc3_request"), authorization);
        }
    }

    @Test
    void theServiceErrorCodesFromTheCatalogueAreConstantsAndExceptionFamilies() {
        assertEquals(StsErrorCode.INVALID_PARAMETER_POLICY_TOO_LONG, StsErrorCode.fromValue("InvalidParameter.PolicyTooLong"));
        assertTrue(dev.clssdk.sts.StsServiceException.class.isAssignableFrom(InvalidParameterException.class));
    }

    @Test
    void theOverlaysBoundIsChecked() {
        ValidationException refused = assertThrows(ValidationException.class, () -> GetFederationTokenRequest.builder()
                .name("app").policy("{}").durationSeconds(129_601L).build());
        assertTrue(refused.getMessage().contains("DurationSeconds must be <= 129600"), refused.getMessage());
    }

    private static String importedSpec() throws IOException {
        try (InputStream in = GeneratedStsCallsTheStubTest.class.getClassLoader().getResourceAsStream("sdk-spec/sts.yaml")) {
            assertNotNull(in, "the plugin puts the spec it generated from on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
