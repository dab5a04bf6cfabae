package dev.clssdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor(java.util.Set.of("CosPath"));

    @Test
    void aSignedDownloadAddressInABodyPreviewIsMasked() {
        String body = "{\"Response\":{\"Exports\":[{\"CosPath\" : \"https://b.cos.myqcloud.com/f?sign=q-signature%3Dabc\\\"x\","
                + "\"Status\":\"Completed\"}],\"RequestId\":\"r\"}}";
        String preview = redactor.preview(body.getBytes(StandardCharsets.UTF_8), 4096, null);
        assertThat(preview).doesNotContain("myqcloud").doesNotContain("q-signature")
                .contains("\\\"CosPath\\\" : \\\"***\\\"").contains("Completed");
    }

    @Test
    void aDownloadAddressCutOffByThePreviewLimitIsMaskedToo() {
        String body = "{\"Response\":{\"Exports\":[{\"CosPath\":\"https://b.cos.myqcloud.com/secret-path-that-goes-on";
        assertThat(redactor.redact(body)).doesNotContain("secret-path").endsWith("\"CosPath\":\"***\"");
    }

    @Test
    void theRequestsSensitiveValuesAreFoundWhereverNestedAndMaskedWhereTheAnswerRepeatsThem() {
        Redactor sts = new Redactor(Set.of("WebIdentityToken", "Secret"));
        byte[] request = "{\"ProviderId\":\"OIDC\",\"WebIdentityToken\":\"eyJhead.payload.signature\",\"Nested\":{\"Secret\":\"s3cr3tValue\"}}"
                .getBytes(StandardCharsets.UTF_8);
        List<String> values = sts.sensitiveValues(request);
        assertThat(values).containsExactlyInAnyOrder("eyJhead.payload.signature", "s3cr3tValue");
        assertThat(sts.redact("bad token eyJhead.payload.signature for s3cr3tValue", null, values))
                .isEqualTo("bad token *** for ***");
        assertThat(sts.preview("{\"Message\":\"token eyJhead.payl".getBytes(StandardCharsets.UTF_8), 100, null, values))
                .as("a cut-off echo too").doesNotContain("eyJhead.payl").endsWith("token ***\"");
    }

    @Test
    void aRequestWithoutASensitiveMemberIsNotParsedAndOneThatIsNotJsonGivesWhatWasFound() {
        Redactor sts = new Redactor(Set.of("Secret"));
        assertThat(sts.sensitiveValues("{\"Name\":\"Secretive\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(sts.sensitiveValues("{\"Secret\":\"first1\", oops".getBytes(StandardCharsets.UTF_8))).containsExactly("first1");
        assertThat(sts.sensitiveValues(null)).isEmpty();
    }

    @Test
    void theClientsOwnSecretsAreMaskedInEveryText() {
        String basic = Base64.getEncoder().encodeToString("user:proxyPassw0rd".getBytes(StandardCharsets.ISO_8859_1));
        Redactor withProxy = new Redactor(Set.of(), List.of("proxyPassw0rd", "user:proxyPassw0rd", basic));
        assertThat(withProxy.redact("<pre>Proxy-Authorization: Basic " + basic + "</pre>")).isEqualTo("<pre>Proxy-Authorization: Basic ***</pre>");
        assertThat(withProxy.redact("user:proxyPassw0rd rejected", null)).isEqualTo("*** rejected");
        assertThat(withProxy.preview(("Basic " + basic).getBytes(StandardCharsets.ISO_8859_1), 12, null))
                .doesNotContain(basic.substring(0, 6));
    }
}
