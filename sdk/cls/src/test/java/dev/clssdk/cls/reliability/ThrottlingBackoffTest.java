package dev.clssdk.cls.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.RequestLimitExceededException;
import dev.clssdk.cls.testing.Answers;
import dev.clssdk.cls.testing.ClientFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A throttled call waits at least for the next rate window (1 s) before trying again (issue 16, defect 12). */
@Timeout(10)
class ThrottlingBackoffTest {
    private final ClientFixture fixture = new ClientFixture();
    private final ClsClient client = fixture.builder().rateLimiting(false).build();

    ThrottlingBackoffTest() throws Exception {
    }

    @AfterEach
    void stop() {
        client.close();
        fixture.close();
    }

    @Test
    void retriesAfterRequestLimitExceededWaitForTheNextRateWindow() {
        for (int i = 0; i < 4; i++) {
            fixture.server.enqueue(Answers.error("RequestLimitExceeded", "r" + i));
        }
        assertThatThrownBy(() -> client.describeExports(ClientFixture.describeRequest()))
                .isInstanceOf(RequestLimitExceededException.class);
        assertThat(fixture.server.getRequestCount()).isEqualTo(4);
        assertThat(fixture.time.sleeps()).hasSize(3).allSatisfy(sleep -> assertThat(sleep).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void otherRetriesKeepTheirShortBackoff() {
        fixture.server.enqueue(Answers.error("InternalError", "r1"));
        fixture.server.enqueue(Answers.success("\"Exports\":[],\"TotalCount\":0"));
        client.describeExports(ClientFixture.describeRequest());
        assertThat(fixture.time.sleeps()).hasSize(1).allSatisfy(sleep -> assertThat(sleep).isLessThan(Duration.ofSeconds(1)));
    }
}
