package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.StubServer;
import dev.clssdk.stub.TencentModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tencent's official Java SDK ({@code tencentcloud-sdk-java} 3.1.1142, its {@link CommonClient},
 * which calls any action by name) calls every action of CLS (the bundled spec) and of CVM
 * (imported straight from Tencent's model) with the stub's request examples (Tencent's), through
 * one {@link StubServer} as its plain-HTTP proxy, keeping its real endpoints.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OfficialJavaSdkThroughStubServerTest {

    /** Codes that mean the stub refused the call itself (signature, protocol, input): each fails the test. */
    private static final Pattern REFUSALS = Pattern.compile(
            "^(AuthFailure|InvalidAction|InvalidParameter|MissingParameter|UnsupportedOperation|InternalError|RequestLimitExceeded|ClientSideError).*");
    /** CLS UploadLog's body is protobuf, not JSON: no JSON call can upload logs. */
    private static final Set<String> NOT_JSON = Set.of("UploadLog");
    private static final Path SAMPLE_MODELS = Path.of("../stub/src/test/resources/tencent-sample");
    private static StubServer server;

    @BeforeAll
    static void start() throws Exception {
        assertThat(SAMPLE_MODELS).as("the stub module's sample of Tencent's models (run from the reactor)").isDirectory();
        List<TencentModels.Imported> cvm = TencentModels.read(SAMPLE_MODELS, Set.of("cvm"), note -> { });
        server = StubServer.builder()
                .service(ContractStub.builder().topic(ModelArbitraries.KNOWN_TOPIC))
                .service(ContractStub.builder().spec(cvm.get(0).spec()))
                .credentials(StubClient.SECRET_ID, StubClient.SECRET_KEY)
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyClsActionWithTencentsExampleIsAnswered() throws Exception {
        Tally cls = callEveryAction("cls");
        System.out.println("official Java SDK 3.1.1142 (CommonClient), " + cls);
        assertThat(cls.refused).as("refused").isEmpty();
        assertThat(cls.called).isGreaterThanOrEqualTo(207);
        assertThat(cls.succeeded).isGreaterThanOrEqualTo(cls.called - cls.documented.size());
    }

    @Test
    void everyCvmActionStraightFromTencentsModelIsAnswered() throws Exception {
        Tally cvm = callEveryAction("cvm");
        System.out.println("official Java SDK 3.1.1142 (CommonClient), " + cvm);
        assertThat(cvm.refused).as("refused").isEmpty();
        assertThat(cvm.documented).as("documented errors").isEmpty();
        assertThat(cvm.succeeded).isEqualTo(cvm.called).isGreaterThanOrEqualTo(100);
    }

    private static Tally callEveryAction(String service) {
        ContractStub stub = server.stub(service);
        HttpProfile http = new HttpProfile();
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setProxyHost("127.0.0.1");
        http.setProxyPort(server.port());
        http.setConnTimeout(10);
        http.setReadTimeout(10);
        http.setWriteTimeout(10);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        CommonClient client = new CommonClient(service, stub.model().apiVersion(),
                new Credential(StubClient.SECRET_ID, StubClient.SECRET_KEY), "ap-guangzhou", profile);
        Tally tally = new Tally(service + " " + stub.model().apiVersion());
        for (OperationModel operation : stub.model().operations()) {
            if (service.equals("cls") && NOT_JSON.contains(operation.action())) {
                continue;
            }
            tally.called++;
            String example = stub.requestExample(operation.action()).map(Object::toString).orElse("{}");
            try {
                client.call(operation.action(), example);
                tally.succeeded++;
            } catch (TencentCloudSDKException e) {
                String line = operation.action() + ": " + e.getErrorCode() + " " + e.getMessage();
                if (e.getErrorCode() != null && !REFUSALS.matcher(e.getErrorCode()).matches()) {
                    tally.documented.add(line);
                } else {
                    tally.refused.add(line);
                }
            }
        }
        return tally;
    }

    private static final class Tally {
        final String name;
        int called;
        int succeeded;
        final List<String> documented = new ArrayList<>();
        final List<String> refused = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name + ": " + called + " actions called, " + succeeded + " succeeded, " + documented.size()
                    + " answered a documented error " + documented + ", " + refused.size() + " refused " + refused;
        }
    }

}
