package dev.clssdk.cls.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.cls.AuthFailureException;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.cls.FailedOperationException;
import dev.clssdk.cls.InvalidParameterException;
import dev.clssdk.cls.OperationDeniedException;
import dev.clssdk.cls.LimitExceededException;
import dev.clssdk.cls.RequestLimitExceededException;
import dev.clssdk.cls.ResourceNotFoundException;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.cls.ClsErrorCode;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(10)
class ClsClientErrorTest {
    private final ClientFixture fixture = new ClientFixture();
    private final ClsClient client;

    ClsClientErrorTest() throws Exception {
        client = fixture.builder().retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void close() {
        client.close();
        fixture.close();
    }

    static Stream<Arguments> errorCodes() {
        return Stream.of(
                Arguments.of("LimitExceeded.Export", ClsErrorCode.LIMIT_EXCEEDED_EXPORT, LimitExceededException.class),
                Arguments.of("ResourceNotFound.TopicNotExist", ClsErrorCode.RESOURCE_NOT_FOUND_TOPIC_NOT_EXIST,
                        ResourceNotFoundException.class),
                Arguments.of("ResourceNotFound.ExportNotExist", ClsErrorCode.RESOURCE_NOT_FOUND_EXPORT_NOT_EXIST,
                        ResourceNotFoundException.class),
                Arguments.of("RequestLimitExceeded", ClsErrorCode.REQUEST_LIMIT_EXCEEDED,
                        RequestLimitExceededException.class),
                Arguments.of("AuthFailure.SignatureFailure", ClsErrorCode.AUTH_FAILURE_SIGNATURE_FAILURE,
                        AuthFailureException.class),
                Arguments.of("AuthFailure.SecretIdNotFound", ClsErrorCode.AUTH_FAILURE_SECRET_ID_NOT_FOUND,
                        AuthFailureException.class),
                Arguments.of("AuthFailure.SomethingNewer", ClsErrorCode.UNKNOWN_TO_SDK_VERSION, AuthFailureException.class),
                Arguments.of("InvalidParameter", ClsErrorCode.INVALID_PARAMETER, InvalidParameterException.class),
                Arguments.of("OperationDenied.AccountIsolate", ClsErrorCode.OPERATION_DENIED_ACCOUNT_ISOLATE,
                        OperationDeniedException.class),
                Arguments.of("FailedOperation.SomethingNewer", ClsErrorCode.UNKNOWN_TO_SDK_VERSION, FailedOperationException.class),
                Arguments.of("Brand.NewFamily", ClsErrorCode.UNKNOWN_TO_SDK_VERSION, ClsServiceException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCodes")
    void errorEnvelopeBecomesATypedExceptionWithCodeRawCodeMessageAndRequestId(String code, ClsErrorCode expected,
            Class<? extends ClsServiceException> type) {
        fixture.server.enqueue(Answers.error(code, "req-" + code));
        Throwable thrown = catchThrowable(() -> client.createExport(ClientFixture.createRequest()));
        assertThat(thrown).isExactlyInstanceOf(type);
        ClsServiceException e = (ClsServiceException) thrown;
        assertThat(e.errorCode()).isEqualTo(expected);
        assertThat(e.rawCode()).isEqualTo(code);
        assertThat(e.errorMessage()).isEqualTo("message for " + code);
        assertThat(e.requestId()).isEqualTo("req-" + code);
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.action()).isEqualTo("CreateExport");
        assertThat(e.getMessage()).contains("CreateExport failed: " + code).contains("RequestId req-" + code);
    }

    @Test
    void internalErrorIsRetryableOnlyForIdempotentActions() {
        fixture.server.enqueue(Answers.error("InternalError", "r1"));
        fixture.server.enqueue(Answers.error("InternalError", "r2"));
        ClsServiceException create = (ClsServiceException) catchThrowable(
                () -> client.createExport(ClientFixture.createRequest()));
        ClsServiceException describe = (ClsServiceException) catchThrowable(
                () -> client.describeExports(ClientFixture.describeRequest()));
        assertThat(create.isRetryable()).isFalse();
        assertThat(describe.isRetryable()).isTrue();
    }

    @Test
    void errorEnvelopeWithANon200StatusKeepsTheStatus() {
        fixture.server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .body(Answers.errorBody("InvalidParameter", "req-400")).build());
        assertThatThrownBy(() -> client.describeExports(ClientFixture.describeRequest()))
                .isInstanceOfSatisfying(ClsServiceException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.requestId()).isEqualTo("req-400");
                    assertThat(e.errorCode()).isEqualTo(ClsErrorCode.INVALID_PARAMETER);
                });
    }

