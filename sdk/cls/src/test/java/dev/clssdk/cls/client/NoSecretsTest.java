package dev.clssdk.cls.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.core.testing.CapturedLogs;
import dev.clssdk.cls.testing.ClientFixture;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class NoSecretsTest {
    private static final String TOKEN = "sessionTokenNeverLogged77";

    private final ClientFixture fixture = new ClientFixture();

    NoSecretsTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void noSecretOrSignatureAppearsInAnyLogLineExceptionMessageOrToString() throws Exception {
        CapturedLogs.start();
        List<String> texts = new ArrayList<>();
        fixture.server.enqueue(Answers.created("e"));
        fixture.server.enqueue(Answers.error("InternalError", "r1"));
        fixture.server.enqueue(new MockResponse.Builder().code(502).body("<html>" + ClientFixture.SECRET_KEY).build());
        fixture.server.enqueue(Answers.error("AuthFailure.SignatureFailure", "r3"));
        try (ClsClient client = fixture.builder().region("ap-guangzhou").retryPolicy(RetryPolicy.none())
                .credentials(CredentialsProvider.of(Credentials.of(ClientFixture.SECRET_ID, ClientFixture.SECRET_KEY, TOKEN)))
                .build()) {
            texts.add(client.toString());
            client.createExport(ClientFixture.createRequest());
            texts.add(catchThrowable(() -> client.describeExports(ClientFixture.describeRequest())).toString());
            texts.add(catchThrowable(() -> client.createExport(ClientFixture.createRequest())).toString());
            texts.add(catchThrowable(() -> client.createExport(ClientFixture.createRequest())).toString());
        }
        String signature = fixture.server.takeRequest().getHeaders().get("Authorization").replaceAll(".*Signature=", "");
        texts.addAll(CapturedLogs.lines());

        assertThat(fixture.server.getRequestCount()).isEqualTo(4);
        assertThat(CapturedLogs.lines()).as("the exchange was logged, with credentials headers redacted")
                .anySatisfy(line -> assertThat(line).contains("Authorization=(redacted)").contains("X-TC-Token=(redacted)"))
                .anySatisfy(line -> assertThat(line).contains("--> POST"));
        for (String text : texts) {
            assertThat(text).doesNotContain(ClientFixture.SECRET_KEY).doesNotContain(TOKEN).doesNotContain(signature);
        }
    }

    @Test
    void aServerMessageEchoingTheTokenIsRedactedInTheException() {
        fixture.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.TokenFailure\",\"Message\":\"bad token "
                        + TOKEN + "\"},\"RequestId\":\"r9\"}}")
                .build());
        try (ClsClient client = fixture.builder().retryPolicy(RetryPolicy.none())
                .credentials(CredentialsProvider.of(Credentials.of(ClientFixture.SECRET_ID, ClientFixture.SECRET_KEY, TOKEN)))
                .build()) {
            Throwable thrown = catchThrowable(() -> client.createExport(ClientFixture.createRequest()));
            assertThat(thrown).isInstanceOf(dev.clssdk.cls.AuthFailureException.class);
            assertThat(thrown.getMessage()).contains("bad token ***").doesNotContain(TOKEN);
            assertThat(((dev.clssdk.cls.ClsServiceException) thrown).errorMessage()).doesNotContain(TOKEN);
        }
    }
}
