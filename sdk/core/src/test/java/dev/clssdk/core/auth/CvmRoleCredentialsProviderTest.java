package dev.clssdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.testing.CapturedLogs;
import dev.clssdk.core.testing.FakeTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The CVM role provider against a metadata service played on 127.0.0.1, on a fake clock. */
@Timeout(30)
class CvmRoleCredentialsProviderTest {
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    private static final String ROLE_PATH = "/latest/meta-data/cam/security-credentials/";

    private final FakeTime time = new FakeTime(START);
    private final AtomicInteger credentialFetches = new AtomicInteger();
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    /** Bytes announced beyond the body actually sent, before the connection closes. */
    private volatile int missingBytes;
    private volatile CountDownLatch holdCredentials = new CountDownLatch(0);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        answer.set(credentialsJson("AKIDfirst0001", "firstSecretKey", "firstToken", START.plus(Duration.ofHours(2))));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        CapturedLogs.stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        int code = 200;
        if (path.equals(ROLE_PATH)) {
            body = "CVMRole\n";
        } else if (path.equals(ROLE_PATH + "CVMRole")) {
            credentialFetches.incrementAndGet();
            try {
                holdCredentials.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            body = answer.get();
            code = status.get();
        } else {
            body = "not found";
            code = 404;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length + (path.equals(ROLE_PATH) ? 0 : missingBytes));
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String credentialsJson(String id, String key, String token, Instant expires) {
        return "{\"TmpSecretId\":\"" + id + "\",\"TmpSecretKey\":\"" + key + "\",\"ExpiredTime\":"
                + expires.getEpochSecond() + ",\"Expiration\":\"" + expires + "\",\"Token\":\"" + token
                + "\",\"Code\":\"Success\"}";
    }

    private CvmRoleCredentialsProvider provider() {
        return CvmRoleCredentialsProvider.builder()
                .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
                .clock(time)
                .refreshBefore(Duration.ofMinutes(5))
                .retryAfterFailure(Duration.ofSeconds(10))
                .build();
    }

    @Test
    void readsTheRoleNameThenItsTemporaryCredentials() {
        Credentials credentials = provider().resolve();
        assertThat(credentials.secretId()).isEqualTo("AKIDfirst0001");
        assertThat(credentials.secretKey()).isEqualTo("firstSecretKey");
        assertThat(credentials.token()).isEqualTo("firstToken");
        assertThat(credentials.expiration()).contains(START.plus(Duration.ofHours(2)));
        assertThat(credentials.toString()).doesNotContain("firstSecretKey").doesNotContain("firstToken");
    }

    @Test
    void keepsItsSnapshotUntilTheRefreshWindowThenFetchesNewCredentials() {
        CvmRoleCredentialsProvider provider = provider();
        Credentials first = provider.resolve();
        time.advance(Duration.ofMinutes(114));
        assertThat(provider.resolve()).isSameAs(first);
        assertThat(credentialFetches).hasValue(1);

        answer.set(credentialsJson("AKIDsecond002", "secondSecretKey", "secondToken", START.plus(Duration.ofHours(4))));
        time.advance(Duration.ofMinutes(2)); // 4 minutes before expiry: inside the 5-minute window
        Credentials second = provider.resolve();
        assertThat(second.secretId()).isEqualTo("AKIDsecond002");
        assertThat(first.secretId()).as("a snapshot never changes").isEqualTo("AKIDfirst0001");
        assertThat(credentialFetches).hasValue(2);
    }

    @Test
    void aFailedRefreshWhileStillValidKeepsTheCurrentCredentialsAndRetriesLater() {
        CvmRoleCredentialsProvider provider = provider();
        Credentials first = provider.resolve();
        status.set(500);
        CapturedLogs.start();
        time.advance(Duration.ofMinutes(116));
        assertThat(provider.resolve()).isSameAs(first);
        assertThat(provider.resolve()).as("no new try before retryAfterFailure").isSameAs(first);
        assertThat(credentialFetches).hasValue(2);
        assertThat(CapturedLogs.lines()).anySatisfy(line -> assertThat(line).contains("keeping the current ones")
                .contains("HTTP 500"));
        assertThat(CapturedLogs.lines()).noneSatisfy(line -> assertThat(line).contains("firstSecretKey"));

        time.advance(Duration.ofSeconds(11));
        assertThat(provider.resolve()).isSameAs(first);
        assertThat(credentialFetches).hasValue(3);
    }

    @Test
    void aFailedRefreshAfterExpiryIsACredentialsExceptionNamingTheProvider() {
        CvmRoleCredentialsProvider provider = provider();
        provider.resolve();
        status.set(503);
        time.advance(Duration.ofHours(3));
        assertThatThrownBy(provider::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("CVM instance role")
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("expired at " + START.plus(Duration.ofHours(2)))
                .hasMessageNotContaining("firstSecretKey");
        int fetches = credentialFetches.get();
        assertThatThrownBy(provider::resolve).as("the failure is answered again, not re-fetched at once")
                .isInstanceOf(CredentialsException.class);
        assertThat(credentialFetches).hasValue(fetches);

        status.set(200);
        answer.set(credentialsJson("AKIDthird0003", "thirdSecretKey", "thirdToken", START.plus(Duration.ofHours(6))));
        time.advance(Duration.ofSeconds(11));
        assertThat(provider.resolve().secretId()).isEqualTo("AKIDthird0003");
    }

    @Test
    void malformedJsonIsNamedWithoutEchoingTheAnswer() {
        answer.set("{\"TmpSecretId\":\"AKIDx\",\"TmpSecretKey\":\"leakedSecretKey");
        assertThatThrownBy(provider()::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("not JSON")
                .hasMessageNotContaining("leakedSecretKey");
    }

    @Test
    void anAnswerShorterThanItsContentLengthIsRefusedEvenIfItReadsAsJson() {
        missingBytes = 10; // the connection closes after a complete JSON document, 10 bytes short
        assertThatThrownBy(provider()::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("ended early")
                .hasMessageNotContaining("firstSecretKey");
    }

    @Test
    void aCodeOtherThanSuccessIsNamed() {
        answer.set("{\"Code\":\"RoleNotFound\",\"TmpSecretKey\":\"leakedSecretKey\"}");
        assertThatThrownBy(provider()::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("Code RoleNotFound")
                .hasMessageNotContaining("leakedSecretKey");
    }

    @Test
    void aCodeThatQuotesACredentialIsWithheld() {
        // A key made of code characters only passes any character filter, so what is quoted is checked
        // against the credentials the service issued before and the ones in the answer itself.
        CvmRoleCredentialsProvider provider = provider();
        provider.resolve();
        answer.set("{\"Code\":\"InvalidRole firstSecretKey\"}");
        time.advance(Duration.ofHours(3));
        assertThatThrownBy(provider::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("Code (withheld")
                .hasMessageNotContaining("firstSecretKey")
                .hasMessageNotContaining("firstToken");
        answer.set("{\"Code\":\"Denied.ownToken-9\",\"TmpSecretKey\":\"k\",\"Token\":\"ownToken-9\"}");
        time.advance(Duration.ofSeconds(11));
        assertThatThrownBy(provider::resolve)
                .hasMessageContaining("Code (withheld")
                .hasMessageNotContaining("ownToken-9");
        answer.set("{\"Code\":\"RoleNotFound\"}");
        time.advance(Duration.ofSeconds(11));
        assertThatThrownBy(provider::resolve).hasMessageContaining("Code RoleNotFound");
    }

    @Test
    void anAnswerWithoutAKeyIsNamed() {
        answer.set("{\"Code\":\"Success\",\"TmpSecretId\":\"AKIDx\",\"Token\":\"t\",\"ExpiredTime\":1}");
        assertThatThrownBy(provider()::resolve).hasMessageContaining("no TmpSecretKey");
    }

    @Test
    void anUnreachableMetadataServiceFailsQuicklyAndSaysSo() throws IOException {
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = closed.getLocalPort();
        }
        CvmRoleCredentialsProvider provider = CvmRoleCredentialsProvider.builder().endpoint("http://127.0.0.1:" + port).build();
        assertThatThrownBy(provider::resolve).isInstanceOf(CredentialsException.class).hasMessageContaining("not reachable");
    }

    @Test
    void thirtyTwoThreadsAtRefreshTimeMakeOneFetchAndNoneWaits() throws Exception {
        CvmRoleCredentialsProvider provider = provider();
        Credentials first = provider.resolve();
        answer.set(credentialsJson("AKIDsecond002", "secondSecretKey", "secondToken", START.plus(Duration.ofHours(4))));
        time.advance(Duration.ofMinutes(116));
        CountDownLatch othersReturned = new CountDownLatch(31);
        holdCredentials = othersReturned; // the refresh answers only once the 31 others got their credentials
        List<Credentials> results = hammer(32, provider, othersReturned);
        assertThat(credentialFetches).hasValue(2);
        assertThat(results).filteredOn(c -> c == first).hasSize(31);
        assertThat(results).filteredOn(c -> c.secretId().equals("AKIDsecond002")).hasSize(1);
        assertThat(provider.resolve().secretId()).isEqualTo("AKIDsecond002");
    }

    @Test
    void thirtyTwoThreadsWithNoCredentialsYetWaitForOneFetch() throws Exception {
        CvmRoleCredentialsProvider provider = provider();
        holdCredentials = new CountDownLatch(1);
        CountDownLatch release = holdCredentials;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CyclicBarrier barrier = new CyclicBarrier(32);
            List<Future<Credentials>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return provider.resolve();
                }));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Credentials> future : futures) {
                assertThat(future.get(10, TimeUnit.SECONDS).secretId()).isEqualTo("AKIDfirst0001");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(credentialFetches).hasValue(1);
    }

    private static List<Credentials> hammer(int threads, CredentialsProvider provider, CountDownLatch returned)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Future<Credentials>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Credentials> call = () -> {
                    barrier.await();
                    Credentials credentials = provider.resolve();
                    returned.countDown();
                    return credentials;
                };
                futures.add(pool.submit(call));
            }
            List<Credentials> results = new ArrayList<>();
            for (Future<Credentials> future : futures) {
                results.add(future.get(15, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
