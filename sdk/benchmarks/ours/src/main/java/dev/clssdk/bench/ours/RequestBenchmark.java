package dev.clssdk.bench.ours;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.HttpTransport;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportOutcome;
import dev.clssdk.core.http.TransportRequest;
import dev.clssdk.core.signing.Tc3Signer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure 1: one CreateExport call from the builder to the response object, with no network.
 *
 * <p>{@link #buildValidateSerializeSign} runs a real {@link ClsClient} whose transport answers a
 * CreateExport success at once instead of opening a connection: the generated builder validates,
 * the core writes the JSON, signs it, hands it to the transport and reads the answer, as every call
 * does (the rate limiter off: it would measure the action's documented limit). The official SDK's
 * module does the same with its own code ({@code AbstractClient.internalRequestRaw}).
 * {@link #signOnly} is the signer alone over the same body.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RequestBenchmark {
    private ClsClient client;
    private Tc3Signer signer;
    private byte[] body;
    private long timestamp;

    /** Answers every exchange with a CreateExport success, remembering the last body it was given. */
    private static final class AnsweringTransport implements HttpTransport {
        private final TransportResponse success = new TransportResponse(200,
                List.of(Map.entry("Content-Type", "application/json")), Fixtures.SUCCESS);
        volatile byte[] lastBody;

        @Override
        public TransportOutcome execute(TransportRequest request, ExchangeControl control) {
            lastBody = request.body();
            return success;
        }

        /** Like the default (JDK) transport's: an exchange that answers at once has nothing to abort. */
        @Override
        public boolean interruptible() {
            return true;
        }

        @Override
        public CompletableFuture<TransportOutcome> executeAsync(TransportRequest request, ExchangeControl control) {
            return CompletableFuture.completedFuture(execute(request, control));
        }

        @Override
        public void close() {
        }
    }

    @Setup
    public void setUp() {
        AnsweringTransport transport = new AnsweringTransport();
        client = ClsClient.builder()
                .credentials(CredentialsProvider.of(Fixtures.SECRET_ID, Fixtures.SECRET_KEY))
                .region(Fixtures.REGION)
                .rateLimiting(false)
                .httpTransport(settings -> transport)
                .build();
        client.createExport(Fixtures.createExport());
        body = transport.lastBody;
        signer = new Tc3Signer(ClsService.NAME);
        timestamp = System.currentTimeMillis() / 1000;
    }

    @TearDown
    public void tearDown() {
        client.close();
    }

    @Benchmark
    public CreateExportResponse buildValidateSerializeSign() {
        CreateExportRequest request = Fixtures.createExport();
        return client.createExport(request);
    }

    @Benchmark
    public String signOnly() {
        return signer.sign(Fixtures.SECRET_ID, Fixtures.SECRET_KEY, Fixtures.HOST, timestamp, body).authorization();
    }
}
