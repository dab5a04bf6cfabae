package dev.clssdk.bench.ours;

import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.ClsOperations;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.client.CallContext;
import dev.clssdk.core.internal.http.ActionCalls;
import dev.clssdk.core.internal.http.EnvelopeParser;
import dev.clssdk.core.internal.http.Redactor;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 2: an answer's body to the response object (success) or the typed exception (error),
 * as the core's {@code ActionCalls} reads it (bounded read, envelope check, unwrap, bind).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResponseBenchmark {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final HttpUrl URL = HttpUrl.get("https://" + Fixtures.HOST + "/");

    private ActionCalls calls;

    @Setup
    public void setUp() {
        calls = new ActionCalls(URL, ClsService.API_VERSION, new EnvelopeParser(EnvelopeParser.newMapper(),
                new Redactor(ClsService.SENSITIVE_FIELDS), ClsService.INSTANCE), 10 << 20);
    }

    /** What OkHttp hands over: a 200 answer with the body, for a request of the action. */
    private static Response answer(byte[] body) {
        return new Response.Builder()
                .request(new Request.Builder().url(URL).build())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(body, JSON))
                .build();
    }

    private static CallContext context() {
        return CallContext.of(ClsOperations.CREATE_EXPORT, CreateExportResponse.class, RequestOptions.none());
    }

    @Benchmark
    public Object parseSuccess() throws IOException {
        return calls.answer(CreateExportResponse.class, answer(Fixtures.SUCCESS), context());
    }

    @Benchmark
    public Object parseError() throws IOException {
        try {
            return calls.answer(CreateExportResponse.class, answer(Fixtures.ERROR), context());
        } catch (ClsServiceException e) {
            return e.rawCode();
        }
    }
}
