package dev.clssdk.cls.export.cli;

import dev.clssdk.cls.export.ProgressEvent;
import dev.clssdk.cls.export.ProgressListener;
import dev.clssdk.cls.export.RangeProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows a job's progress on stderr. On a terminal: one live line redrawn in place, which moves even
 * when nothing happens (a task {@code Queuing} for minutes shows its status and the time elapsed,
 * redrawn every second), then a bar while downloading (percent, bytes, records, rate, time left); a
 * status change keeps the previous status's line above. Otherwise (a pipe, a CI log) plain lines:
 * one per status change, one every {@value #PLAIN_WAIT_SECONDS} s while the status stays the same,
 * one every {@value #PLAIN_DOWNLOAD_SECONDS} s while downloading or searching, and a last one.
 *
 * <p>Elapsed time is the job's own ({@link ProgressEvent#elapsed()}, one clock for all its events),
 * carried forward between events by this display's clock. A search has no events: its elapsed time
 * counts from this display's creation, which the command makes as the search starts.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {

    static final int PLAIN_WAIT_SECONDS = 30;
    static final int PLAIN_DOWNLOAD_SECONDS = 5;
    private static final String SPINNER = "|/-\\";

    private enum Mode { IDLE, WAITING, DOWNLOADING, SEARCHING, RANGE }

    private final PrintStream out;
    private final boolean terminal;
    private final int width;
    private final LongSupplier clock;
    private final long created;
    private final ScheduledExecutorService ticker;
    private Mode mode = Mode.IDLE;
    private String exportId;
    private String status;
    private Duration elapsedAtEvent = Duration.ZERO;
    private long eventAt;
    private long records;
    private long lastPlain;
    private int ticks;
    private boolean lineShown;
    private RangeProgress range;
    private int lastSlicesDone = -1;
    private RangeProgress.Phase lastRangePhase;

    ProgressDisplay(PrintStream out, boolean terminal, int width) {
        this(out, terminal, width, System::nanoTime, true);
    }

    /** With a clock, and without the ticking thread when {@code tick} is false (tests call {@link #tick()}). */
    ProgressDisplay(PrintStream out, boolean terminal, int width, LongSupplier clock, boolean tick) {
        this.out = out;
        this.terminal = terminal;
        this.width = Math.max(40, width);
        this.clock = clock;
        this.created = clock.getAsLong();
        this.eventAt = created;
        this.lastPlain = created;
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cls-export-display");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public synchronized void onProgress(ProgressEvent e) {
        elapsedAtEvent = e.elapsed();
        eventAt = clock.getAsLong();
        switch (e.phase()) {
            case CREATED -> exportId = e.exportId(); // the command prints the ExportId on stdout itself
            case WAITING -> {
                String next = e.status() == null ? "not listed yet" : e.status();
                boolean changed = mode != Mode.WAITING || !next.equals(status);
                if (terminal && changed) {
                    finishWaitingLine();
                }
                exportId = e.exportId();
                status = next;
                mode = Mode.WAITING;
                if (terminal) {
                    draw(waitingLine(true));
                } else {
                    plain(waitingLine(false));
                }
            }
            case DOWNLOADING -> {
                finishWaitingLine();
                mode = Mode.DOWNLOADING;
                if (terminal) {
                    draw(bar(e));
                } else if (eventAt - lastPlain >= TimeUnit.SECONDS.toNanos(PLAIN_DOWNLOAD_SECONDS)) {
                    plain(summary(e));
                }
            }
            case DONE -> {
                finishWaitingLine();
                mode = Mode.IDLE;
                if (terminal) {
                    draw(bar(e));
                    endLine();
                } else {
                    plain(summary(e));
                }
            }
        }
    }

    /**
     * Ends the live waiting line, if one is shown, as a line of history: the status with the time it
     * ended (the event that replaces it just moved the clock), without the spinner.
     */
    private void finishWaitingLine() {
        if (mode == Mode.WAITING) {
            if (terminal && lineShown) {
                draw(waitingLine(false));
            }
            endLine();
        }
    }

    /**
     * A range job's progress. On a terminal one live line, redrawn on every event and every second:
     * while exporting, a bar of the job's share done with slices, bytes, the counted logs, rate and time
     * left (the merged records are written meanwhile); once every slice is downloaded, the records merged so far. Otherwise a plain line when a slice
     * finishes, when the reading starts, every {@value #PLAIN_DOWNLOAD_SECONDS} s, and a last one.
     */
    synchronized void onRange(RangeProgress p) {
        range = p;
        elapsedAtEvent = p.elapsed();
        eventAt = clock.getAsLong();
        mode = Mode.RANGE;
        boolean news = p.slicesDone() != lastSlicesDone || p.phase() != lastRangePhase;
        lastSlicesDone = p.slicesDone();
        lastRangePhase = p.phase();
        if (terminal) {
            draw(rangeLine(p, true));
            if (p.phase() == RangeProgress.Phase.DONE) {
                endLine();
                mode = Mode.IDLE;
            }
        } else if (news || eventAt - lastPlain >= TimeUnit.SECONDS.toNanos(PLAIN_DOWNLOAD_SECONDS)) {
            plain(rangeLine(p, false));
        }
        if (p.phase() == RangeProgress.Phase.DONE) {
            mode = Mode.IDLE;
        }
    }

    /**
     * A range job's line: a bar (on a terminal, in a compact form that leaves the bar room) while
     * exporting, a count while the merged records are read, a summary when done.
     */
    private String rangeLine(RangeProgress p, boolean live) {
        String slices = live && p.phase() == RangeProgress.Phase.EXPORTING
                ? String.format(Locale.ROOT, "%d/%d slices", p.slicesDone(), p.slices())
                : String.format(Locale.ROOT, "slices: %d of %d done", p.slicesDone(), p.slices());
        String time = clockText(elapsed()) + (p.phase() == RangeProgress.Phase.DONE ? " in all" : " elapsed");
        if (p.phase() == RangeProgress.Phase.READING || (p.phase() == RangeProgress.Phase.DONE && p.records() > 0)) {
            return slices + ", " + mb(p.bytes()) + "; merged " + String.format(Locale.ROOT, "%,d", p.records()) + " records, "
                    + time;
        }
        StringBuilder s = new StringBuilder(slices).append(", ").append(mb(p.bytes()));
        // Once the merged stream is read (while later slices still export), the live line shows its count
        // in the room of the logs estimate; plain lines have room for both.
        boolean merged = p.records() > 0;
        if (p.estimatedLogs() > 0 && !(live && merged)) {
            s.append(String.format(Locale.ROOT, live ? ", ~%,d/%,d logs" : ", ~%,d of ~%,d logs", p.estimatedLogsDone(),
                    p.estimatedLogs()));
        }
        if (merged) {
            s.append(String.format(Locale.ROOT, ", %,d records merged", p.records()));
        }
        s.append(", ").append(mb((long) p.bytesPerSecond())).append("/s");
        if (p.phase() != RangeProgress.Phase.DONE) {
            // counted down between events, as the elapsed time is counted up
            Duration since = Duration.ofNanos(Math.max(0, clock.getAsLong() - eventAt));
            p.eta().map(d -> d.minus(since)).map(d -> d.isNegative() ? Duration.ZERO : d)
                    .ifPresent(d -> s.append(", ETA ").append(clockText(d)));
        }
        s.append(", ").append(time);
        if (!live || p.phase() != RangeProgress.Phase.EXPORTING) {
            return s.toString();
        }
        String right = " " + s;
        int room = Math.max(10, width - right.length() - 8);
        int filled = (int) Math.round(room * Math.min(1, Math.max(0, p.fraction())));
        return "[" + "#".repeat(filled) + ".".repeat(room - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", (int) (p.fraction() * 100)) + right;
    }

    /** A search has returned {@code count} records so far. */
    synchronized void searched(long count) {
        records = count;
        boolean first = mode != Mode.SEARCHING;
        mode = Mode.SEARCHING;
        long now = clock.getAsLong();
        if (terminal) {
            draw(searchLine(now));
        } else if (!first && now - lastPlain >= TimeUnit.SECONDS.toNanos(PLAIN_DOWNLOAD_SECONDS)) {
            plain(searchLine(now));
        }
    }

    /** The search is over: its last line. */
    synchronized void searchDone(long count) {
        records = count;
        String line = searchLine(clock.getAsLong());
        mode = Mode.IDLE;
        if (terminal) {
            draw(line);
            endLine();
        } else {
            plain(line);
        }
    }

    /** Called every second: redraws the live line (its elapsed time moves), or a plain line when one is due. */
    synchronized void tick() {
        ticks++;
        long now = clock.getAsLong();
        if (terminal) {
            if (mode == Mode.WAITING) {
                draw(waitingLine(true));
            } else if (mode == Mode.SEARCHING) {
                draw(searchLine(now));
            } else if (mode == Mode.RANGE && range != null) {
                draw(rangeLine(range, true));
            }
        } else if (mode == Mode.WAITING && now - lastPlain >= TimeUnit.SECONDS.toNanos(PLAIN_WAIT_SECONDS)) {
            plain(waitingLine(false));
        } else if (mode == Mode.RANGE && range != null && now - lastPlain >= TimeUnit.SECONDS.toNanos(PLAIN_DOWNLOAD_SECONDS)) {
            plain(rangeLine(range, false));
        }
    }

    /** Ends a live line in progress, so that what is printed next starts on its own line. */
    synchronized void interrupt() {
        endLine();
    }

    /** Stops the ticking and ends the live line. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        endLine();
    }

    private Duration elapsed() {
        return elapsedAtEvent.plusNanos(Math.max(0, clock.getAsLong() - eventAt));
    }

    private String waitingLine(boolean live) {
        return (live ? SPINNER.charAt(ticks % SPINNER.length()) + " " : "") + "export " + exportId + ": " + status + ", "
                + clockText(elapsed()) + " elapsed";
    }

    private String searchLine(long now) {
        return "searching: " + String.format(Locale.ROOT, "%,d", records) + " records, "
                + clockText(Duration.ofNanos(now - created)) + " elapsed";
    }

    private void endLine() {
        if (lineShown) {
            out.println();
            out.flush();
            lineShown = false;
        }
    }

    private void plain(String text) {
        lastPlain = clock.getAsLong();
        out.println(text);
        out.flush();
    }

    /** Redraws the live line: carriage return, the text cut to the width, then erase to the end of the line. */
    private void draw(String text) {
        String t = text.length() > width - 1 ? text.substring(0, width - 1) : text;
        out.print("\r" + t + "\u001b[K");
        out.flush();
        lineShown = true;
    }

    private String bar(ProgressEvent e) {
        String right = " " + summary(e);
        int room = Math.max(10, width - right.length() - 8);
        double fraction = e.fraction().orElse(0.0);
        int filled = (int) Math.round(room * fraction);
        String percent = e.fraction().map(f -> String.format(Locale.ROOT, "%3d%%", (int) (f * 100))).orElse("  ?%");
        return "[" + "#".repeat(filled) + ".".repeat(room - filled) + "] " + percent + right;
    }

    static String summary(ProgressEvent e) {
        StringBuilder s = new StringBuilder();
        s.append(mb(e.bytes()));
        if (e.totalBytes() >= 0) {
            s.append(" / ").append(mb(e.totalBytes()));
        }
        s.append(", ").append(String.format(Locale.ROOT, "%,d", e.records())).append(" records, ")
                .append(mb((long) e.bytesPerSecond())).append("/s");
        e.eta().filter(d -> e.phase() != ProgressEvent.Phase.DONE).ifPresent(d -> s.append(", ETA ").append(clockText(d)));
        if (e.phase() == ProgressEvent.Phase.DONE) {
            s.append(", ").append(clockText(e.elapsed())).append(" in all");
        }
        return s.toString();
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    static String clockText(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Bytes in kB below a megabyte (a slow rate reads "40 kB/s", not "0.0 MB/s"), else in MB. */
    private static String mb(long bytes) {
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%d kB", Math.round(bytes / 1000.0))
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
