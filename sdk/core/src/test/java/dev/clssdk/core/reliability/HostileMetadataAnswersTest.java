package dev.clssdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.auth.CvmRoleCredentialsProvider;
import dev.clssdk.core.testing.RawHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of hostile metadata-service answers, sent byte for byte on a raw socket: odd statuses,
 * headers whose numbers overflow or lie, bodies that are not JSON or hold numbers out of range. The
 * rule: whatever the network sends, {@link CvmRoleCredentialsProvider#resolve()} ends in time with a
 * {@link CredentialsException} (or credentials), never another exception. (The JDK keeps a connection
 * whose answer was read whole in its keep-alive cache and closes it after 5 s idle.)
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileMetadataAnswersTest {
    private static final String OK_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";

    private final AtomicReference<String> answer = new AtomicReference<>();
    private RawHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer("hostile-metadata", (client, head, in, out) -> {
            out.write(answer.get().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private static String json(String body) {
        return OK_HEAD + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 -1 Negative\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 200\r\nContent-Length: 99999999999999999999999\r\n\r\n{}",
        "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{}",
        "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n{}",
        "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"Code\":\"Success\"",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n",
        "HTTP/1.1 301 Moved\r\nLocation: http://169.254.169.254/\r\nContent-Length: 0\r\n\r\n",
        "NOT HTTP AT ALL\r\n\r\n",
        "HTTP/1.1 200 OK\r\nX-\u0000: \u0001\r\nContent-Length: 2\r\n\r\n{}",
        "JSON:not json",
        "JSON:[1,2,3]",
        "JSON:{\"Code\":\"Success\",\"TmpSecretId\":\"AKIDx\",\"TmpSecretKey\":\"k\",\"Token\":\"t\",\"ExpiredTime\":1e999}",
        "JSON:{\"Code\":\"Success\",\"TmpSecretId\":\"AKIDx\",\"TmpSecretKey\":\"k\",\"Token\":\"t\",\"ExpiredTime\":99999999999999999999999}",
        "JSON:{\"Code\":\"Success\",\"TmpSecretId\":\"AKIDx\",\"TmpSecretKey\":\"k\",\"Token\":\"t\",\"ExpiredTime\":-9223372036854775808}",
        "JSON:{\"Code\":\"Success\",\"TmpSecretId\":\"AKIDx\",\"TmpSecretKey\":\"k\",\"Token\":\"t\",\"ExpiredTime\":9223372036854775807}",
        "JSON:{\"Code\":\"Success\",\"TmpSecretId\":\"AKID\\r\\nX\",\"TmpSecretKey\":\"k\",\"Token\":\"t\",\"ExpiredTime\":4102444800}",
        "JSON:{\"Code\":\"Success\",\"TmpSecretId\":[],\"TmpSecretKey\":{},\"Token\":1,\"ExpiredTime\":\"soon\"}",
        "JSON:{\"Code\":{\"nested\":[[[[[[[[[[]]]]]]]]]]}}",
        "JSON:{\"Code\":\"Success\",\"Code\":\"Denied\"}"})
    void whateverTheServiceSendsResolveEndsTypedAndClosesTheConnection(String raw) {
        answer.set(raw.startsWith("JSON:") ? json(raw.substring(5)) : raw);
        CvmRoleCredentialsProvider provider = CvmRoleCredentialsProvider.builder()
                .endpoint(server.url()).roleName("role")
                .connectTimeout(Duration.ofMillis(500)).readTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();

        Throwable thrown = catchThrowable(provider::resolve);

        assertThat(thrown).as("for %s", raw).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(CredentialsException.class));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
}
