package dev.clssdk.core.internal.jdk;

import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransportSettings;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link CleartextClientWithoutTlsTest} and {@link BlockingCallThreadsTest}:
 * builds the JDK transport for a plain-http endpoint (or, with {@code tls-capable}, one that may need
 * TLS), makes calls (one, or the number given third; blocking, or one asynchronous call after another
 * with a fourth argument {@code async}) and prints {@code STATUS <code>} of the last and
 * {@code THREADS_STARTED <n>}, the threads made during the calls after the first.
 */
public final class CleartextCallMain {
    private CleartextCallMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean cleartextOnly = !"tls-capable".equals(args[1]);
        HttpTransportSettings settings = HttpTransportSettings.builder().cleartextOnly(cleartextOnly).build();
        try (JdkHttpTransport transport = new JdkHttpTransport(settings)) {
            TransportRequest request = new TransportRequest(URI.create(args[0] + "/"),
                    Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8),
                    Duration.ofSeconds(10), Duration.ofSeconds(20), 1 << 20);
            int calls = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            boolean async = args.length > 3 && "async".equals(args[3]);
            TransportOutcome outcome = call(transport, request, async);
            long idBefore = new Thread(() -> { }).getId(); // thread ids are given in order, one per thread made
            for (int i = 1; i < calls; i++) {
                outcome = call(transport, request, async);
            }
            long started = new Thread(() -> { }).getId() - idBefore - 1;
            System.out.println(outcome instanceof TransportResponse answer ? "STATUS " + answer.status() : outcome);
            System.out.println("THREADS_STARTED " + started);
        }
    }

    private static TransportOutcome call(JdkHttpTransport transport, TransportRequest request, boolean async) {
        return async ? transport.executeAsync(request, new ExchangeControl()).join()
                : transport.execute(request, new ExchangeControl());
    }
}
