package dev.clssdk.cls.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RetryPolicy;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Answers are read strictly: no scalar coercion, no duplicate keys, bounded messages, and
 * protocol messages that say what arrived without echoing the parser's view of the bytes
 * (issue 16, defects 7, 8 and 12).
 */
@Timeout(10)
class StrictAnswerReadingTest {
    private final ClientFixture fixture = new ClientFixture();
    private final ClsClient client = fixture.builder().retryPolicy(RetryPolicy.none()).build();

    StrictAnswerReadingTest() throws Exception {
    }

    @AfterEach
    void stop() {
        client.close();
        fixture.close();
    }

    private ProtocolException describeFails() {
        return catchThrowableOfType(ProtocolException.class, () -> client.describeExports(ClientFixture.describeRequest()));
    }

    @Test
    void aNumberWhereTheApiHasAStringIsAProtocolError() {
        fixture.server.enqueue(Answers.success("\"ExportId\":123"));
        ProtocolException e = catchThrowableOfType(ProtocolException.class,
                () -> client.createExport(ClientFixture.createRequest()));
        assertThat(e.kind()).isEqualTo(ProtocolException.Kind.WRONG_FIELD_TYPE);
        assertThat(e.getMessage()).contains("Response.ExportId");
    }

    @Test
    void aStringWhereTheApiHasANumberIsAProtocolError() {
        fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":\"5\""));
        ProtocolException e = describeFails();
        assertThat(e.kind()).isEqualTo(ProtocolException.Kind.WRONG_FIELD_TYPE);
        assertThat(e.getMessage()).contains("Response.TotalCount");
    }

    @Test
    void aBooleanOrNumberWhereTheApiHasAnEnumStringIsAProtocolError() {
        fixture.server.enqueue(Answers.success("\"Exports\":[{\"ExportId\":\"e\",\"Status\":7}],\"TotalCount\":1"));
        assertThat(describeFails().kind()).isEqualTo(ProtocolException.Kind.WRONG_FIELD_TYPE);
    }

    @Test
    void duplicateKeysAreAProtocolErrorSoAnErrorFollowedByASuccessNeverReadsAsSuccess() {
        fixture.server.enqueue(Answers.json("{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"},"
                + "\"RequestId\":\"r1\"},\"Response\":{\"Exports\":[],\"TotalCount\":0,\"RequestId\":\"r2\"}}"));
        ProtocolException e = describeFails();
        assertThat(e.kind()).isEqualTo(ProtocolException.Kind.MALFORMED_JSON);
        assertThat(e.getMessage()).contains("duplicate");
        fixture.server.enqueue(Answers.success("\"ExportId\":\"a\",\"ExportId\":\"b\""));
        assertThat(catchThrowableOfType(ProtocolException.class, () -> client.createExport(ClientFixture.createRequest()))
                .kind()).isEqualTo(ProtocolException.Kind.MALFORMED_JSON);
    }

    @Test
    void aHugeServerMessageIsBoundedInGetMessageButKeptWhole() {
        String huge = "x".repeat(1024 * 1024);
        fixture.server.enqueue(Answers.json("{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\""
                + huge + "\"},\"RequestId\":\"r\"}}"));
        ClsServiceException e = catchThrowableOfType(ClsServiceException.class,
                () -> client.describeExports(ClientFixture.describeRequest()));
        assertThat(e.getMessage().length()).isLessThan(2_000);
        assertThat(e.getMessage()).contains("InvalidParameter").contains("(RequestId r").contains("1048576 characters");
        assertThat(e.errorMessage()).hasSize(huge.length());
    }

    @Test
    void anHtmlErrorPageSaysWhatArrivedWithoutAParserDetail() {
        fixture.server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html><body>502 Bad Gateway</body></html>").build());
        ProtocolException e = describeFails();
        assertThat(e.kind()).isEqualTo(ProtocolException.Kind.HTTP_STATUS);
        assertThat(e.getMessage()).contains("HTTP 502").contains("text/html").contains("502 Bad Gateway")
                .doesNotContain("Unexpected character").doesNotContain("expected a valid value").doesNotContain("code 60");
    }

    @Test
    void aBodyRefusedByItsContentLengthIsNotDescribedAsEmpty() {
        ClsClient small = fixture.builder().retryPolicy(RetryPolicy.none()).maxResponseBytes(100).build();
        try (small) {
            fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":0,\"Pad\":\"" + "p".repeat(500) + "\""));
            ProtocolException e = catchThrowableOfType(ProtocolException.class,
                    () -> small.describeExports(ClientFixture.describeRequest()));
            assertThat(e.kind()).isEqualTo(ProtocolException.Kind.BODY_TOO_LARGE);
            assertThat(e.getMessage()).doesNotContain("body empty").contains("Content-Length");
        }
    }
}
