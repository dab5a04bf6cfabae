package dev.clssdk.cls.testing;

import dev.clssdk.core.testing.FakeTime;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.DeleteExportRequest;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockWebServer;

/** A loopback MockWebServer and a client builder pointed at it with fake time. */
public final class ClientFixture implements AutoCloseable {
    public static final String SECRET_ID = "AKIDtestSecretId0001";
    public static final String SECRET_KEY = "testSecretKeyNeverLogged42";
    public static final Instant START = Instant.parse("2024-03-09T12:00:00Z");

    public final MockWebServer server = new MockWebServer();
    public final FakeTime time = new FakeTime(START);

    public ClientFixture() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** @return the server's URL */
    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** @return a builder with static credentials, fake time, fast retries and short timeouts */
    public ClsClient.Builder builder() {
        return ClsClient.builder()
                .credentials(CredentialsProvider.of(SECRET_ID, SECRET_KEY))
                .endpointUrl(url())
                .clock(time)
                .sleeper(time)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofMillis(100))
                        .maxDelay(Duration.ofSeconds(1)).totalTimeout(Duration.ofSeconds(30)).random(() -> 0.5).build());
    }

    public static CreateExportRequest createRequest() {
        return CreateExportRequest.builder().topicId("topic-1").query("status:200").count(100L).from(1000L).to(2000L)
                .build();
    }

    public static DescribeExportsRequest describeRequest() {
        return DescribeExportsRequest.builder().topicId("topic-1").build();
    }

    public static DeleteExportRequest deleteRequest() {
        return DeleteExportRequest.builder().exportId("export-1").build();
    }

    @Override
    public void close() {
        server.close();
    }
}
