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
 * TLS), makes blocking calls (one, or the number given third) and prints {@code STATUS <code>} of
 * the last and {@code THREADS_STARTED <n>}, the threads made during the calls after the first.
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
            TransportOutcome outcome = transport.execute(request, new ExchangeControl());
            long idBefore = new Thread(() -> { }).getId(); // thread ids are given in order, one per thread made
            for (int i = 1; i < calls; i++) {
                outcome = transport.execute(request, new ExchangeControl());
            }
            long started = new Thread(() -> { }).getId() - idBefore - 1;
            System.out.println(outcome instanceof TransportResponse answer ? "STATUS " + answer.status() : outcome);
            System.out.println("THREADS_STARTED " + started);
        }
    }
}
