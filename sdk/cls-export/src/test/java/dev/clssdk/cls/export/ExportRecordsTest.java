package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.model.Format;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Records from .tar.gz, .gz and plain files; every bad-input case ends in a typed error or a count. */
@Timeout(30)
class ExportRecordsTest {

    private static final String JSON = "{\"__TIMESTAMP__\":\"1607499107000\",\"status\":\"200\",\"n\":1,\"tags\":{\"a\":[1,2]},\"x\":null}\n"
            + "\n"
            + "{\"__TIMESTAMP__\":1607499107001,\"status\":\"404\",\"n\":2.5,\"ok\":true}\r\n";
    private static final String CSV = "__TIMESTAMP__,status,message\r\n"
            + "2020-12-09 15:31:47.000,200,\"plain\"\r\n"
            + "2020-12-09 15:31:48,500,\"with, comma and \"\"quotes\"\"\nand a line break\"\r\n";

    @TempDir
    Path dir;

    private static List<LogRecord> all(byte[] file, RecordOptions options) {
        try (ExportRecords records = ExportRecords.read(new ByteArrayInputStream(file), options)) {
            return records.stream().toList();
        }
    }

    @Test
    void jsonLinesBecomeRecordsWithFieldsInOrderAndTheLogTime() {
        List<LogRecord> records = all(Archives.tarGz("a.json", JSON), RecordOptions.defaults().withFormat(Format.JSON));
        assertThat(records).hasSize(2);
        LogRecord first = records.get(0);
        assertThat(first.fields().keySet()).containsExactly("__TIMESTAMP__", "status", "n", "tags", "x");
        assertThat(first.get("n")).isEqualTo("1");
        assertThat(first.get("tags")).isEqualTo("{\"a\":[1,2]}");
        assertThat(first.fields()).containsEntry("x", null);
        assertThat(first.time()).contains(Instant.ofEpochMilli(1607499107000L));
        assertThat(records.get(1).get("ok")).isEqualTo("true");
        assertThat(records.get(1).time()).contains(Instant.ofEpochMilli(1607499107001L));
        assertThat(first).isEqualTo(LogRecord.of(first.fields())).hasSameHashCodeAs(LogRecord.of(first.fields()));
        assertThatThrownBy(() -> first.fields().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void csvHasAHeaderRowAndRfc4180Quoting() {
        List<LogRecord> records = all(Archives.tarGz("a.csv", CSV), RecordOptions.defaults().withFormat(Format.CSV));
        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly(
                Map.entry("__TIMESTAMP__", "2020-12-09 15:31:48"), Map.entry("status", "500"),
                Map.entry("message", "with, comma and \"quotes\"\nand a line break"));
        assertThat(records.get(0).time()).contains(Instant.parse("2020-12-09T07:31:47Z"));
    }

    @Test
    void tarGzGzAndPlainAreToldApartByTheirBytesNotTheirNameAndEveryTarEntryIsRead() throws Exception {
        byte[] tarGz = Archives.tarGz("dir/part-1.json", JSON, "dir/part-2.json", JSON);
        byte[] gz = Archives.gzip(JSON.getBytes(StandardCharsets.UTF_8));
        byte[] plain = JSON.getBytes(StandardCharsets.UTF_8);
        byte[] tar = Archives.tar("x.csv", CSV);
        for (Object[] c : new Object[][] {{tarGz, "logs.csv", 4}, {gz, "logs.tar", 2}, {plain, "logs.tar.gz", 2}, {tar, "x.gz", 2}}) {
            Path file = dir.resolve((String) c[1]);
            Files.write(file, (byte[]) c[0]);
            try (ExportRecords records = ExportRecords.read(file, RecordOptions.defaults())) {
                assertThat(records.stream().count()).as((String) c[1]).isEqualTo(((Integer) c[2]).longValue());
            }
        }
    }

    @Test
    void aJsonLineThatIsNotAnObjectIsATypedErrorWithItsLineNumberOrIsSkippedAndCounted() {
        String bad = JSON + "[1,2,3]\n" + "{\"status\":\"ok\"}\n" + "{\"broken\": \n" + "\"a string\"\n" + "{\"status\":\"last\"}\n";
        byte[] file = Archives.tarGz("logs/a.json", bad);
        assertThatThrownBy(() -> all(file, RecordOptions.defaults()))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(4);
                    assertThat(e.entry()).isEqualTo("logs/a.json");
                    assertThat(e.getMessage()).contains("line 4").contains("logs/a.json").contains("not a JSON object");
                });
        try (ExportRecords records = ExportRecords.read(new ByteArrayInputStream(file), RecordOptions.defaults().skippingMalformed())) {
            assertThat(records.stream().map(r -> r.get("status"))).containsExactly("200", "404", "ok", "last");
            assertThat(records.skippedCount()).isEqualTo(3);
            assertThat(records.recordCount()).isEqualTo(4);
        }
    }

