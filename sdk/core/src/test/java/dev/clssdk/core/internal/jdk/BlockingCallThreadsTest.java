package dev.clssdk.core.internal.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.core.testing.RawHttpServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A call on the JDK's client starts no thread per call, blocking or asynchronous. The client's
 * {@code sendAsync} hands every response to the common fork-join pool, which on a machine of one or
 * two processors is a new thread per task (a small container's case): each call paid a thread start,
 * about 0.5 ms on loopback. Checked in a JVM that sees two processors, over 50 calls one after
 * another on one kept-alive connection.
 */
class BlockingCallThreadsTest {
    private static final Pattern STARTED = Pattern.compile("THREADS_STARTED (\\d+)");

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fiftyBlockingCallsOnTwoProcessorsStartNoThreadPerCall() throws Exception {
        assertThat(threadsStartedByFiftyCalls("blocking")).as("threads started by 49 blocking calls").isLessThan(5);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fiftyAsynchronousCallsOnTwoProcessorsStartNoThreadPerCall() throws Exception {
        assertThat(threadsStartedByFiftyCalls("async")).as("threads started by 49 asynchronous calls").isLessThan(5);
    }

    private static int threadsStartedByFiftyCalls(String style) throws Exception {
        try (RawHttpServer server = new RawHttpServer("keep-alive", BlockingCallThreadsTest::answerEachRequest)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-XX:ActiveProcessorCount=2", "-cp",
                    System.getProperty("java.class.path"), CleartextCallMain.class.getName(), server.url(),
                    "cleartext-only", "50", style)).redirectErrorStream(true).start();
            try {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(50, TimeUnit.SECONDS)).isTrue();
                assertThat(output).contains("STATUS 200");
                Matcher started = STARTED.matcher(output);
                assertThat(started.find()).as("output:%n%s", output).isTrue();
                return Integer.parseInt(started.group(1));
            } finally {
                process.destroyForcibly();
            }
        }
    }

    /** Answers every request on the connection, keeping it alive, until the client closes it. */
    private static void answerEachRequest(java.net.Socket client, String head, InputStream in,
            java.io.OutputStream out) throws java.io.IOException {
        String current = head;
        while (current != null) {
            int length = contentLength(current);
            in.readNBytes(length);
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            current = readHead(in);
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    private static String readHead(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
