package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever COS (or something pretending to be it) answers, and whatever {@code CosPath} the task
 * carries, the caller sees one of the module's typed exceptions, never a raw library one
 * ({@code NumberFormatException} from a header, OkHttp's {@code IllegalArgumentException} for a URL
 * or a negative length), and every response is closed: the server sees each connection closed and
 * the client's pool keeps none.
 */
@Timeout(30)
class HostileAnswersTest {

    private static final byte[] FILE = Archives.tarGz("e.json", Archives.jsonLines(500));
    private static final int N = FILE.length;
    private static final String TOO_BIG = "99999999999999999999"; // more than Long.MAX_VALUE

    private final FakeCos cos = new FakeCos().file(FILE);
    private final OkHttpClient http = new OkHttpClient();
    private final ExportDownloader downloader = ExportDownloader.builder()
            .okHttpClient(http)
            .allowHttpToLoopbackForTests(true)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
            .maxAttempts(2)
            .readTimeout(Duration.ofSeconds(2))
            .build();

    @TempDir
    Path dir;

    HostileAnswersTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        cos.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private ExportInfo info() {
        return ExportInfo.create().withExportId("export-1").withTopicId("topic-1").withStatus("Completed")
                .withFormat(Format.JSON).withFileSize((long) N).withCosPath(cos.url());
    }

