package dev.clssdk.bench.ours;

import dev.clssdk.bench.loopback.LoopbackServer;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.core.auth.CredentialsProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CreateExport request every benchmark sends (the official SDK's module builds the same
 * values), the credentials (Tencent's documented example pair, not a real secret) and the client.
 */
final class Fixtures {
    static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    static final String REGION = "ap-guangzhou";
    static final String HOST = "cls.tencentcloudapi.com";

    static final byte[] SUCCESS = LoopbackServer.SUCCESS_BODY.getBytes(StandardCharsets.UTF_8);
    static final byte[] ERROR = LoopbackServer.ERROR_BODY.getBytes(StandardCharsets.UTF_8);

    private Fixtures() {
    }

    static CreateExportRequest createExport() {
        return CreateExportRequest.builder()
                .topicId("ee20bb16-3025-4048-b81a-dd436373062e")
                .query("status:200 AND method:POST")
                .count(100_000L)
                .from(1_607_499_107_000L)
                .to(1_607_499_207_000L)
                .order(Order.DESC)
                .format(Format.JSON)
                .syntaxRule(1L)
                .derivedFields(List.of("status", "method"))
                .build();
    }

    /** A client for the loopback server: keep-alive, no rate limiting (it would cap calls at 20/s). */
    static ClsClient client(String url) {
        return builder(url).build();
    }

    /** The builder of {@link #client}, for harnesses that change one setting. */
    static ClsClient.Builder builder(String url) {
        return ClsClient.builder()
                .credentials(CredentialsProvider.of(SECRET_ID, SECRET_KEY))
                .region(REGION)
                .endpointUrl(url)
                .hostHeader(HOST)
                .rateLimiting(false);
    }
}
