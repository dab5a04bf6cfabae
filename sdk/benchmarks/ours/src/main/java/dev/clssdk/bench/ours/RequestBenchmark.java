package dev.clssdk.bench.ours;

import dev.clssdk.cls.ClsOperations;
import dev.clssdk.cls.ClsService;
import dev.clssdk.core.RequestOptions;
import dev.clssdk.core.client.CallContext;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.internal.http.ClockSkew;
import dev.clssdk.core.internal.http.ActionCalls;
import dev.clssdk.core.internal.http.EnvelopeParser;
import dev.clssdk.core.internal.http.Redactor;
import dev.clssdk.core.internal.http.RequestOptionsInterceptor;
import dev.clssdk.core.internal.http.ResponseGuardInterceptor;
import dev.clssdk.core.internal.http.SigningInterceptor;
import dev.clssdk.core.internal.retry.TimeSource;
import dev.clssdk.core.signing.Tc3Signer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
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
 * Figure 1: one CreateExport request from builder to the signed OkHttp request, no network.
 *
 * <p>{@link #buildValidateSerializeSign} runs the SDK's own pieces in the order a call runs them:
 * the generated builder validates, the core's {@code ActionCalls} serializes it to a {@code JsonBody}
 * in a request with the action's headers, and an OkHttp call
 * runs the client's application interceptors (response guard, signing) into a terminal
 * interceptor that answers a CreateExport success instead of opening a connection (the guard
 * parses it, as it does every answer). The official SDK's
 * module does the same with its own code ({@code AbstractClient.internalRequestRaw}).
 * {@link #signOnly} is the signer alone over the same body.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RequestBenchmark {
    private static final okhttp3.MediaType JSON = okhttp3.MediaType.get("application/json");
    private static final HttpUrl URL = HttpUrl.get("https://" + Fixtures.HOST + "/");

    private ActionCalls calls;
    private OkHttpClient client;
    private Tc3Signer signer;
    private byte[] body;
    private long timestamp;

    @Setup
    public void setUp() throws IOException {
        Redactor redactor = new Redactor(ClsService.SENSITIVE_FIELDS);
        EnvelopeParser parser = new EnvelopeParser(EnvelopeParser.newMapper(), redactor, ClsService.INSTANCE);
        calls = new ActionCalls(URL, ClsService.API_VERSION, parser, 10 << 20);
        TimeSource time = TimeSource.system();
        ClockSkew skew = new ClockSkew();
        client = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .addInterceptor(new RequestOptionsInterceptor())
                .addInterceptor(new ResponseGuardInterceptor(parser, 10 << 20, time, skew, redactor))
                .addInterceptor(new SigningInterceptor(CredentialsProvider.of(Fixtures.SECRET_ID, Fixtures.SECRET_KEY),
                        new Tc3Signer(ClsService.NAME), Fixtures.REGION, null, time, skew,
                        "cls-sdk-java (" + ClsService.NAME + " " + ClsService.API_VERSION + ")"))
                .addInterceptor(chain -> new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(200)
                        .message("OK")
                        .body(ResponseBody.create(Fixtures.SUCCESS, JSON))
                        .build())
                .build();
        signer = new Tc3Signer(ClsService.NAME);
        body = converterBytes();
        timestamp = System.currentTimeMillis() / 1000;
    }

    private byte[] converterBytes() throws IOException {
        okio.Buffer buffer = new okio.Buffer();
        calls.request(Fixtures.createExport(), context()).body().writeTo(buffer);
        return buffer.readByteArray();
    }

    @Benchmark
    public Request buildValidateSerializeSign() throws IOException {
        CreateExportRequest request = Fixtures.createExport();
        Request http = calls.request(request, context());
        try (Response response = client.newCall(http).execute()) {
            return response.request();
        }
    }

    private static CallContext context() {
        return CallContext.of(ClsOperations.CREATE_EXPORT, CreateExportResponse.class, RequestOptions.none());
    }

    @Benchmark
    public String signOnly() {
        return signer.sign(Fixtures.SECRET_ID, Fixtures.SECRET_KEY, Fixtures.HOST, timestamp, body).authorization();
    }
}
