package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code contract-stub serve} in this JVM: what it serves, what it prints, and how it refuses bad input. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StubCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesTheBundledClsAndTencentModelsFromATarballWithHttpsUntilStopped() throws Exception {
        Path tarball = sampleTarball();
        Path ports = dir.resolve("ports.properties");
        Path cert = dir.resolve("stub.pem");
        StubCommand.Serve serve = new StubCommand.Serve();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve.execute(
                new PrintWriter(out, true), new PrintWriter(err, true),
                "--tencent-models", tarball.toString(), "--services", "cvm,sts", "--https-port", "0",
                "--cert-out", cert.toString(), "--ports-file", ports.toString(),
                "--credentials", SignedClient.SECRET_ID + ":" + SignedClient.SECRET_KEY, "--no-throttling"));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ports) && System.nanoTime() < deadline && !exit.isDone()) {
                Thread.sleep(50);
            }
            assertThat(ports).as(out + "\n" + err).exists();
            Properties properties = new Properties();
            try (var in = Files.newInputStream(ports)) {
                properties.load(in);
            }
            assertThat(out.toString()).contains("cls 2020-10-16", "cvm 2017-03-12", "sts 2018-08-13", "https: https://127.0.0.1:",
                    "admin: ", "SecretId " + SignedClient.SECRET_ID).doesNotContain(SignedClient.SECRET_KEY);
            assertThat(Files.readString(cert)).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(properties.getProperty("https.port")).matches("\\d+");
            HttpResponse<String> services = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(properties.getProperty("url") + "__stub/services"))
                            .timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(services.body()).contains("\"service\":\"cvm\"", "\"service\":\"sts\"", "\"service\":\"cls\"");
        } finally {
            serve.stop.countDown();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void badInputIsOneClearLineAndExitCode2() {
        StringWriter err = new StringWriter();
        int code = new StubCommand.Serve().execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "--tencent-models", dir.resolve("missing.tar.xz").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("missing.tar.xz does not exist");

        StringWriter err2 = new StringWriter();
        int code2 = new StubCommand.Serve().execute(new PrintWriter(new StringWriter()), new PrintWriter(err2, true),
                "--credentials", "no-colon");
        assertThat(code2).isEqualTo(2);
        assertThat(err2.toString()).contains("--credentials must be SECRET_ID:SECRET_KEY");
    }

    @Test
    void theCommandLineRefusesWhatItDoesNotTakeNamingTheOption() {
        assertThat(run("serve", "--prot", "8080")).startsWith("2|error: unknown option '--prot'");
        assertThat(run("serve", "--port")).startsWith("2|error: --port needs a value");
        assertThat(run("serve", "--port", "http")).startsWith("2|error: --port must be a port number from 0 to 65535, not 'http'");
        assertThat(run("serve", "--https-port=70000")).startsWith("2|error: --https-port must be a port number");
        assertThat(run("serve", "--no-throttling=yes")).startsWith("2|error: --no-throttling takes no value");
        assertThat(run("start")).startsWith("2|error: unknown command 'start'");
        assertThat(run("serve", "--help")).startsWith("0|Usage: contract-stub serve [options]").contains("--tencent-models PATH");
        assertThat(run()).startsWith("2|Usage: contract-stub serve");
    }

    /** Exit code, then what the command printed (out, then err). */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StubCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return code + "|" + out + err;
    }

    @Test
    void aModelsFolderWithoutTheServicesAskedForIsAnError() throws Exception {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> TencentModels.read(sampleFolder(), Set.of("nosuch"), note -> { }));
        assertThat(e.getMessage()).contains("holds no model of [nosuch]");
        assertThat(TencentModels.read(sampleFolder(), Set.of(), note -> { }))
                .extracting(TencentModels.Imported::service).contains("cls", "cvm", "sts", "cam", "scf", "tke");
    }

    /** The sample models as Tencent's tarball lays them out: ./<service>/<version>/api.json, xz-free (.tar.gz). */
    private Path sampleTarball() throws Exception {
        Path tarball = dir.resolve("models.tar.gz");
        try (OutputStream file = Files.newOutputStream(tarball);
                OutputStream gzip = new java.util.zip.GZIPOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
                Stream<Path> services = Files.list(sampleFolder())) {
            for (Path service : services.filter(Files::isDirectory).sorted().toList()) {
                for (String name : List.of("api.json", "examples.json")) {
                    byte[] bytes = gunzip(Files.readAllBytes(service.resolve(name + ".gz")));
                    TarArchiveEntry entry = new TarArchiveEntry("./" + service.getFileName() + "/v1/" + name);
                    entry.setSize(bytes.length);
                    tar.putArchiveEntry(entry);
                    tar.write(bytes);
                    tar.closeArchiveEntry();
                }
            }
        }
        return tarball;
    }

    private static Path sampleFolder() throws Exception {
        return Path.of(StubCommandTest.class.getClassLoader().getResource("tencent-sample").toURI());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

}
