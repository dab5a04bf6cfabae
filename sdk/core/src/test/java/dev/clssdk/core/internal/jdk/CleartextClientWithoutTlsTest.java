package dev.clssdk.core.internal.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.testing.RawHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client built for a plain-http endpoint never speaks TLS, so building it must not set up the
 * JDK's TLS stack (about 600 classes, the largest part of a cold start on loopback). Checked in a
 * fresh JVM that logs every class it loads; the same program for a client that may need TLS does
 * load them, which shows the check can see them.
 */
class CleartextClientWithoutTlsTest {
    private static final String TLS_STACK = "sun.security.ssl.";

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPlainHttpClientCallsWithoutLoadingTheTlsStack() throws Exception {
        String loaded = callInFreshJvm("cleartext-only");

        assertThat(loaded).contains("STATUS 200");
        assertThat(loaded.lines().filter(line -> line.contains(TLS_STACK))).isEmpty();
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aClientThatMayNeedTlsSetsItUp() throws Exception {
        String loaded = callInFreshJvm("tls-capable");

        assertThat(loaded).contains("STATUS 200");
        assertThat(loaded.lines().filter(line -> line.contains(TLS_STACK))).isNotEmpty();
    }

    private static String callInFreshJvm(String mode) throws Exception {
        try (RawHttpServer server = new RawHttpServer("cleartext", (client, head, in, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        })) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xshare:off", "-verbose:class", "-cp",
                    System.getProperty("java.class.path"), CleartextCallMain.class.getName(), server.url(), mode));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(50, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).as("exit status; output ends:%n%s", tail(output)).isZero();
                return output;
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 2000));
    }
}
