package dev.clssdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.testing.FakeTime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Off a CVM instance, the default chain's look at the metadata service is cheap: a short connect
 * timeout, no second look for a while once it was unreachable, and none at all when switched off.
 * Measured against a metadata service that never accepts (a loopback socket whose accept queue is full,
 * so connection attempts hang as towards an unroutable address).
 */
@Timeout(30)
class DefaultChainInstanceRoleProbeTest {
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime(START);
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    private CredentialsProvider chain(String metadataEndpoint) {
        return DefaultChain.create(env::get, properties::get, dir.resolve("absent/credentials"), metadataEndpoint, time,
                List.of());
    }

    @Test
    void offCvmTheChainGivesUpOnAMetadataServiceThatNeverAcceptsWithinHalfASecond() throws IOException {
        String blackhole = blackhole();
        CredentialsProvider chain = chain(blackhole);
        long start = System.nanoTime();
        assertThatThrownBy(chain::resolve)
                .isInstanceOfSatisfying(CredentialsException.class, e -> assertThat(e.searched()).hasSize(3)
                        .last().asString().contains("CVM instance role").contains("not reachable"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        // The standalone provider's connect timeout is 1 s; the chain's probe gives up after 250 ms (the
        // upper bound leaves a loaded build machine room, below the 1 s the probe exists to avoid).
        assertThat(elapsed).isLessThan(Duration.ofMillis(900)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void onceUnreachableTheChainDoesNotLookAgainForAMinute() throws IOException {
        CredentialsProvider chain = chain(blackhole());
        assertThatThrownBy(chain::resolve).isInstanceOf(CredentialsException.class);

        time.advance(Duration.ofSeconds(30)); // past the provider's 10 s retry after a failure
        long start = System.nanoTime();
        assertThatThrownBy(chain::resolve).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("not reachable").hasMessageContaining("not tried again until");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no connection attempt")
                .isLessThan(Duration.ofMillis(150));

        time.advance(Duration.ofSeconds(31));
        start = System.nanoTime();
        assertThatThrownBy(chain::resolve).isInstanceOf(CredentialsException.class).hasMessageContaining("not reachable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a minute later it looks again")
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void theEnvironmentVariableOrTheSystemPropertySkipsTheInstanceRoleWithoutAnyRequest() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        String metadata = metadataService(requests);

        env.put(CvmRoleCredentialsProvider.DISABLE_VARIABLE, "true");
        assertThatThrownBy(chain(metadata)::resolve)
                .isInstanceOfSatisfying(CredentialsException.class, e -> assertThat(e.searched().get(2))
                        .isEqualTo("CVM instance role: skipped (" + CvmRoleCredentialsProvider.DISABLE_VARIABLE + "=true)"));
        env.clear();
        properties.put(CvmRoleCredentialsProvider.DISABLE_PROPERTY, "TRUE");
        assertThatThrownBy(chain(metadata)::resolve)
                .isInstanceOfSatisfying(CredentialsException.class, e -> assertThat(e.searched().get(2))
                        .isEqualTo("CVM instance role: skipped (system property "
                                + CvmRoleCredentialsProvider.DISABLE_PROPERTY + "=true)"));
        assertThat(requests).hasValue(0);

        properties.put(CvmRoleCredentialsProvider.DISABLE_PROPERTY, "false");
        assertThat(chain(metadata).resolve().secretId()).as("any other value leaves it on").isEqualTo("AKIDinstance0001");
        assertThat(requests).hasValue(2);
    }

    @Test
    void onCvmTheChainsInstanceRoleAnswersAsTheStandaloneProviderDoes() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        Credentials credentials = chain(metadataService(requests)).resolve();
        assertThat(credentials.secretId()).isEqualTo("AKIDinstance0001");
        assertThat(credentials.token()).isEqualTo("instanceToken");
    }

    /** A metadata service on 127.0.0.1 naming role {@code R} and answering its credentials. */
    private String metadataService(AtomicInteger requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/security-credentials/") ? "R"
                    : "{\"Code\":\"Success\",\"TmpSecretId\":\"AKIDinstance0001\",\"TmpSecretKey\":\"instanceKey\","
                    + "\"Token\":\"instanceToken\",\"ExpiredTime\":" + START.plus(Duration.ofHours(2)).getEpochSecond() + "}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        opened.add(() -> server.stop(0));
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * A loopback address where connection attempts hang until their timeout: a listening socket that
     * never accepts, its accept queue filled first (Linux then drops further SYNs). Checked before use.
     */
    private String blackhole() throws IOException {
        ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        opened.add(listener);
        for (int i = 0; i < 16; i++) {
            Socket filler = new Socket();
            opened.add(filler);
            try {
                filler.connect(listener.getLocalSocketAddress(), 200);
            } catch (SocketTimeoutException e) {
                return "http://127.0.0.1:" + listener.getLocalPort();
            }
        }
        throw new IllegalStateException("connections to a full accept queue did not hang; the measurement would mean nothing");
    }
}
