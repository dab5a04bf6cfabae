package dev.clssdk.bench.ours;

import dev.clssdk.cls.ClsOperations;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.http.ExchangeControl;
import dev.clssdk.core.http.TransportResponse;
import dev.clssdk.core.http.TransportRequest;
import dev.clssdk.core.internal.http.ResponseReader;
import dev.clssdk.core.internal.http.Attempt;
import dev.clssdk.core.internal.http.ClockSkew;
import dev.clssdk.core.internal.http.EnvelopeParser;
import dev.clssdk.core.internal.http.Redactor;
import dev.clssdk.core.internal.retry.TimeSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 2: an answer's body to the response object (success) or the typed exception (error), as
 * the core's {@code ResponseReader} reads every answer (envelope check, unwrap, bind, redaction).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResponseBenchmark {
    private static final List<Map.Entry<String, String>> HEADERS = List.of(Map.entry("Content-Type", "application/json"));

    private ResponseReader reader;
    private Attempt attempt;
    private TransportResponse success;
    private TransportResponse error;

    @Setup
    public void setUp() {
        Redactor redactor = new Redactor(ClsService.SENSITIVE_FIELDS);
        reader = new ResponseReader(new EnvelopeParser(redactor, ClsService.INSTANCE), redactor, TimeSource.system(),
                new ClockSkew());
        TransportRequest request = new TransportRequest(URI.create("https://" + Fixtures.HOST + "/"), Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8), null, null, 10 << 20);
        attempt = new Attempt(ClsOperations.CREATE_EXPORT, RequestOptions.none(), new ExchangeControl(), request, null, 0);
        success = new TransportResponse(200, HEADERS, Fixtures.SUCCESS);
        error = new TransportResponse(200, HEADERS, Fixtures.ERROR);
    }

    @Benchmark
    public Object parseSuccess() {
        return reader.read(attempt, success, CreateExportResponse.class);
    }

    @Benchmark
    public Object parseError() {
        try {
            return reader.read(attempt, error, CreateExportResponse.class);
        } catch (ClsServiceException e) {
            return e.rawCode();
        }
    }
}
