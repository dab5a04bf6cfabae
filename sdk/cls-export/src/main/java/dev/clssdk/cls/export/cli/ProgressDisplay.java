package dev.clssdk.cls.export.cli;

import dev.clssdk.cls.export.ProgressEvent;
import dev.clssdk.cls.export.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows a job's progress on stderr: on a terminal, one bar redrawn in place, as wide as the
 * terminal; otherwise (a pipe, a CI log) plain lines, at most one every few seconds, plus one per
 * status change and a last one.
 */
final class ProgressDisplay implements ProgressListener {

    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream out;
    private final boolean terminal;
    private final int width;
    private long lastPlain = System.nanoTime() - PLAIN_EVERY_NANOS;
    private boolean barShown;

    ProgressDisplay(PrintStream out, boolean terminal, int width) {
        this.out = out;
        this.terminal = terminal;
        this.width = Math.max(40, width);
    }

    @Override
    public synchronized void onProgress(ProgressEvent e) {
        switch (e.phase()) {
            case CREATED -> { } // the command prints the ExportId on stdout itself
            case WAITING -> line("export " + e.exportId() + ": " + (e.status() == null ? "not listed yet" : e.status()));
            case DOWNLOADING -> {
                if (terminal) {
                    bar(e);
                } else if (System.nanoTime() - lastPlain >= PLAIN_EVERY_NANOS) {
                    lastPlain = System.nanoTime();
                    line(summary(e));
                }
            }
            case DONE -> {
                if (terminal) {
                    bar(e);
                    out.println();
                    barShown = false;
                } else {
                    line(summary(e));
                }
            }
        }
    }

    /** Ends a bar in progress, so that an error message starts on its own line. */
    synchronized void interrupt() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }

    private void line(String text) {
        interrupt();
        out.println(text);
        out.flush();
    }

    private void bar(ProgressEvent e) {
        String right = " " + summary(e);
        int room = Math.max(10, width - right.length() - 8);
        double fraction = e.fraction().orElse(0.0);
        int filled = (int) Math.round(room * fraction);
        String percent = e.fraction().map(f -> String.format(Locale.ROOT, "%3d%%", (int) (f * 100))).orElse("  ?%");
        String text = "[" + "#".repeat(filled) + ".".repeat(room - filled) + "] " + percent + right;
        if (text.length() > width - 1) {
            text = text.substring(0, width - 1);
        }
        out.print("\r" + text);
        out.flush();
        barShown = true;
    }

    static String summary(ProgressEvent e) {
        StringBuilder s = new StringBuilder();
        s.append(mb(e.bytes()));
        if (e.totalBytes() >= 0) {
            s.append(" / ").append(mb(e.totalBytes()));
        }
        s.append(", ").append(String.format(Locale.ROOT, "%,d", e.records())).append(" records, ")
                .append(mb((long) e.bytesPerSecond())).append("/s");
        e.eta().filter(d -> e.phase() != ProgressEvent.Phase.DONE)
                .ifPresent(d -> s.append(", ETA ").append(String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart())));
        return s.toString();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
