package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stub plays any service from its spec: here a small STS spec, with its own service name and API version. */
@Timeout(30)
class OtherServiceTest {

    private final ContractStub sts = ContractStub.builder()
            .spec(SpecFixtures.text(SpecFixtures.STS))
            .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
            .start();
    private final SignedClient client = new SignedClient(sts);

    @AfterEach
    void close() {
        sts.close();
    }

    @Test
    void playsTheServiceAndVersionItsSpecNames() {
        assertThat(sts.model().service()).isEqualTo("sts");
        assertThat(sts.model().apiVersion()).isEqualTo("2018-08-13");
        assertThat(sts.toString()).contains("sts 2018-08-13");
    }

    @Test
    void verifiesSignaturesWhoseScopeNamesTheSpecsService() {
        SignedClient.Answer signedForSts = client.call("GetCallerIdentity", "{}", "sts", Map.of());
        assertThat(signedForSts.ok()).as(String.valueOf(signedForSts.response())).isTrue();

        SignedClient.Answer signedForCls = client.call("GetCallerIdentity", "{}", "cls", Map.of());
        assertThat(signedForCls.errorCode()).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(signedForCls.errorMessage()).contains("/sts/tc3_request");
    }

    @Test
    void checksXTcVersionAgainstTheSpecsApiVersion() {
        SignedClient.Answer clsVersion = client.call("GetCallerIdentity", "{}", "sts", Map.of("X-TC-Version", "2020-10-16"));
        assertThat(clsVersion.errorCode()).isEqualTo("InvalidParameterValue");
        assertThat(clsVersion.errorMessage()).contains("2018-08-13");
    }

    @Test
    void answersTheSpecsExampleWhereItHasOne() {
        SignedClient.Answer answer = client.call("GetCallerIdentity", "{}");
        assertThat(answer.response().get("Arn").asText()).isEqualTo("qcs::cam::uin/100000000001:uin/100000000001");
        assertThat(answer.response().get("Type").asText()).isEqualTo("RootAccount");
        assertThat(answer.response().get("RequestId").asText()).isNotEqualTo("8e3d9e1a-4f6b-4a51-9d7e-1c3b2a1f0e9d");
        assertThat(new OutputSchemaCheck(sts.model()).problems("GetCallerIdentityResponse", answer.response())).isEmpty();
    }

    @Test
    void synthesizesASchemaValidSuccessWhereTheSpecHasNoExample() {
        SignedClient.Answer answer = client.call("AssumeRole", "{\"RoleArn\":\"qcs::cam::uin/1:roleName/r\",\"RoleSessionName\":\"test\"}");
        assertThat(answer.ok()).as(String.valueOf(answer.response())).isTrue();
        assertThat(new OutputSchemaCheck(sts.model()).problems("AssumeRoleResponse", answer.response())).isEmpty();
        assertThat(answer.response().at("/Credentials/TmpSecretId").isTextual()).isTrue();
        assertThat(answer.response().get("ExpiredTime").isIntegralNumber()).isTrue();
    }

    @Test
    void validatesInputAgainstTheOtherSpec() {
        assertThat(client.call("AssumeRole", "{\"RoleSessionName\":\"test\"}").errorCode()).isEqualTo("MissingParameter");
        assertThat(client.call("AssumeRole", "{\"RoleArn\":\"r\",\"RoleSessionName\":\"a b\"}").errorCode())
                .as("pattern").isEqualTo("InvalidParameter");
        assertThat(client.call("AssumeRole", "{\"RoleArn\":\"r\",\"RoleSessionName\":\"ab\",\"DurationSeconds\":43201}").errorCode())
                .as("maximum").isEqualTo("InvalidParameter");
    }

    @Test
    void actionsOfAnotherServiceAreInvalidActionAndTheExportWorkflowStaysOut() {
        assertThat(client.call("CreateExport", "{}").errorCode()).isEqualTo("InvalidAction");
        assertThat(sts.toString()).contains("behaviours=[]");
    }

    @Test
    void takesBehavioursForItsOwnActions() {
        try (ContractStub withBehaviour = ContractStub.builder()
                .spec(SpecFixtures.text(SpecFixtures.STS))
                .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
                .behaviour("AssumeRole", call -> call.input().path("RoleArn").asText().endsWith("/missing")
                        ? ActionAnswer.error("ResourceNotFound.RoleNotExist", "no such role")
                        : null)
                .behaviour("GetCallerIdentity", call -> ActionAnswer.success(JsonNodeFactory.instance.objectNode()
                        .put("Arn", "arn-of-" + call.secretId()).put("AccountId", "1").put("UserId", "2")
                        .put("PrincipalId", "3").put("Type", "CAMUser")))
                .start()) {
            SignedClient other = new SignedClient(withBehaviour);
            assertThat(other.call("AssumeRole", "{\"RoleArn\":\"qcs::cam::uin/1:roleName/missing\",\"RoleSessionName\":\"ab\"}")
                    .errorCode()).isEqualTo("ResourceNotFound.RoleNotExist");
            assertThat(other.call("AssumeRole", "{\"RoleArn\":\"qcs::cam::uin/1:roleName/r\",\"RoleSessionName\":\"ab\"}").ok())
                    .isTrue();
            assertThat(other.call("GetCallerIdentity", "{}").response().get("Arn").asText())
                    .isEqualTo("arn-of-" + SignedClient.SECRET_ID);
        }
    }
}