    @Test
    void unknownResponseFieldsAreIgnored() {
        fixture.server.enqueue(Answers.json("{\"Response\":{\"Exports\":[{\"ExportId\":\"e\",\"Brand\":{\"New\":[1]},"
                + "\"Status\":\"Completed\"}],\"TotalCount\":1,\"Later\":true,\"RequestId\":\"r\"},\"Extra\":1}"));
        DescribeExportsResponse response = client.describeExports(ClientFixture.describeRequest());
        assertThat(response.exports()).singleElement().satisfies(e -> assertThat(e.exportId()).isEqualTo("e"));
        assertThat(response.totalCount()).isEqualTo(1L);
    }

    static Stream<Arguments> malformedAnswers() {
        return Stream.of(
                Arguments.of("gateway HTML page", 502, "text/html", "<html><body>Bad Gateway</body></html>",
                        ProtocolException.Kind.HTTP_STATUS, "<html><body>Bad Gateway"),
                Arguments.of("non-200 with empty body", 503, null, "", ProtocolException.Kind.HTTP_STATUS, "empty"),
                Arguments.of("non-200 success envelope", 404, "application/json",
                        "{\"Response\":{\"RequestId\":\"r\"}}", ProtocolException.Kind.HTTP_STATUS, "RequestId"),
                Arguments.of("200 with empty body", 200, "application/json", "", ProtocolException.Kind.EMPTY_BODY,
                        "empty"),
                Arguments.of("truncated JSON", 200, "application/json", "{\"Response\":{\"ExportId\":\"e",
                        ProtocolException.Kind.MALFORMED_JSON, "{\\\"Response\\\""),
                Arguments.of("200 with HTML", 200, "text/html", "<html>oops</html>",
                        ProtocolException.Kind.MALFORMED_JSON, "<html>oops"),
                Arguments.of("JSON after which garbage follows", 200, "application/json",
                        "{\"Response\":{\"RequestId\":\"r\"}} <html>", ProtocolException.Kind.MALFORMED_JSON, "<html>"),
                Arguments.of("JSON without Response", 200, "application/json", "{\"Result\":{}}",
                        ProtocolException.Kind.MISSING_RESPONSE, "Result"),
                Arguments.of("JSON array", 200, "application/json", "[1,2]",
                        ProtocolException.Kind.MISSING_RESPONSE, "[1,2]"),
                Arguments.of("Response not an object", 200, "application/json", "{\"Response\":\"x\"}",
                        ProtocolException.Kind.MISSING_RESPONSE, "Response"),
                Arguments.of("Response without RequestId", 200, "application/json",
                        "{\"Response\":{\"Exports\":[],\"TotalCount\":0}}",
                        ProtocolException.Kind.MISSING_REQUEST_ID, "TotalCount"),
                Arguments.of("RequestId of the wrong type", 200, "application/json",
                        "{\"Response\":{\"RequestId\":7}}", ProtocolException.Kind.MISSING_REQUEST_ID, "7"),
                Arguments.of("Error without Code", 200, "application/json",
                        "{\"Response\":{\"Error\":{\"Message\":\"m\"},\"RequestId\":\"r\"}}",
                        ProtocolException.Kind.MALFORMED_ERROR, "Error"),
                Arguments.of("list field holding a string", 200, "application/json",
                        "{\"Response\":{\"Exports\":\"none\",\"RequestId\":\"r\"}}",
                        ProtocolException.Kind.WRONG_FIELD_TYPE, "none"),
                Arguments.of("number field holding text", 200, "application/json",
                        "{\"Response\":{\"Exports\":[{\"FileSize\":\"big\"}],\"RequestId\":\"r\"}}",
                        ProtocolException.Kind.WRONG_FIELD_TYPE, "big"),
                Arguments.of("integer field holding a fraction", 200, "application/json",
                        "{\"Response\":{\"TotalCount\":1.5,\"RequestId\":\"r\"}}",
                        ProtocolException.Kind.WRONG_FIELD_TYPE, "1.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedAnswers")
    void malformedAnswerBecomesAProtocolExceptionSayingWhatArrived(String name, int status, String contentType,
            String body, ProtocolException.Kind kind, String shownInMessage) {
        MockResponse.Builder answer = new MockResponse.Builder().code(status).body(body);
        if (contentType != null) {
            answer.setHeader("Content-Type", contentType);
        }
        fixture.server.enqueue(answer.build());
        Throwable thrown = catchThrowable(() -> client.describeExports(ClientFixture.describeRequest()));
        assertThat(thrown).isExactlyInstanceOf(ProtocolException.class);
        ProtocolException e = (ProtocolException) thrown;
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.action()).isEqualTo("DescribeExports");
        assertThat(e.getMessage()).contains("HTTP " + status).contains(shownInMessage);
        if (contentType != null) {
            assertThat(e.getMessage()).contains("Content-Type " + contentType);
        }
    }

    @Test
    void bodyOverTheSizeBoundBecomesAProtocolException() {
        try (ClsClient small = fixture.builder().maxResponseBytes(64).retryPolicy(RetryPolicy.none()).build()) {
            fixture.server.enqueue(Answers.json("{\"Response\":{\"Exports\":[],\"RequestId\":\"" + "r".repeat(200) + "\"}}"));
            assertThatThrownBy(() -> small.describeExports(ClientFixture.describeRequest()))
                    .isInstanceOfSatisfying(ProtocolException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.BODY_TOO_LARGE))
                    .hasMessageContaining("over 64 bytes");
        }
    }

