package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.DatatypeConverter;
import com.tencentcloudapi.common.Sign;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.core.signing.Tc3Signer;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.StubRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The SDK and the stub against Tencent's official Java SDK
 * ({@code tencentcloud-sdk-java-cls} 3.1.1142), which nobody here wrote.
 *
 * <p>How the official client reaches the stub without changing its endpoint (it derives the signed
 * service name from the endpoint host): its {@link HttpProfile} takes an HTTP proxy, and its
 * protocol may be {@code http://}. With both, OkHttp 3 sends
 * {@code POST http://cls.tencentcloudapi.com/ HTTP/1.1} to the proxy address (no DNS look-up of
 * the real host, no {@code CONNECT}); the stub, as that proxy, serves the absolute-form request for
 * the host in it. So no TLS is needed. Its timestamp comes from the system clock, which the stub
 * also uses here.
 */
class OfficialSdkDifferentialProperties {

    private static final String ENDPOINT = "cls.tencentcloudapi.com";
    private static final String REGION = "ap-guangzhou";
    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new SdkJacksonModule());
    private static final String OFFICIAL_MODELS = "com.tencentcloudapi.cls.v20201016.models.";
    private static ContractStub stub;
    private static com.tencentcloudapi.cls.v20201016.ClsClient official;

    @BeforeContainer
    static void start() {
        stub = ContractStub.builder().throttling(false).topic(ModelArbitraries.KNOWN_TOPIC)
                .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY).start();
        HttpProfile http = new HttpProfile();
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setProxyHost("127.0.0.1");
        http.setProxyPort(stub.port());
        http.setConnTimeout(5);
        http.setReadTimeout(5);
        http.setWriteTimeout(5);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        official = new com.tencentcloudapi.cls.v20201016.ClsClient(
                new Credential(StubClient.SECRET_ID, StubClient.SECRET_KEY), REGION, profile);
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    /** A valid input of an action, as a map from wire name to value. */
    record Input(OperationModel operation, Map<String, Object> values) {
        @Override
        public String toString() {
            return operation.action() + " " + values;
        }
    }

    @Provide
    Arbitrary<Input> validInputs() {
        // The official SDK is compared on the curated export actions (it lacks many of the 208).
        return Arbitraries.of(Spec.MODEL.operations().stream()
                        .filter(op -> SdkCalls.EXPORT_ACTIONS.contains(op.action())).toList()).flatMap(op ->
                ModelArbitraries.inputs(Spec.shape(op.inputShape()), ModelArbitraries.Mix.VALID_ONLY)
                        .map(values -> new Input(op, values)));
    }

    @Property
    void theStubAcceptsWhatTheOfficialSdkSendsAndOurSignerSignsItIdentically(@ForAll("validInputs") Input input)
            throws Exception {
        long before = stub.requestCount();
        String code = callOfficial(input);
        assertThat(stub.requestCount()).as("one request reached the stub").isEqualTo(before + 1);
        List<StubRequest> recorded = stub.recordedRequests();
        StubRequest sent = recorded.get(recorded.size() - 1);

        // The stub is faithful: a valid request from the official SDK passes its signature, header and
        // constraint checks; only the state of the fake account can refuse it.
        if (code != null) {
            assertThat(code).as("the stub refused the official SDK's %s", input).startsWith("ResourceNotFound.");
        }
        assertThat(sent.target()).isEqualTo("/");
        assertThat(sent.header("Host")).contains(ENDPOINT);

        // Our pure signer, given the same bytes, credentials, host and timestamp, writes the same header.
        long timestamp = Long.parseLong(sent.header("X-TC-Timestamp").orElseThrow());
        assertThat(Tc3Signer.authorization(StubClient.SECRET_ID, StubClient.SECRET_KEY, "cls", ENDPOINT, timestamp, sent.body()))
                .isEqualTo(sent.header("Authorization").orElseThrow());

        // Both SDKs mean the same request: the official JSON is the same tree as ours for the input.
        Object ours = SdkBridge.build(Spec.shape(input.operation().inputShape()), input.values());
        assertThat(JACKSON.readTree(sent.body())).as("the official SDK's body for %s", input)
                .isEqualTo(JACKSON.readTree(JACKSON.writeValueAsBytes(ours)));
        Statistics.label("answer").collect(input.operation().action(), code == null ? "success" : code);
    }

    /** Calls the official client's method for the action; returns null on success, else the error code. */
    private static String callOfficial(Input input) throws Exception {
        String action = input.operation().action();
        Class<?> requestType = Class.forName(OFFICIAL_MODELS + action + "Request");
        Object request = AbstractModel.fromJsonString(JACKSON.writeValueAsString(input.values()), requestType);
        Method method = official.getClass().getMethod(action, requestType);
        try {
            Object response = method.invoke(official, request);
            String requestId = (String) response.getClass().getMethod("getRequestId").invoke(response);
            assertThat(requestId).as("the official SDK read the stub's answer").isNotBlank();
            return null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof TencentCloudSDKException tencent) {
                assertThat(tencent.getErrorCode()).as("a network or parse failure: %s", tencent).isNotBlank();
                assertThat(tencent.getRequestId()).isNotBlank();
                return tencent.getErrorCode();
            }
            throw e;
        }
    }

    @Provide
    Arbitrary<String> hosts() {
        return Arbitraries.of(ENDPOINT, "cls.ap-guangzhou.tencentcloudapi.com", "cls.intl.tencentcloudapi.com");
    }

    @Provide
    Arbitrary<String> secretKeys() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(64),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(32));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                ModelArbitraries.strings(0, 200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Property
    void forTheSameBytesCredentialsAndTimestampOurSignerMatchesTheOfficialSignHelpers(
            @ForAll("hosts") String host, @ForAll("secretKeys") String secretKey, @ForAll("bodies") byte[] body,
            @ForAll @LongRange(min = 0, max = 4_102_444_800L) long timestamp) throws Exception {
        String secretId = "AKIDexample";
        String service = host.split("\\.")[0];
        assertThat(Tc3Signer.authorization(secretId, secretKey, service, host, timestamp, body))
                .isEqualTo(officialAuthorization(secretId, secretKey, host, timestamp, body));
    }

    /**
     * The {@code Authorization} header as the official {@code AbstractClient.doRequestWithTC3} builds
     * it for a JSON POST, step by step with its public {@link Sign} and {@link DatatypeConverter}
     * helpers (its method is private and reads the system clock, so it is restated, not called).
     */
    private static String officialAuthorization(String secretId, String secretKey, String endpoint, long timestamp,
            byte[] requestPayload) throws TencentCloudSDKException {
        String contentType = "application/json; charset=utf-8";
        String canonicalHeaders = "content-type:" + contentType + "\nhost:" + endpoint + "\n";
        String signedHeaders = "content-type;host";
        String hashedRequestPayload = Sign.sha256Hex(requestPayload);
        String canonicalRequest = "POST" + "\n" + "/" + "\n" + "" + "\n" + canonicalHeaders + "\n" + signedHeaders
                + "\n" + hashedRequestPayload;
        SimpleDateFormat sdf = new SimpleDateFormat("yyyy-MM-dd");
        sdf.setTimeZone(TimeZone.getTimeZone("UTC"));
        String date = sdf.format(new Date(Long.valueOf(timestamp + "000")));
        String service = endpoint.split("\\.")[0];
        String credentialScope = date + "/" + service + "/" + "tc3_request";
        String hashedCanonicalRequest = Sign.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest;
        byte[] secretDate = Sign.hmac256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Sign.hmac256(secretDate, service);
        byte[] secretSigning = Sign.hmac256(secretService, "tc3_request");
        String signature = DatatypeConverter.printHexBinary(Sign.hmac256(secretSigning, stringToSign)).toLowerCase();
        return "TC3-HMAC-SHA256 " + "Credential=" + secretId + "/" + credentialScope + ", " + "SignedHeaders="
                + signedHeaders + ", " + "Signature=" + signature;
    }
}