    @Test
    void aCsvRowWithTheWrongNumberOfFieldsIsATypedErrorWithItsLineNumberOrIsSkippedAndCounted() {
        String bad = CSV + "1,2\r\n" + "3,4,5\r\n" + "6,7,8,9\r\n";
        byte[] file = Archives.tarGz("a.csv", bad);
        assertThatThrownBy(() -> all(file, RecordOptions.defaults()))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.lineNumber()).as("the quoted line break counts").isEqualTo(5);
                    assertThat(e.getMessage()).contains("line 5").contains("2 fields").contains("header has 3");
                });
        try (ExportRecords records = ExportRecords.read(new ByteArrayInputStream(file), RecordOptions.defaults().skippingMalformed())) {
            assertThat(records.stream().map(r -> r.get("status"))).containsExactly("200", "500", "4");
            assertThat(records.skippedCount()).isEqualTo(2);
        }
    }

    @Test
    void aLineOverMaxRecordBytesIsATypedErrorNamingItsLineAndTheLimitOrIsSkippedWithoutBeingKept() {
        String exactly64 = "{\"a\":\"" + "x".repeat(56) + "\"}";
        String longer = "{\"a\":\"" + "x".repeat(57) + "\"}";
        String muchLonger = "{\"a\":\"" + "y".repeat(100_000) + "\"}"; // many buffers' worth, no line break
        String text = exactly64 + "\n" + exactly64 + "\r\n" + longer + "\n" + muchLonger + "\n" + "{\"a\":\"last\"}\n";
        byte[] file = Archives.tarGz("logs/a.json", text);
        RecordOptions limited = RecordOptions.defaults().withMaxRecordBytes(64);
        assertThat(exactly64).hasSize(64);
        assertThatThrownBy(() -> all(file, limited))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.entry()).isEqualTo("logs/a.json");
                    assertThat(e.getMessage()).contains("line 3").contains("longer than 64 bytes").contains("maxRecordBytes");
                });
        try (ExportRecords records = ExportRecords.read(new ByteArrayInputStream(file), limited.skippingMalformed())) {
            assertThat(records.stream().map(r -> r.get("a").substring(0, 1))).containsExactly("x", "x", "l");
            assertThat(records.skippedCount()).isEqualTo(2);
        }
        assertThatThrownBy(() -> all(Archives.tarGz("b.json", exactly64 + "\n" + muchLonger), limited))
                .as("no line break at all within the limit")
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> assertThat(e.lineNumber()).isEqualTo(2));
    }

    @Test
    void aCsvRowOverMaxRecordBytesEndsTheReadEvenWhenSkippingAndARecordHasABoundedNumberOfFields() {
        String csv = "a,b\r\n1,2\r\n\"" + "x".repeat(100_000) + "\",3\r\n4,5\r\n";
        byte[] file = Archives.tarGz("a.csv", csv);
        RecordOptions limited = RecordOptions.defaults().withMaxRecordBytes(16 * 1024);
        for (RecordOptions options : List.of(limited, limited.skippingMalformed())) {
            assertThatThrownBy(() -> all(file, options))
                    .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                        assertThat(e.lineNumber()).isEqualTo(3);
                        assertThat(e.getMessage()).contains("a CSV row longer than 16384 bytes");
                    });
        }
        assertThat(all(file, RecordOptions.defaults())).hasSize(3);

        String wide = "a,b\r\n" + ",".repeat(RecordOptions.MAX_FIELDS_PER_RECORD) + "\r\n4,5\r\n";
        byte[] wideFile = Archives.tarGz("w.csv", wide);
        assertThatThrownBy(() -> all(wideFile, RecordOptions.defaults()))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("more than 100000 fields");
                });
        try (ExportRecords records = ExportRecords.read(new ByteArrayInputStream(wideFile), RecordOptions.defaults().skippingMalformed())) {
            assertThat(records.stream().map(r -> r.get("a"))).containsExactly("4");
            assertThat(records.skippedCount()).isEqualTo(1);
        }
        StringBuilder object = new StringBuilder("{");
        for (int i = 0; i <= RecordOptions.MAX_FIELDS_PER_RECORD; i++) {
            object.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        assertThatThrownBy(() -> all(Archives.gzip((object + "}\n").getBytes(StandardCharsets.UTF_8)), RecordOptions.defaults()))
                .isInstanceOfSatisfying(MalformedRecordException.class,
                        e -> assertThat(e.getMessage()).contains("line 1").contains("more than 100000 fields"));
    }

    @Test
    void theRecordLimitIsFourMibByDefaultAndChecked() {
        assertThat(RecordOptions.defaults().maxRecordBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(new RecordOptions(Format.JSON, true).maxRecordBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(RecordOptions.defaults().withMaxRecordBytes(100).skippingMalformed().withFormat(Format.CSV))
                .isEqualTo(new RecordOptions(Format.CSV, true, 100));
        assertThatThrownBy(() -> RecordOptions.defaults().withMaxRecordBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordOptions.defaults().withMaxRecordBytes(RecordOptions.MAX_MAX_RECORD_BYTES + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedGzipIsACorruptFileErrorNamingTheEntryAndOffsetNeverARawException() {
        byte[] whole = Archives.tarGz("big.json", Archives.jsonLines(5000));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> all(cut, RecordOptions.defaults()))
                .isInstanceOfSatisfying(CorruptExportFileException.class, e -> {
                    assertThat(e.entry()).isEqualTo("big.json");
                    assertThat(e.fileOffset()).isEqualTo(cut.length);
                    assertThat(e.getMessage()).contains("entry big.json").contains("at byte " + cut.length);
                });
    }

    @Test
    void corruptGzipBytesAreACorruptFileErrorWithTheZipExceptionOnlyAsItsCause() {
        byte[] file = Archives.tarGz("big.json", Archives.jsonLines(5000));
        file[file.length - 8] ^= 0x5a; // the CRC-32 in the gzip trailer: certainly detected, after the data
        assertThatThrownBy(() -> all(file, RecordOptions.defaults()))
                .isInstanceOfSatisfying(CorruptExportFileException.class, e -> {
                    assertThat(e.getCause()).isInstanceOf(ZipException.class);
                    assertThat(e.fileOffset()).isPositive();
                    assertThat(e.entry()).isEqualTo("big.json");
                });
    }

    @Test
    void aTarCutInsideAnEntryIsACorruptFileErrorNamingTheEntry() {
        byte[] tar = Archives.tar("first.json", JSON, "second.json", Archives.jsonLines(100));
        byte[] cut = Archives.gzip(Arrays.copyOf(tar, 512 * 3 + 100));
        assertThatThrownBy(() -> all(cut, RecordOptions.defaults()))
                .isInstanceOfSatisfying(CorruptExportFileException.class, e -> assertThat(e.entry()).isEqualTo("second.json"));
    }

    @Test
    void aLocalFileThatCannotBeOpenedIsATypedError() {
        Path missing = dir.resolve("missing.tar.gz");
        assertThatThrownBy(() -> ExportRecords.read(missing, RecordOptions.defaults()))
                .isExactlyInstanceOf(ExportException.class)
                .hasMessageContaining("missing.tar.gz")
                .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void recordsAreReadLazilyAsTheFileStreamsIn() {
        byte[] file = Archives.tarGz("big.json", Archives.jsonLines(200_000));
        AtomicLong read = new AtomicLong();
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read.addAndGet(Math.max(0, n));
                return n;
            }
        };
        try (ExportRecords records = ExportRecords.read(counting, RecordOptions.defaults())) {
            assertThat(records.next().get("n")).isEqualTo("0");
            assertThat(read.get()).as("one buffer's worth, not the file").isLessThan(file.length / 4);
        }
    }

    @Test
    void closingTheStreamClosesTheFile() {
        AtomicLong closed = new AtomicLong();
        InputStream in = new FilterInputStream(new ByteArrayInputStream(Archives.tarGz("a.json", JSON))) {
            @Override
            public void close() throws IOException {
                closed.incrementAndGet();
                super.close();
            }
        };
        try (var stream = ExportRecords.read(in, RecordOptions.defaults()).stream()) {
            assertThat(stream.findFirst()).isPresent();
        }
        assertThat(closed.get()).isPositive();
    }
}
