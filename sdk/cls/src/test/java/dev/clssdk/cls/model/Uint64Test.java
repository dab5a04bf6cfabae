package dev.clssdk.cls.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.jackson.SdkJacksonModule;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tencent's uint64 members (imported with {@code minimum: 0}) are {@code Long}s that the SDK holds
 * to be non-negative, and a number above {@code Long.MAX_VALUE} is refused, never wrapped to a
 * negative value (api-spec/README.md, "uint64"): in an answer as a protocol error naming the member
 * and the type it must fit, with the reason, in an answer and in a JSON document read with Jackson.
 */
@Timeout(10)
class Uint64Test {

    @Test
    void aNegativeUint64IsRefusedBeforeAnythingIsSent() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> SearchLogRequest.builder().from(1L).to(2L).offset(-1L).build());

        assertThat(e.getMessage()).contains("Offset must be >= 0 (was -1)");
        assertThat(SearchLogRequest.builder().from(1L).to(2L).offset(Long.MAX_VALUE).build().offset())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anAnswerWithAUint64AboveTheLongRangeIsAProtocolErrorThatSaysWhy() throws Exception {
        try (ClientFixture fixture = new ClientFixture();
                ClsClient client = fixture.builder().retryPolicy(RetryPolicy.none()).build()) {
            fixture.server.enqueue(Answers.success(
                    "\"Exports\":[{\"ExportId\":\"e\",\"FileSize\":18446744073709551615}],\"TotalCount\":1"));

            ProtocolException e = catchThrowableOfType(ProtocolException.class,
                    () -> client.describeExports(ClientFixture.describeRequest()));

            assertThat(e.kind()).isEqualTo(ProtocolException.Kind.WRONG_FIELD_TYPE);
            assertThat(e.getMessage()).contains("at Response.Exports[0].FileSize: expected Long");
        }
    }

    @Test
    void readingJsonWithAUint64AboveTheLongRangeFailsSayingWhy() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> new ObjectMapper().registerModule(new SdkJacksonModule())
                .readValue("{\"ExportId\":\"e\",\"FileSize\":18446744073709551616}", ExportInfo.class));

        assertThat(e.getMessage()).contains("FileSize").contains("a uint64 above 9223372036854775807 does not fit");
    }
}
