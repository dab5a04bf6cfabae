package dev.clssdk.cls.export;

import static dev.clssdk.cls.export.HostileFiles.gzip;
import static dev.clssdk.cls.export.HostileFiles.jsonLineOfOneString;
import static dev.clssdk.cls.export.HostileFiles.paxRecord;
import static dev.clssdk.cls.export.HostileFiles.repeat;
import static dev.clssdk.cls.export.HostileFiles.tarEnd;
import static dev.clssdk.cls.export.HostileFiles.tarFile;
import static dev.clssdk.cls.export.HostileFiles.tarHeader;
import static dev.clssdk.cls.export.HostileFiles.tarPadding;
import static dev.clssdk.cls.export.HostileFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the record limits, not by what the network sends: in a JVM of its own with
 * {@code -Xmx64m}, every record up to the limit is read (the costliest shapes, locally and through
 * the download), and every bigger one, up to a 100 MiB line that is 100 KB gzipped, is one of the
 * module's typed exceptions naming the line and the limit, never an {@link OutOfMemoryError}. So
 * are tar headers built to exhaust memory or the stack.
 */
@Timeout(120)
class MemoryBoundsTest {

    private static final int LIMIT = RecordOptions.DEFAULT_MAX_RECORD_BYTES;
    private static final long HUNDRED_MIB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void at64MibOfHeapRecordsUpToTheLimitAreReadAndBiggerOnesAreTypedErrorsNeverOutOfMemory() throws Exception {
        // Up to the limit: read.
        Path under = gzip(dir.resolve("under.json.gz"), out -> {
            jsonLineOfOneString(out, LIMIT);
            jsonLineOfOneString(out, LIMIT); // the first one's value must not be held while the second is parsed
            text(out, "{\"a\":\"last\"}\n");
        });
        Path underWithFields = gzip(dir.resolve("under-fields.json.gz"), out -> {
            // The costliest record measured: as many fields as allowed, then one string to the limit.
            StringBuilder fields = new StringBuilder("{");
            for (int i = 0; i < RecordOptions.MAX_FIELDS_PER_RECORD - 1; i++) {
                fields.append("\"k").append(i).append("\":1,");
            }
            byte[] head = fields.append("\"z\":\"").toString().getBytes(StandardCharsets.UTF_8);
            out.write(head);
            repeat(out, (byte) 'x', LIMIT - head.length - 2);
            text(out, "\"}\n");
        });
        Path underCsv = gzip(dir.resolve("under.csv.gz"), out -> {
            text(out, "a,b\r\n\"");
            repeat(out, (byte) 'x', LIMIT - 6 - 8 * 1024); // a row within the limit and the parser's read-ahead
            text(out, "\",1\r\n");
        });
        // Over the limit: typed, naming the line and the limit.
        Path over = gzip(dir.resolve("over.json.gz"), out -> {
            text(out, "{\"a\":\"first\"}\n");
            jsonLineOfOneString(out, LIMIT + 1);
        });
        Path huge = gzip(dir.resolve("huge.json.gz"), out -> {
            text(out, "{\"a\":\"first\"}\n");
            jsonLineOfOneString(out, HUNDRED_MIB);
        });
        Path hugeCsv = gzip(dir.resolve("huge.csv.gz"), out -> {
            text(out, "a,b\r\n\"");
            repeat(out, (byte) 'x', HUNDRED_MIB);
            text(out, "\",1\r\n");
        });
        Path manyFields = gzip(dir.resolve("fields.json.gz"), out -> {
            StringBuilder fields = new StringBuilder("{");
            for (int i = 0; i <= RecordOptions.MAX_FIELDS_PER_RECORD; i++) {
                fields.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
            }
            text(out, fields.append("}\n").toString());
        });
        Path manyCsvFields = gzip(dir.resolve("fields.csv.gz"), out -> {
            text(out, "a,b\r\n");
            repeat(out, (byte) ',', RecordOptions.MAX_FIELDS_PER_RECORD + 1);
            text(out, "\r\n");
        });
        // Tar headers the tar reader would keep whole, or recurse into.
        Path longName = gzip(dir.resolve("longname.tar.gz"), out -> {
            tarHeader(out, "././@LongLink", 'L', HUNDRED_MIB);
            repeat(out, (byte) 'a', HUNDRED_MIB);
            tarFile(out, "x.json", "{\"a\":1}\n");
            tarEnd(out);
        });
        Path chained = gzip(dir.resolve("chained.tar.gz"), out -> {
            for (int i = 0; i < 5000; i++) {
                tarHeader(out, "././@LongLink", 'L', 10);
                text(out, "abcdefghi\0");
                tarPadding(out, 10);
            }
            tarFile(out, "x.json", "{\"a\":1}\n");
            tarEnd(out);
        });
        Path globalPax = gzip(dir.resolve("globalpax.tar.gz"), out -> {
            for (int i = 0; i < 3000; i++) {
                String record = paxRecord("k" + i, "v".repeat(30_000));
                tarHeader(out, "./PaxHeaders/g", 'g', record.length());
                text(out, record);
                tarPadding(out, record.length());
                tarFile(out, "x" + i + ".json", "{\"a\":1}\n");
            }
            tarEnd(out);
        });

        Map<String, String> results = probe("read:" + under, "read:" + underWithFields, "download:" + underWithFields,
                "read:" + underCsv, "read:" + over, "read:" + huge, "read:" + hugeCsv, "read:" + manyFields,
                "read:" + manyCsvFields, "read:" + longName, "read:" + chained, "read:" + globalPax);

        assertThat(results.values()).as("nothing but typed outcomes").noneMatch(r -> r.startsWith("RAW"));
        assertThat(results.get("under.json.gz")).isEqualTo("OK 3");
        assertThat(results.get("under-fields.json.gz")).as("locally, then downloading").isEqualTo("OK 1");
        assertThat(results.get("under.csv.gz")).isEqualTo("OK 1");
        assertThat(results.get("over.json.gz")).startsWith("TYPED MalformedRecordException 2 ")
                .contains("line 2").contains("longer than " + LIMIT + " bytes");
        assertThat(results.get("huge.json.gz")).startsWith("TYPED MalformedRecordException 2 ")
                .contains("longer than " + LIMIT + " bytes");
        assertThat(results.get("huge.csv.gz")).startsWith("TYPED MalformedRecordException 2 ")
                .contains("longer than " + LIMIT + " bytes");
        assertThat(results.get("fields.json.gz")).startsWith("TYPED MalformedRecordException 1 ")
                .contains("more than " + RecordOptions.MAX_FIELDS_PER_RECORD + " fields");
        assertThat(results.get("fields.csv.gz")).startsWith("TYPED MalformedRecordException 2 ")
                .contains("more than " + RecordOptions.MAX_FIELDS_PER_RECORD + " fields");
        assertThat(results.get("longname.tar.gz")).startsWith("TYPED CorruptExportFileException").contains("tar headers");
        assertThat(results.get("chained.tar.gz")).startsWith("TYPED CorruptExportFileException").contains("tar headers");
        assertThat(results.get("globalpax.tar.gz")).startsWith("TYPED CorruptExportFileException").contains("pax headers");
    }

    /** Runs {@link HeapProbe} with {@code -Xmx64m} on the files: its one line per file, by file name. */
    private Map<String, String> probe(String... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName()));
        command.addAll(List.of(files));
        Path output = dir.resolve("probe.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        } finally {
            process.destroyForcibly();
        }
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output)) {
            int space = line.indexOf(' ');
            if (space > 0 && line.substring(0, space).endsWith(".gz")) { // not a JVM warning
                results.merge(line.substring(0, space), line.substring(space + 1), (a, b) -> a.equals(b) ? a : a + " / " + b);
            }
        }
        assertThat(results).as("one result per file: %s", Files.readAllLines(output)).hasSize(files.length - 1);
        return results;
    }
}
