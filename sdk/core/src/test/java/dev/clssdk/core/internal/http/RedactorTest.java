package dev.clssdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}
