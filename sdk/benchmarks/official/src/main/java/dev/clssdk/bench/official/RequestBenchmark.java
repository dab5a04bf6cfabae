package dev.clssdk.bench.official;

import com.tencentcloudapi.cls.v20201016.models.CreateExportResponse;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.DatatypeConverter;
import com.tencentcloudapi.common.Sign;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.Protocol;
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
 * Figure 1 for the official SDK: the model filled with setters, then its own public
 * {@code ClsClient.CreateExport} (Gson serialization, {@code toMap}, TC3 signature with the key
 * derived by three HMACs, headers, OkHttp 3 request and call through its logging interceptor, Gson
 * parse of the answer) with a terminal interceptor that answers a CreateExport success instead of
 * the network: the whole call from the request to the response object, as in the other module.
 * {@link #signOnly} repeats the signing statements of {@code doRequestWithTC3} with its public
 * {@code Sign} and {@code DatatypeConverter} helpers over the same body.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RequestBenchmark {
    private Official.Exposed client;
    private byte[] body;
    private String timestamp;

    @Setup
    public void setUp() {
        client = Official.client(0);
        client.addInterceptor(chain -> new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(MediaType.get("application/json"), Official.SUCCESS))
                .build());
        body = AbstractModel.toJsonString(Official.createExport()).getBytes(StandardCharsets.UTF_8);
        timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    }

    @Benchmark
    public CreateExportResponse buildValidateSerializeSign() throws TencentCloudSDKException {
        return client.CreateExport(Official.createExport());
    }

    /** The signing statements of {@code AbstractClient.doRequestWithTC3}, in its order. */
    @Benchmark
    public String signOnly() throws TencentCloudSDKException {
        String contentType = "application/json; charset=utf-8";
        String endpoint = "cls.tencentcloudapi.com";
        String canonicalHeaders = "content-type:" + contentType + "\nhost:" + endpoint + "\n";
        String signedHeaders = "content-type;host";
        String hashedRequestPayload = Sign.sha256Hex(body);
        String canonicalRequest = "POST" + "\n" + "/" + "\n" + "" + "\n" + canonicalHeaders + "\n" + signedHeaders
                + "\n" + hashedRequestPayload;
        java.text.SimpleDateFormat sdf = new java.text.SimpleDateFormat("yyyy-MM-dd");
        sdf.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        String date = sdf.format(new java.sql.Date(Long.valueOf(timestamp + "000")));
        String service = endpoint.split("\\.")[0];
        String credentialScope = date + "/" + service + "/" + "tc3_request";
        String hashedCanonicalRequest = Sign.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest;
        byte[] secretDate = Sign.hmac256(("TC3" + Official.SECRET_KEY).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Sign.hmac256(secretDate, service);
        byte[] secretSigning = Sign.hmac256(secretService, "tc3_request");
        String signature = DatatypeConverter.printHexBinary(Sign.hmac256(secretSigning, stringToSign)).toLowerCase();
        return "TC3-HMAC-SHA256 " + "Credential=" + Official.SECRET_ID + "/" + credentialScope + ", "
                + "SignedHeaders=" + signedHeaders + ", " + "Signature=" + signature;
    }
}