    static Stream<Arguments> hostileAnswers() {
        String close = "Connection: close";
        return Stream.of(
                // Content-Range numbers a long cannot hold
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N,
                        "Content-Range: bytes 0-" + TOO_BIG + "/" + TOO_BIG),
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N,
                        "Content-Range: bytes 0-" + (N - 1) + "/" + TOO_BIG),
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N,
                        "Content-Range: bytes " + TOO_BIG + "-5/" + N),
                // Content-Range that is not a range, or not this file's
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N),
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N,
                        "Content-Range: bytes 5-2/" + N),
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N,
                        "Content-Range: bytes 0-" + N + "/" + N),
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N,
                        "Content-Range: bytes -1-" + (N - 1) + "/" + N),
                answer(DownloadFailedException.class, "HTTP/1.1 206 Partial", close, "Content-Length: 10",
                        "Content-Range: bytes 0-" + (N - 1) + "/" + N),
                answer(ExportSizeMismatchException.class, "HTTP/1.1 206 Partial", close, "Content-Length: " + N,
                        "Content-Range: bytes 0-" + (N - 1) + "/" + (N + 1)),
                // Content-Length that is negative, too big, not a number, or said twice
                answer(DownloadFailedException.class, "HTTP/1.1 200 OK", close, "Content-Length: -5"),
                answer(DownloadFailedException.class, "HTTP/1.1 200 OK", close, "Content-Length: " + TOO_BIG),
                answer(DownloadFailedException.class, "HTTP/1.1 200 OK", close, "Content-Length: abc"),
                answer(DownloadFailedException.class, "HTTP/1.1 200 OK", close, "Content-Length: +" + N),
                answer(DownloadFailedException.class, "HTTP/1.1 200 OK", close, "Content-Length: " + N,
                        "Content-Length: " + (N + 1)),
                answer(ExportSizeMismatchException.class, "HTTP/1.1 200 OK", close, "Content-Length: " + (N + 1)),
                // statuses outside HTTP's range, or that are not an answer to a GET of a file
                answer(DownloadFailedException.class, "HTTP/1.1 99999 Huge", close, "Content-Length: 0"),
                answer(DownloadFailedException.class, "HTTP/1.1 600 Beyond", close, "Content-Length: 0"),
                answer(DownloadFailedException.class, "HTTP/1.1 000 Zero", close, "Content-Length: 0"),
                answer(DownloadFailedException.class, "HTTP/1.1 204 No Content", close, "Content-Length: " + N),
                answer(DownloadFailedException.class, "HTTP/1.1 101 Switching", close, "Upgrade: h2c"),
                answer(DownloadFailedException.class, "NOT-HTTP at all", close),
                answer(DownloadFailedException.class, "HTTP/1.1 302 Found", close, "Content-Length: 0",
                        "Location: http://127.0.0.1:99999/x"),
                answer(DownloadFailedException.class, "HTTP/1.1 302 Found", close, "Content-Length: 0",
                        "Location: http://[::1/x"),
                answer(ExportSizeMismatchException.class, "HTTP/1.1 416 Range Not Satisfiable", close,
                        "Content-Length: 0", "Content-Range: bytes */" + TOO_BIG),
                // chunked bodies whose chunk sizes are not numbers a long can hold
                Arguments.of(DownloadFailedException.class, new FakeCos.Raw("HTTP/1.1 200 OK",
                        List.of(close, "Transfer-Encoding: chunked"),
                        "fffffffffffffffffffffff\r\nabc\r\n".getBytes(StandardCharsets.ISO_8859_1))),
                Arguments.of(DownloadFailedException.class, new FakeCos.Raw("HTTP/1.1 200 OK",
                        List.of(close, "Transfer-Encoding: chunked"), "-1\r\nabc\r\n".getBytes(StandardCharsets.ISO_8859_1))),
                // a header longer than the client takes
                answer(DownloadFailedException.class, "HTTP/1.1 200 OK", close, "Content-Length: " + N,
                        "X-Padding: " + "a".repeat(300_000)));
    }

    private static Arguments answer(Class<? extends ExportException> expected, String statusLine, String... headers) {
        return Arguments.of(expected, new FakeCos.Raw(statusLine, headers));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("hostileAnswers")
    void everyHostileAnswerIsATypedErrorAndItsResponseIsClosed(Class<? extends ExportException> expected,
            FakeCos.Raw answer) throws Exception {
        cos.otherwise(answer);
        Path target = dir.resolve("logs.tar.gz");
        Throwable thrown = catchThrowable(() -> downloader.download(info(), target));
        assertThat(thrown).as("for %s", answer).isInstanceOf(expected);
        assertNoSecret(thrown);
        assertThat(cos.requests()).as("at least one request was answered").isNotEmpty();
        assertThat(cos.awaitNoOpenConnections(Duration.ofSeconds(5)))
                .as("the client closed every response (none leaked)").isTrue();
        assertThat(http.connectionPool().connectionCount()).as("no connection kept by the client").isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing written").isEmpty();
        }

        Throwable streamed = catchThrowable(() -> {
            try (var in = downloader.open(info())) {
                in.readAllBytes();
            }
        });
        assertThat(streamed).as("streaming, for %s", answer).isInstanceOf(expected);
        assertThat(cos.awaitNoOpenConnections(Duration.ofSeconds(5))).isTrue();
    }

    static Stream<Arguments> hostileCosPaths() {
        String query = "?q-sign-algorithm=sha1&q-signature=SECRETSIGNATURE";
        return Stream.of(
                Arguments.of("http://127.0.0.1:0/x.tar.gz" + query, "port \"0\""),
                Arguments.of("http://127.0.0.1:99999/x.tar.gz" + query, "port \"99999\""),
                Arguments.of("https://bucket.cos.ap-guangzhou.myqcloud.com:65536/x.tar.gz" + query, "port \"65536\""),
                Arguments.of("https://bucket.cos.ap-guangzhou.myqcloud.com:/x.tar.gz" + query, "port"),
                Arguments.of("https://bucket.cos.ap-guangzhou.myqcloud.com:-1/x.tar.gz" + query, "port"),
                Arguments.of("https://bucket.cos.ap-guangzhou.myqcloud.com:4a3/x.tar.gz" + query, "port"),
                Arguments.of("https://" + "a".repeat(64) + ".myqcloud.com/x.tar.gz" + query, "host"),
                Arguments.of("https://" + "abc.".repeat(70) + "com/x.tar.gz" + query, "host"),
                Arguments.of("https://xn--/x.tar.gz" + query, "host"),
                Arguments.of("https://exa mple.com/x.tar.gz" + query, "URL"),
                Arguments.of("https://[::1/x.tar.gz" + query, "URL"),
                Arguments.of("https:///x.tar.gz" + query, "host"),
                Arguments.of("https://bucket%00.myqcloud.com/x.tar.gz" + query, "host"),
                Arguments.of("ftp://127.0.0.1/x" + query, "http"),
                Arguments.of("/just/a/path" + query, "http"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileCosPaths")
    void everyCosPathTheHttpClientWouldRefuseIsRefusedFirstWithATypedErrorNamingTheProblem(String cosPath,
            String problem) throws Exception {
        ExportInfo info = info().withCosPath(cosPath);
        Throwable thrown = catchThrowable(() -> {
            try (var in = downloader.open(info)) {
                in.readAllBytes();
            }
        });
        assertThat(thrown).isInstanceOf(InsecureCosPathException.class);
        assertThat(thrown.getMessage()).contains("export-1").contains(problem);
        assertNoSecret(thrown);
        assertThat(catchThrowable(() -> downloader.download(info, dir.resolve("x.tar.gz"))))
                .isInstanceOf(InsecureCosPathException.class);
        assertThat(cos.requests()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("SECRETSIGNATURE").doesNotContain("q-sign");
        }
    }
}
