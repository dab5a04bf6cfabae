package dev.clssdk.cls.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @Test
    void theSpecsSensitiveMembersAreKnownToTheRuntime() {
        assertThat(ClsService.SENSITIVE_FIELDS).contains("CosPath");
    }

    @Test
    void aSignedDownloadAddressInABodyPreviewIsMasked() {
        String body = "{\"Response\":{\"Exports\":[{\"CosPath\" : \"https://b.cos.myqcloud.com/f?sign=q-signature%3Dabc\\\"x\","
                + "\"Status\":\"Completed\"}],\"RequestId\":\"r\"}}";
        String preview = redactor.preview(body.getBytes(StandardCharsets.UTF_8), 4096);
        assertThat(preview).doesNotContain("myqcloud").doesNotContain("q-signature")
                .contains("\\\"CosPath\\\" : \\\"***\\\"").contains("Completed");
    }

    @Test
    void aDownloadAddressCutOffByThePreviewLimitIsMaskedToo() {
        String body = "{\"Response\":{\"Exports\":[{\"CosPath\":\"https://b.cos.myqcloud.com/secret-path-that-goes-on";
        assertThat(redactor.redact(body)).doesNotContain("secret-path").endsWith("\"CosPath\":\"***\"");
    }
}
