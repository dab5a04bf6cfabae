package com.example.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clssdk.codegen.importer.TencentExamples;
import dev.clssdk.codegen.importer.TencentImporter;
import dev.clssdk.codegen.importer.TencentModel;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.StsService;
import dev.clssdk.sts.model.GetCallerIdentityRequest;
import dev.clssdk.sts.model.GetCallerIdentityResponse;
import dev.clssdk.sts.retrofit.StsApi;
import dev.clssdk.stub.ContractStub;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The STS client and Retrofit interface the plugin generated, called through the core against the stub
 * playing the same model.
 */
@Timeout(60)
class GeneratedStsCallsTheStubTest {

    private static final String ID = "AKIDpluginEXAMPLE";
    private static final String KEY = "plugin-secret-EXAMPLE";

    @Test
    void theGeneratedClientSignsForStsAndReadsTheAnswer() throws Exception {
        String model = Files.readString(Path.of("src/main/tencent/api.json"), StandardCharsets.UTF_8);
        String spec = TencentImporter.importActions(TencentModel.parse(model), TencentExamples.none(), List.of(), 1).yaml();
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
        String model = Files.readString(Path.of("src/main/tencent/api.json"), StandardCharsets.UTF_8);
        String spec = TencentImporter.importActions(TencentModel.parse(model), TencentExamples.none(), List.of(), 1).yaml();
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
}
