package dev.clssdk.cls.conformance.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.importer.TencentErrorCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweep's fixed sample, in every build: six services of different sizes (STS 7 actions, TKE
 * 2022-05-01 23, CAM 95, SCF 52, CVM 106, CLS 208), from gzipped copies of Tencent's models under
 * {@code src/test/resources/tencent-sample}, each imported as {@code import-tencent} imports it (with
 * its examples and its error codes, from the six services' part of Tencent's catalogue in
 * {@code tencent-sample/error-codes.json.gz}), generated, compiled in memory with
 * {@code -Xlint:all -Xdoclint:all/protected -Werror}, and called once through the core against the
 * contract stub. The whole tarball is {@code generator/scripts/sweep.sh}.
 */
class ServiceSampleTest {

    @ParameterizedTest
    @ValueSource(strings = {"sts", "tke", "cam", "scf", "cvm", "cls"})
    @Timeout(300)
    void theServiceImportsGeneratesCompilesAndAnswersACallThroughTheCore(String service) throws IOException {
        ServiceSweep.Result result = ServiceSweep.run(service, gunzipped(service + "/api.json.gz"),
                gunzipped(service + "/examples.json.gz"), TencentErrorCodes.parse(gunzipped("error-codes.json.gz")));
        assertThat(result.reached()).as("%s: %s", service, result.detail()).isEqualTo(ServiceSweep.Stage.ANSWERED);
        assertThat(result.ok()).isTrue();
        assertThat(result.actions()).isPositive();
        assertThat(result.errors()).as("the service's own error codes, from the catalogue").isPositive();
        if (service.equals("cvm") || service.equals("cls")) {
            assertThat(result.pagers()).as("paginators by the import's rule").isPositive();
        }
    }

    private static String gunzipped(String resource) throws IOException {
        try (InputStream in = ServiceSampleTest.class.getClassLoader().getResourceAsStream("tencent-sample/" + resource)) {
            assertThat(in).as("test resource tencent-sample/%s", resource).isNotNull();
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
