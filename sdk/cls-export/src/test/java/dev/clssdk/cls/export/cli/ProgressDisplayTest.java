package dev.clssdk.cls.export.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.export.ProgressEvent;
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
