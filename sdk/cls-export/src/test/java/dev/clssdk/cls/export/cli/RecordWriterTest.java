package dev.clssdk.cls.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.export.LogRecord;
import dev.clssdk.cls.export.RecordOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command's writers: RFC 4180 CSV by the first record's header, in time linear in the fields. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // preemptive: the quadratic writer was CPU-bound
class RecordWriterTest {

    @Test
    void csvQuotesWhatNeedsQuotingAndPutsAFieldMissingFromALaterRecordAsEmpty() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordWriter csv = RecordWriter.csv(bytes)) {
            csv.write(LogRecord.of(ordered("a", "plain", "b", "with, comma and \"quotes\"\nand a break")));
            csv.write(LogRecord.of(ordered("b", "second", "a", "first")));
            csv.write(LogRecord.of(ordered("a", "only a")));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\n"
                + "plain,\"with, comma and \"\"quotes\"\"\nand a break\"\r\n"
                + "first,second\r\n"
                + "only a,\r\n");
    }

    @Test
    void aRecordWithAsManyFieldsAsAllowedIsWrittenInTimeLinearInItsFields() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < RecordOptions.MAX_FIELDS_PER_RECORD; i++) {
            fields.put("k" + i, "v" + i);
        }
        LogRecord wide = LogRecord.of(fields);
        Map<String, String> reversed = new LinkedHashMap<>();
        for (int i = RecordOptions.MAX_FIELDS_PER_RECORD - 1; i >= 0; i--) {
            reversed.put("k" + i, "v" + i);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long started = System.nanoTime();
        try (RecordWriter csv = RecordWriter.csv(bytes)) {
            csv.write(wide);
            csv.write(wide);
            csv.write(LogRecord.of(reversed)); // not in the header's order: looked up by name
        }
        // Looking each header field up by name was 100,000² / 2 comparisons a row: minutes, not milliseconds.
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEqualTo(lines[1]);
    }

    private static Map<String, String> ordered(String... nameThenValue) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            map.put(nameThenValue[i], nameThenValue[i + 1]);
        }
        return map;
    }
}
