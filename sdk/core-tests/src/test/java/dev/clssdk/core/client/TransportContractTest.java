package dev.clssdk.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.ping.PingOperations;
import dev.clssdk.ping.model.PingRequest;
import dev.clssdk.ping.model.PingResponse;
import dev.clssdk.ping.model.PutRequest;
import dev.clssdk.ping.model.PutResponse;
import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.http.HttpTransportFactory;
import dev.clssdk.core.testing.RawHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every transport must do, run on whichever the class path chooses: in sdk-core on the JDK's
 * client, in sdk-okhttp (which runs this class again) on OkHttp 5 and on OkHttp 4.12. With
 * the cases in other classes (TLS: CustomTlsTest, proxies: TransportOptionsTest,
 * close: CloseTest, interrupts: StalledBodyTest), these are the transport suite of sdk/core/RUNTIME.md.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TransportContractTest {
    private static final String ANSWER = "{\"Response\":{\"Echo\":\"e\",\"RequestId\":\"r-1\"}}";

    private static PingRuntimeBuilder client(String url) {
        return new PingRuntimeBuilder().credentials(CredentialsProvider.of("AKIDtransport", "transportKey"))
                .endpointUrl(url).rateLimiting(false);
    }

    private static PingResponse ping(ClientRuntime runtime) {
        return runtime.execute(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(), PingResponse.class);
    }

    private static int contentLength(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("content-length:");
        return at < 0 ? 0 : Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).trim());
    }

    /** Answers every request on the connection with {@code body}, keeping the connection open. */
    private static RawHttpServer answering(String body) throws IOException {
        return new RawHttpServer("answering", (client, head, in, out) -> {
            String next = head;
            while (next != null) {
                in.readNBytes(contentLength(next));
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                next = readHead(in);
            }
        });
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    @Test
    void theTransportInUseIsTheOneTheClassPathOrPropertyChooses() {
        try (ClientRuntime runtime = client("http://127.0.0.1:1").build()) {
            String expected = System.getProperty(HttpTransportFactory.PROPERTY, "jdk").equals("jdk")
                    ? "JdkHttpTransport" : "OkHttpTransport";
            assertThat(runtime.toString()).contains("transport=" + expected + "[");
        }
    }

    @Test
    void aDeadServerFailsBeforeAnythingIsSentSoEvenANonIdempotentActionIsRetried() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        AtomicInteger attempts = new AtomicInteger();
        try (ClientRuntime runtime = client("http://127.0.0.1:" + port)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).build())
                .addHook(new dev.clssdk.core.ExecutionHook() {
                    @Override
                    public void onFailure(dev.clssdk.core.Operation<?, ?> operation, Object request,
                            dev.clssdk.core.SdkException failure, int tries) {
                        attempts.set(tries);
                    }
                }).build()) {
            assertThatThrownBy(() -> runtime.execute(PingOperations.PUT, PutRequest.builder().name("a").build(), RequestOptions.none(),
                    PutResponse.class))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.mayHaveReachedServer()).isFalse();
                        assertThat(e.isRetryable()).isTrue();
                        assertThat(e.getMessage()).contains("before the request was sent");
                    });
        }
        assertThat(attempts.get()).isEqualTo(3);
    }

    @Test
    void theReadTimeoutEndsAnAttemptWhoseAnswerNeverComes() throws IOException {
        try (RawHttpServer silent = new RawHttpServer("silent", (client, head, in, out) -> {
            in.readNBytes(contentLength(head));
            while (in.read() >= 0) {
                // never answer
            }
        }); ClientRuntime runtime = client(silent.url()).retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofMillis(500)).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> ping(runtime)).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.isTimeout()).isTrue();
                assertThat(e.mayHaveReachedServer()).isTrue();
            });
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(400L, 5000L);
        }
    }

    @Test
    void theCallTimeoutEndsAnAttemptWhoseBodyKeepsTrickling() throws IOException {
        try (RawHttpServer trickling = new RawHttpServer("trickling", (client, head, in, out) -> {
            in.readNBytes(contentLength(head));
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(50);
            }
        }); ClientRuntime runtime = client(trickling.url()).retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofMillis(800)).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> ping(runtime)).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.isTimeout()).isTrue());
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(700L, 4000L);
        }
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
        AtomicInteger written = new AtomicInteger();
        try (RawHttpServer large = new RawHttpServer("large", (client, head, in, out) -> {
            in.readNBytes(contentLength(head));
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 50_000_000 / chunk.length; i++) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        }); ClientRuntime runtime = client(large.url()).retryPolicy(RetryPolicy.none()).maxResponseBytes(1024).build()) {
            assertThatThrownBy(() -> ping(runtime)).isInstanceOfSatisfying(ProtocolException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.BODY_TOO_LARGE));
        }
        assertThat(written.get()).as("bytes the server got to write").isLessThan(20_000_000);
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutAtTheLimit() throws IOException {
        try (RawHttpServer chunked = new RawHttpServer("chunked", (client, head, in, out) -> {
            in.readNBytes(contentLength(head));
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "{\"Response\":{\"Echo\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                    .getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1000; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }); ClientRuntime runtime = client(chunked.url()).retryPolicy(RetryPolicy.none()).maxResponseBytes(4096).build()) {
            assertThatThrownBy(() -> ping(runtime)).isInstanceOfSatisfying(ProtocolException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProtocolException.Kind.BODY_TOO_LARGE);
                assertThat(e.getMessage()).contains("4096");
            });
        }
    }

    @Test
    void sixtyFourConcurrentCallersEachGetTheirAnswerBlockingAndAsync() throws Exception {
        try (RawHttpServer server = answering(ANSWER);
                ClientRuntime runtime = client(server.url()).maxConcurrentRequests(64).build()) {
            ExecutorService callers = Executors.newFixedThreadPool(64);
            try {
                List<Future<Integer>> blocking = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    blocking.add(callers.submit(() -> {
                        int ok = 0;
                        for (int call = 0; call < 20; call++) {
                            ok += "e".equals(ping(runtime).echo()) ? 1 : 0;
                        }
                        return ok;
                    }));
                }
                int answered = 0;
                for (Future<Integer> caller : blocking) {
                    answered += caller.get(30, TimeUnit.SECONDS);
                }
                assertThat(answered).isEqualTo(64 * 20);
            } finally {
                callers.shutdownNow();
            }
            List<CompletableFuture<PingResponse>> async = new ArrayList<>();
            for (int i = 0; i < 64 * 20; i++) {
                async.add(runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("a").build(), RequestOptions.none(),
                        PingResponse.class));
            }
            CompletableFuture.allOf(async.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
            assertThat(async).allSatisfy(future -> assertThat(future.join().echo()).isEqualTo("e"));
        }
    }

    @Test
    void anAsyncCallCancelledDuringItsExchangeClosesTheConnection() throws Exception {
        CompletableFuture<Void> serverSawClose = new CompletableFuture<>();
        try (RawHttpServer silent = new RawHttpServer("silent", (Socket client, String head, InputStream in,
                OutputStream out) -> {
            in.readNBytes(contentLength(head));
            while (in.read() >= 0) {
                // wait for the client to go
            }
            serverSawClose.complete(null);
        }); ClientRuntime runtime = client(silent.url()).retryPolicy(RetryPolicy.none()).build()) {
            CompletableFuture<PingResponse> call = runtime.executeAsync(PingOperations.PING, PingRequest.builder().name("a").build(),
                    RequestOptions.none(), PingResponse.class);
            Thread.sleep(300);
            call.cancel(true);
            serverSawClose.get(10, TimeUnit.SECONDS);
        }
    }
}
