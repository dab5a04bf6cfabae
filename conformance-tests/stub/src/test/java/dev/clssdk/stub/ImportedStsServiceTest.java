package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.importer.TencentExamples;
import dev.clssdk.codegen.importer.TencentImporter;
import dev.clssdk.codegen.importer.TencentModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.spec.SpecText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole of Tencent's STS model, imported by the project's importer and served by the stub
 * with no STS-specific code: every action validated and answered with a success that fits its
 * output shape, signatures verified for {@code sts}.
 */
@Timeout(60)
class ImportedStsServiceTest {

    private static String spec;
    private static ContractStub sts;

    @BeforeAll
    static void importAndStart() throws IOException {
        TencentModel model = TencentModel.parse(gunzipped("tencent-sts/api.json.gz"));
        TencentExamples examples = TencentExamples.parse(gunzipped("tencent-sts/examples.json.gz"));
        spec = TencentImporter.importActions(model, examples, List.of(), 1).yaml();
        sts = ContractStub.builder().spec(spec).throttling(false)
                .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY).start();
    }

    @AfterAll
    static void stop() {
        if (sts != null) {
            sts.close();
        }
    }

    @Test
    void everyImportedActionAnswersASuccessThatFitsItsOutputShape() {
        SignedClient client = new SignedClient(sts);
        OutputSchemaCheck check = new OutputSchemaCheck(sts.model());
        assertThat(sts.model().operations()).hasSizeGreaterThanOrEqualTo(7);
        for (OperationModel operation : sts.model().operations()) {
            // A value of the input shape made the way answers are made: it keeps to every constraint.
            String input = new OutputSynthesizer(sts.model()).synthesize(operation.inputShape()).toString();
            SignedClient.Answer answer = client.call(operation.action(), input);
            assertThat(answer.ok()).as(operation.action() + " " + input + " -> " + answer.response()).isTrue();
            assertThat(check.problems(operation.outputShape(), answer.response())).as(operation.action()).isEmpty();
        }
    }

    @Test
    void requiredInputIsCheckedWithTheImportedValidationCode() {
        assertThat(new SignedClient(sts).call("AssumeRole", "{}").errorCode()).isEqualTo(sts.model().validationCodes().required());
    }

    @Test
    void tencentsExamplesAreServedWhenTheyFitTheShape() {
        SpecSuccessAnswers answers = new SpecSuccessAnswers(sts.model(), SpecExamples.of(SpecText.tree(spec)), new SpecValidator(sts.model()));
        assertThat(answers.source("AssumeRole")).contains(SpecSuccessAnswers.Source.EXAMPLE);
    }

    @Test
    void signaturesMustNameSts() {
        SignedClient client = new SignedClient(sts);
        assertThat(client.call("GetCallerIdentity", "{}", "sts", Map.of()).ok()).isTrue();
        assertThat(client.call("GetCallerIdentity", "{}", "cls", Map.of()).errorCode()).isEqualTo("AuthFailure.SignatureFailure");
    }

    private static String gunzipped(String resource) throws IOException {
        try (InputStream in = ImportedStsServiceTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
