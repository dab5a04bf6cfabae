package dev.clssdk.cls.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.export.ClsExporter;
import dev.clssdk.cls.export.ExportDownloader;
import dev.clssdk.cls.export.ExportJob;
import dev.clssdk.cls.export.ExportRecords;
import dev.clssdk.cls.export.RecordOptions;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.cls.ExportProgress;
import dev.clssdk.stub.StubServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads against the contract stub server with only documented options: the stub serves its
 * exports over HTTPS under its own certificate, and the client trusts it the JVM's usual way (the
 * command) or through its OkHttp client (the library); no test switch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AgainstTheStubServerTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private final StubServer server = StubServer.builder()
            .service(ContractStub.builder().topic(TOPIC).throttling(false).exportProgress(new ExportProgress(1, Duration.ZERO)))
            .credentials("AKIDstubserver", "stub-server-key")
            .https(true)
            .start()
            .serveDownloads();

    @TempDir
    Path dir;

    @AfterAll
    void close() {
        server.close();
    }

    @Test
    void theCommandDownloadsOverHttpsTrustingTheStubsCertificateTheJvmsUsualWay() throws Exception {
        Path trustStore = dir.resolve("stub.p12");
        server.writeTrustStore(trustStore);
        Path target = dir.resolve("logs.jsonl");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-Duser.home=" + dir, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ClsExportCommand.class.getName(),
                "--topic", TOPIC, "--query", "*", "--from", "1607499107000", "--to", "1607499207000", "--count", "30",
                "--out", target.toString(), "--endpoint-url", server.url()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("TENCENTCLOUD_"));
        builder.environment().put("TENCENTCLOUD_SECRET_ID", "AKIDstubserver");
        builder.environment().put("TENCENTCLOUD_SECRET_KEY", "stub-server-key");
        Path err = dir.resolve("stderr.txt");
        Process process = builder.redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cls-export did not finish");
        }
        assertThat(process.exitValue()).as("stderr: %s", Files.readString(err)).isZero();
        assertThat(Files.readAllLines(target)).hasSize(30);
    }

    @Test
    void clsExporterDownloadsOverHttpsWithAnOkHttpClientThatTrustsTheStub() throws Exception {
        X509TrustManager trust = server.clientTrustManager().orElseThrow();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
        OkHttpClient http = new OkHttpClient.Builder().sslSocketFactory(tls.getSocketFactory(), trust).build();
        try (ClsClient client = ClsClient.builder()
                .credentials(CredentialsProvider.of("AKIDstubserver", "stub-server-key"))
                .endpointUrl(server.url())
                .build()) {
            ClsExporter exporter = ClsExporter.builder()
                    .client(client)
                    .downloader(ExportDownloader.builder().okHttpClient(http).build())
                    .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20))
                    .build();
            ExportJob job = exporter.newJob(CreateExportRequest.builder().topicId(TOPIC).query("*").count(20L)
                    .from(1607499107000L).to(1607499207000L).build(), Duration.ofSeconds(30));
            try (ExportRecords records = job.records(RecordOptions.defaults())) {
                assertThat(records.stream().toList()).hasSize(20);
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
