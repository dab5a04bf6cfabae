package dev.clssdk.bench.ours;

import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.core.internal.http.EnvelopeConverterFactory;
import dev.clssdk.core.internal.http.EnvelopeParser;
import dev.clssdk.core.internal.http.Redactor;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import retrofit2.Converter;

/**
 * Figure 2: an answer's body to the response object (success) or the typed exception (error),
 * through the SDK's Retrofit response converter (bounded read, envelope check, unwrap, bind).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResponseBenchmark {
    private static final MediaType JSON = MediaType.get("application/json");

    private Converter<ResponseBody, ?> converter;

    @Setup
    public void setUp() {
        converter = new EnvelopeConverterFactory(new EnvelopeParser(EnvelopeParser.newMapper(),
                new Redactor(ClsService.SENSITIVE_FIELDS), ClsService.INSTANCE), 10 << 20, ClsService.INSTANCE)
                .responseBodyConverter(CreateExportResponse.class, new Annotation[0], null);
    }

    @Benchmark
    public Object parseSuccess() throws IOException {
        return converter.convert(ResponseBody.create(Fixtures.SUCCESS, JSON));
    }

    @Benchmark
    public Object parseError() throws IOException {
        try {
            return converter.convert(ResponseBody.create(Fixtures.ERROR, JSON));
        } catch (ClsServiceException e) {
            return e.rawCode();
        }
    }
}
