package dev.clssdk.bench.official;

import com.tencentcloudapi.cls.v20201016.models.CreateExportResponse;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.util.concurrent.TimeUnit;
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
 * Figure 2 for the official SDK: its own {@code AbstractClient.processResponseJson} over an
 * OkHttp 3 response with the same bytes (body to string, Gson parse for the error check, Gson
 * parse again into the typed response, or {@code TencentCloudSDKException}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResponseBenchmark {
    private static final MediaType JSON = MediaType.get("application/json");

    private Official.Exposed client;
    private Request request;

    @Setup
    public void setUp() {
        client = Official.client(0);
        request = new Request.Builder().url("https://cls.tencentcloudapi.com/").build();
    }

    private Response response(byte[] body) {
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(JSON, body))
                .build();
    }

    @Benchmark
    public Object parseSuccess() throws TencentCloudSDKException {
        return client.parse(response(Official.SUCCESS), CreateExportResponse.class);
    }

    @Benchmark
    public Object parseError() {
        try {
            return client.parse(response(Official.ERROR), CreateExportResponse.class);
        } catch (TencentCloudSDKException e) {
            return e.getErrorCode();
        }
    }
}
