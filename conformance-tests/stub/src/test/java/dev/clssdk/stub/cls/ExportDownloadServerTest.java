package dev.clssdk.stub.cls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.SignedClient;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** With downloads served, a completed task's CosPath gives a real .tar.gz of its format, of FileSize bytes. */
@Timeout(30)
class ExportDownloadServerTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";

    private final ContractStub stub = ContractStub.builder()
            .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
            .topic(TOPIC)
            .throttling(false)
            .exportProgress(new ExportProgress(1, java.time.Duration.ZERO))
            .start();
    private final ExportDownloadServer downloads = stub.exports().serveDownloads();
    private final SignedClient client = new SignedClient(stub);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        stub.close();
    }

    private JsonNode completed(String format) {
        return completed(format, null);
    }

    private JsonNode completed(String format, String order) {
        client.call("CreateExport", "{\"TopicId\":\"" + TOPIC + "\",\"Query\":\"a,b\",\"Count\":5,\"Format\":\"" + format
                + "\",\"From\":1607499107000,\"To\":1607499207000" + (order == null ? "" : ",\"Order\":\"" + order + "\"") + "}");
        return client.call("DescribeExports", "{\"TopicId\":\"" + TOPIC + "\"}").response().at("/Exports/0");
    }

    private String entryText(JsonNode task) throws Exception {
        HttpResponse<byte[]> file = get(task.get("CosPath").asText(), null);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(file.body())))) {
            tar.getNextEntry();
            return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long[] times(String jsonLines) {
        return jsonLines.lines().mapToLong(l -> Long.parseLong(l.replaceFirst("^\\{\"__TIMESTAMP__\":\"(\\d+)\".*$", "$1"))).toArray();
    }

    @Test
    void aFileIsInItsTasksOrderDescUnlessAscAndATestCanGiveItsContent() throws Exception {
        long[] asc = times(entryText(completed("json", "asc")));
        long[] desc = times(entryText(completed("json", "desc")));
        long[] byDefault = times(entryText(completed("json", null)));
        assertThat(asc).hasSize(5).isSorted().doesNotHaveDuplicates();
        assertThat(desc).hasSize(5).containsExactly(java.util.stream.LongStream.of(asc).boxed()
                .sorted(java.util.Comparator.reverseOrder()).mapToLong(Long::longValue).toArray());
        assertThat(byDefault).containsExactly(desc);

        stub.exports().exportContent(input -> "{\"__TIMESTAMP__\":\"" + input.path("To").asLong() + "\",\"q\":\""
                + input.path("Query").asText() + "\"}\n");
        JsonNode task = completed("json", "asc");
        assertThat(entryText(task)).isEqualTo("{\"__TIMESTAMP__\":\"1607499207000\",\"q\":\"a,b\"}\n");
        assertThat(task.get("FileSize").asInt()).isEqualTo(get(task.get("CosPath").asText(), null).body().length);
    }

    @Test
    void downloadRequestsAreCountedPerTask() throws Exception {
        JsonNode first = completed("json");
        JsonNode second = completed("csv");
        get(first.get("CosPath").asText(), null);
        get(first.get("CosPath").asText(), "bytes=3-");
        get(second.get("CosPath").asText(), null);
        assertThat(downloads.requestCount(first.get("ExportId").asText())).isEqualTo(2);
        assertThat(downloads.requestCount(second.get("ExportId").asText())).isEqualTo(1);
        assertThat(downloads.requestCount("no-such-task")).isZero();
        assertThat(downloads.requestCount()).isEqualTo(3);
    }

    private HttpResponse<byte[]> get(String url, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCompletedTasksCosPathServesATarGzOfItsFormatAndFileSize() throws Exception {
        for (String format : new String[] {"json", "csv"}) {
            JsonNode task = completed(format);
            assertThat(task.get("CosPath").asText()).startsWith(downloads.url() + "cos/");
            assertThat(task.get("FileName").asText()).endsWith(".tar.gz");
            HttpResponse<byte[]> file = get(task.get("CosPath").asText(), null);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).hasSize(task.get("FileSize").asInt());
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(file.body())))) {
                TarArchiveEntry entry = tar.getNextEntry();
                assertThat(entry.getName()).isEqualTo(task.get("ExportId").asText() + "." + format);
                String text = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                String[] lines = text.split("\r?\n");
                if (format.equals("json")) {
                    assertThat(lines).hasSize(5).allMatch(line -> line.startsWith("{\"__TIMESTAMP__\":"));
                } else {
                    assertThat(lines).hasSize(6);
                    assertThat(lines[0]).isEqualTo("__TIMESTAMP__,__SOURCE__,status,message");
                }
                assertThat(tar.getNextEntry()).isNull();
            }
        }
    }

    @Test
    void rangesAre206AndAWrongTokenIs403AndArmedRefusalsComeFirst() throws Exception {
        JsonNode task = completed("json");
        String url = task.get("CosPath").asText();
        int size = task.get("FileSize").asInt();
        HttpResponse<byte[]> tail = get(url, "bytes=10-");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).hasSize(size - 10);
        assertThat(tail.headers().firstValue("Content-Range")).contains("bytes 10-" + (size - 1) + "/" + size);
        assertThat(get(url.replaceFirst("q-signature=.*", "q-signature=wrong"), null).statusCode()).isEqualTo(403);
        downloads.refuseNext(403, 1);
        assertThat(get(url, null).statusCode()).isEqualTo(403);
        assertThat(get(url, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSourcesFileOnDiskIsServedWholeAndByRangeAndItsSizeIsTheFileSize(@TempDir Path dir) throws Exception {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("slice.tar.gz"), content);
        List<String> asked = new CopyOnWriteArrayList<>();
        stub.exports().exportFiles((exportId, input) -> {
            asked.add(input.path("From").asText() + "-" + input.path("To").asText());
            return Optional.of(ExportFile.of(file));
        });
        JsonNode task = completed("json");
        assertThat(asked).containsExactly("1607499107000-1607499207000");
        assertThat(task.get("FileSize").asLong()).isEqualTo(content.length);
        String url = task.get("CosPath").asText();
        assertThat(get(url, null).body()).isEqualTo(content);
        HttpResponse<byte[]> tail = get(url, "bytes=200000-");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(content, 200_000, content.length));
        // The file is read at each request, not kept: what changes on disk is what the next download gets.
        content[299_999] ^= 1;
        Files.write(file, content);
        assertThat(get(url, "bytes=299999-").body()).containsExactly(content[299_999]);
        assertThat(asked).hasSize(1);
    }

    @Test
    void aFileOverTwoGigabytesIsServedFromOffsetsBeyondAnInt() throws Exception {
        long size = 3L * 1024 * 1024 * 1024 + 17;
        List<Long> opened = new CopyOnWriteArrayList<>();
        // Never held anywhere: each byte is its offset's low byte, made as it is read.
        ExportFile huge = new ExportFile() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open(long offset) {
                opened.add(offset);
                return new InputStream() {
                    long at = offset;

                    @Override
                    public int read() {
                        return at < size ? (int) (at++ & 0xff) : -1;
                    }
                };
            }
        };
        stub.exports().exportFiles((exportId, input) -> Optional.of(huge));
        JsonNode task = completed("json");
        assertThat(task.get("FileSize").asLong()).isEqualTo(size);
        long from = size - 1000;
        HttpResponse<byte[]> tail = get(task.get("CosPath").asText(), "bytes=" + from + "-");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.headers().firstValue("Content-Range")).contains("bytes " + from + "-" + (size - 1) + "/" + size);
        assertThat(tail.headers().firstValueAsLong("Content-Length")).hasValue(1000);
        byte[] expected = new byte[1000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (from + i);
        }
        assertThat(tail.body()).isEqualTo(expected);
        assertThat(opened).containsExactly(from);
        assertThat(get(task.get("CosPath").asText(), "bytes=" + size + "-").statusCode()).isEqualTo(416);
    }

    @Test
    void aSourceThatDeclinesLeavesTheGeneratedFile() throws Exception {
        stub.exports().exportFiles((exportId, input) -> Optional.empty());
        JsonNode task = completed("json");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(
                new ByteArrayInputStream(get(task.get("CosPath").asText(), null).body())))) {
            assertThat(tar.getNextEntry().getName()).isEqualTo(task.get("ExportId").asText() + ".json");
        }
    }
}
