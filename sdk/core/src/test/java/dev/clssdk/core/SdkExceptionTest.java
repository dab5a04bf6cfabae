package dev.clssdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The action and the retry verdict are read from the base type, whatever the subclass. */
class SdkExceptionTest {

    @Test
    void everyCallFailureAnswersOnTheBaseType() {
        List<SdkException> failures = List.of(
                ServiceException.of(new ServiceException.Details("DescribeExports", "InternalError", "oops", "r-1",
                        200, true, null)),
                ProtocolException.builder(ProtocolException.Kind.HTTP_STATUS, "DescribeExports").httpStatus(503)
                        .retryable(true).build(),
                TransportException.builder("DescribeExports", "reset").mayHaveReachedServer(true).retryable(true).build());
        for (SdkException failure : failures) {
            assertThat(failure.action()).as(failure.getClass().getSimpleName()).isEqualTo("DescribeExports");
            assertThat(failure.isRetryable()).as(failure.getClass().getSimpleName()).isTrue();
        }
        SdkException closed = new ClientClosedException("CreateExport", "the client is closed", false);
        assertThat(closed.action()).isEqualTo("CreateExport");
        assertThat(closed.isRetryable()).isFalse();
    }

    @Test
    void aFailureThatIsNotOneCallsHasNoActionAndIsNotRetried() {
        SdkException invalid = new ValidationException("CreateExportRequest",
                List.of(new Violation("Count", "minimum", "at least 1", 0L, "InvalidParameterValue")));
        SdkException noCredentials = new CredentialsException(List.of("environment"));
        assertThat(invalid.action()).isNull();
        assertThat(invalid.isRetryable()).isFalse();
        assertThat(noCredentials.action()).isNull();
        assertThat(noCredentials.isRetryable()).isFalse();
    }

    @Test
    void aProtocolExceptionBuiltSaysWhatArrived() {
        IOException cause = new IOException("eof");
        ProtocolException e = ProtocolException.builder(ProtocolException.Kind.MALFORMED_JSON, "CreateExport")
                .httpStatus(502).contentType("text/html").bodyPreview("\"<html>\"").detail("not JSON").cause(cause)
                .build();
        assertThat(e.getMessage()).isEqualTo("CreateExport failed: body is not complete JSON (not JSON); received"
                + " HTTP 502, Content-Type text/html, body starts \"<html>\"");
        assertThat(e.kind()).isEqualTo(ProtocolException.Kind.MALFORMED_JSON);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.contentType()).isEqualTo("text/html");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.isRetryable()).isFalse();

        ProtocolException unread = ProtocolException.builder(ProtocolException.Kind.BODY_TOO_LARGE, "GetLog").build();
        assertThat(unread.getMessage()).isEqualTo("GetLog failed: body exceeds the size limit; received HTTP 200,"
                + " Content-Type none, body not read");
        assertThat(unread.bodyPreview()).isNull();
    }

    @Test
    void aMissingFieldNamesTheMemberAndTheRequestId() {
        ProtocolException e = ProtocolException.missingField("CreateExport", "ExportId", "r-9");
        assertThat(e.kind()).isEqualTo(ProtocolException.Kind.MISSING_FIELD);
        assertThat(e.getMessage()).startsWith("CreateExport failed: a required field is missing (no ExportId"
                + " (RequestId r-9))");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void aTransportExceptionBuiltKeepsEachFlag() {
        TransportException e = TransportException.builder("CreateExport", "read timed out").mayHaveReachedServer(true)
                .timeout(true).build();
        assertThat(e.getMessage()).isEqualTo("CreateExport failed: read timed out");
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.isTimeout()).isTrue();
        assertThat(e.isRetryable()).isFalse();
        TransportException nothingSent = TransportException.builder("CreateExport", "refused").build();
        assertThat(nothingSent.mayHaveReachedServer()).isFalse();
        assertThat(nothingSent.isTimeout()).isFalse();
    }
}
