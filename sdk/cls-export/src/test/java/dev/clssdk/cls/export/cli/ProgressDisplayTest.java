package dev.clssdk.cls.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.export.ProgressEvent;
import dev.clssdk.cls.export.RangeProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the display writes, on a terminal and not, driven by a clock the test moves. */
class ProgressDisplayTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ProgressDisplay display(boolean terminal) {
        return new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, 100, now::get, false);
    }

    private void advance(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ProgressEvent waiting(String status, long elapsedSeconds) {
        return new ProgressEvent("e1", ProgressEvent.Phase.WAITING, status, 0, -1, 0, 0, Duration.ofSeconds(elapsedSeconds));
    }

    @Test
    void onATerminalTheWaitIsALiveLineWhoseElapsedTimeMovesWithoutEventsAndEachStatusKeepsItsLine() {
        ProgressDisplay display = display(true);
        display.onProgress(waiting("Queuing", 1));
        advance(1);
        display.tick();
        advance(5);
        display.tick();
        assertThat(text()).startsWith("\r| export e1: Queuing")
                .contains("export e1: Queuing, 0:01 elapsed").contains("export e1: Queuing, 0:02 elapsed")
                .contains("export e1: Queuing, 0:07 elapsed").doesNotContain("\n");
        display.onProgress(waiting("Processing", 8));
        advance(65);
        display.tick();
        String text = text();
        assertThat(text).contains("\rexport e1: Queuing, 0:08 elapsed\u001b[K\n").contains("export e1: Processing, 1:13 elapsed");
        display.onProgress(new ProgressEvent("e1", ProgressEvent.Phase.DOWNLOADING, "Completed", 500_000, 1_000_000, 1234,
                250_000, Duration.ofSeconds(80)));
        display.onProgress(new ProgressEvent("e1", ProgressEvent.Phase.DONE, "Completed", 1_000_000, 1_000_000, 2468,
                250_000, Duration.ofSeconds(82)));
        text = text();
        assertThat(text).contains("\rexport e1: Processing, 1:20 elapsed\u001b[K\n");
        assertThat(text).contains("\r[").contains(" 50%").contains("1,234 records").contains("ETA 0:02").contains("100%")
                .contains("1:22 in all").endsWith("\n");
        for (String line : text.split("[\r\n]")) {
            assertThat(line.replace("\u001b[K", "").length()).isLessThanOrEqualTo(100);
        }
    }

    private static RangeProgress range(int done, long bytes, long logsDone, long elapsed, RangeProgress.Phase phase,
            double fraction, Duration left, long records) {
        return new RangeProgress(6, done, bytes, logsDone, 1200, Duration.ofSeconds(elapsed), phase, fraction,
                elapsed == 0 ? 0 : (double) bytes / elapsed, left, records);
    }

    @Test
    void aRangeJobIsOneLiveLineOnATerminalWithSlicesBytesRateAndTimeLeftThenTheMergedCount() {
        ProgressDisplay display = display(true);
        display.onRange(range(0, 0, 0, 0, RangeProgress.Phase.EXPORTING, 0, null, 0));
        advance(3);
        display.tick();
        display.onRange(range(2, 2_000_000, 400, 4, RangeProgress.Phase.EXPORTING, 0.4, Duration.ofSeconds(6), 0));
        advance(1);
        display.tick();
        String text = text();
        assertThat(text).doesNotContain("\n").contains("]   0% 0/6 slices, 0 kB, ~0/1,200 logs, 0 kB/s, 0:00 elapsed")
                .contains("0:03 elapsed")
                .contains(" 40% 2/6 slices, 2.0 MB, ~400/1,200 logs, 500 kB/s, ETA 0:06, 0:04 elapsed")
                .contains("ETA 0:05, 0:05 elapsed");
        display.onRange(range(6, 5_000_000, 1200, 9, RangeProgress.Phase.READING, 1, Duration.ZERO, 0));
        display.onRange(range(6, 5_000_000, 1200, 10, RangeProgress.Phase.READING, 1, Duration.ZERO, 1000));
        display.onRange(range(6, 5_000_000, 1200, 11, RangeProgress.Phase.DONE, 1, Duration.ZERO, 1200));
        text = text();
        assertThat(text).contains("\rslices: 6 of 6 done, 5.0 MB; merged 1,000 records, 0:10 elapsed")
                .contains("\rslices: 6 of 6 done, 5.0 MB; merged 1,200 records, 0:11 in all\u001b[K\n")
                .endsWith("\n");
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        for (String line : text.split("[\r\n]")) {
            assertThat(line.replace("\u001b[K", "").length()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void whileSlicesStillExportTheLineCountsTheRecordsAlreadyMerged() {
        ProgressDisplay display = display(true);
        display.onRange(range(2, 2_000_000, 400, 4, RangeProgress.Phase.EXPORTING, 0.4, Duration.ofSeconds(6), 1500));
        String text = text();
        assertThat(text).contains(" 40% 2/6 slices, 2.0 MB, 1,500 records merged, 500 kB/s, ETA 0:06, 0:04 elapsed");
        for (String line : text.split("[\r\n]")) {
            assertThat(line.replace("\u001b[K", "").length()).isLessThanOrEqualTo(100);
        }
        ProgressDisplay plain = display(false);
        bytes.reset();
        plain.onRange(range(2, 2_000_000, 400, 4, RangeProgress.Phase.EXPORTING, 0.4, Duration.ofSeconds(6), 1500));
        assertThat(text()).contains("slices: 2 of 6 done, 2.0 MB, ~400 of ~1,200 logs, 1,500 records merged, 500 kB/s");
    }

    @Test
    void aRangeJobOffATerminalIsALinePerSliceFinishedEveryFiveSecondsAndALastOne() {
        ProgressDisplay display = display(false);
        display.onRange(range(0, 0, 0, 0, RangeProgress.Phase.EXPORTING, 0, null, 0));
        advance(1);
        display.onRange(range(0, 1000, 0, 1, RangeProgress.Phase.EXPORTING, 0.01, Duration.ofSeconds(99), 0));
        for (int i = 0; i < 6; i++) {
            advance(1);
            display.tick();
        }
        display.onRange(range(1, 300_000, 200, 7, RangeProgress.Phase.EXPORTING, 1 / 6.0, Duration.ofSeconds(35), 0));
        display.onRange(range(6, 1_800_000, 1200, 9, RangeProgress.Phase.DONE, 1, Duration.ZERO, 0));
        assertThat(text().split("\n")).containsExactly(
                "slices: 0 of 6 done, 0 kB, ~0 of ~1,200 logs, 0 kB/s, 0:00 elapsed",
                "slices: 0 of 6 done, 1 kB, ~0 of ~1,200 logs, 1 kB/s, ETA 1:35, 0:05 elapsed",
                "slices: 1 of 6 done, 300 kB, ~200 of ~1,200 logs, 43 kB/s, ETA 0:35, 0:07 elapsed",
                "slices: 6 of 6 done, 1.8 MB, ~1,200 of ~1,200 logs, 200 kB/s, 0:09 in all");
        assertThat(text()).doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void offATerminalPlainLinesAtEachStatusChangeThenEveryThirtySecondsWhileTheStatusStays() {
        ProgressDisplay display = display(false);
        display.onProgress(waiting("Queuing", 0));
        for (int i = 0; i < 65; i++) {
            advance(1);
            display.tick();
        }
        display.onProgress(waiting("Completed", 66));
        assertThat(text().split("\n")).containsExactly("export e1: Queuing, 0:00 elapsed", "export e1: Queuing, 0:30 elapsed",
                "export e1: Queuing, 1:00 elapsed", "export e1: Completed, 1:06 elapsed");
        assertThat(text()).doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void aSearchCountsRecordsLiveOnATerminalAndEndsWithALine() {
        ProgressDisplay display = display(true);
        display.searched(0);
        advance(2);
        display.searched(1_500);
        advance(1);
        display.tick();
        display.searchDone(2_000);
        assertThat(text()).contains("searching: 1,500 records, 0:02 elapsed").contains("searching: 1,500 records, 0:03 elapsed")
                .endsWith("searching: 2,000 records, 0:03 elapsed\u001b[K\n");
    }
}