    @Test
    void bodyPreviewInAProtocolExceptionIsRedacted() {
        String echoed = "<html>Credential=" + ClientFixture.SECRET_ID + "/2024-03-09/cls/tc3_request, Signature="
                + "a".repeat(64) + " key " + ClientFixture.SECRET_KEY + "</html>";
        fixture.server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html")
                .body(echoed).build());
        Throwable thrown = catchThrowable(() -> client.describeExports(ClientFixture.describeRequest()));
        assertThat(thrown).isInstanceOf(ProtocolException.class);
        assertThat(thrown.getMessage()).doesNotContain(ClientFixture.SECRET_ID).doesNotContain(ClientFixture.SECRET_KEY)
                .doesNotContain("a".repeat(64)).contains("Signature=***");
    }

    @Test
    void asyncCallFailsWithTheSameTypedException() {
        fixture.server.enqueue(Answers.error("ResourceNotFound.TopicNotExist", "req-async"));
        Throwable thrown = catchThrowable(() -> client.describeExportsAsync(ClientFixture.describeRequest())
                .get(5, TimeUnit.SECONDS));
        assertThat(thrown.getCause()).isInstanceOfSatisfying(ResourceNotFoundException.class,
                e -> assertThat(e.requestId()).isEqualTo("req-async"));
        fixture.server.enqueue(Answers.json("{\"Response\":{}}"));
        assertThatThrownBy(() -> client.describeExportsAsync(ClientFixture.describeRequest()).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ProtocolException.class);
    }
}
