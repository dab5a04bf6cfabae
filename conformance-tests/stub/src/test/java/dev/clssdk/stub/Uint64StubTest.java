package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tencent's uint64 members are non-negative by rule (imported with {@code minimum: 0}), and the stub
 * holds requests to that as the real service does: {@code SearchLog}'s {@code Offset} is a uint64.
 * A number beyond the 64-bit range is refused as not a 64-bit integer (the SDK carries every 64-bit
 * member as a {@code long}; see api-spec/README.md, "uint64").
 */
class Uint64StubTest {

    private final ContractStub stub = ContractStub.builder().throttling(false)
            .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY).start();
    private final SignedClient client = new SignedClient(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aNegativeUint64IsRefusedNamingTheMemberAndTheBound() {
        SignedClient.Answer answer = client.call("SearchLog", "{\"From\":1,\"To\":2,\"Offset\":-1}");

        assertThat(answer.errorCode()).startsWith("InvalidParameter");
        assertThat(answer.errorMessage()).contains("Offset").contains(">= 0");
    }

    @Test
    void aUint64AboveTheLongRangeIsRefusedAsNotA64BitInteger() {
        SignedClient.Answer answer = client.call("SearchLog", "{\"From\":1,\"To\":2,\"Offset\":18446744073709551615}");

        assertThat(answer.errorCode()).startsWith("InvalidParameter");
        assertThat(answer.errorMessage()).contains("Offset").contains("64-bit integer");
    }

    @Test
    void zeroAndTheLargestLongAreAccepted() {
        assertThat(client.call("SearchLog", "{\"From\":1,\"To\":2,\"Offset\":0}").ok()).isTrue();
        assertThat(client.call("SearchLog", "{\"From\":1,\"To\":2,\"Offset\":9223372036854775807}").ok()).isTrue();
    }
}
