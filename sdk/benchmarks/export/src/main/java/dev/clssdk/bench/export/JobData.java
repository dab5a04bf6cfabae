package dev.clssdk.bench.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.export.ExportSlice;
import dev.clssdk.cls.export.RangeSlicer;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ActionCall;
import dev.clssdk.stub.cls.ExportFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The logs of one topic for the export-job benchmark, generated once (fixed seed) and cached in a
 * directory: {@link RecordsThroughput#line CLS-like JSON lines} in time order from {@link #FROM},
 * a time every 0–49 ms, until the lines hold the asked bytes; their times ({@code times.bin}); the
 * slices a range job plans for them (computed with cls-export's own {@link RangeSlicer} from the
 * histogram the stub answers, so that each slice's {@code CreateExport} asks for exactly one of
 * the files); one {@code .tar.gz} per slice and one of the whole range (the single export), the
 * same lines in both. {@code data.properties}, written last, marks a complete cache.
 *
 * <p>The stub plays the topic with {@link #histogram} (DescribeLogHistogram, exact counts from
 * the times) and {@link #file} (the file for a task's {@code From}/{@code To}, streamed from disk).
 */
final class JobData {

    static final String TOPIC = "5b0f2b4e-bench-4e1f-9d3c-export0job00";
    /** The range starts here; a multiple of every histogram interval used, as CLS aligns buckets to them. */
    static final long FROM = 1_700_000_000_000L;
    private static final int FORMAT = 1;
    private static final int BUCKETS = 200;
    private static final long SEED = 28;

    final Path dir;
    final long from;
    final long to;
    final long records;
    final long jsonBytes;
    final long perSliceCount;
    final List<ExportSlice> slices;
    final Path whole;
    final long wholeBytes;
    final List<Path> sliceFiles;
    final long[] sliceBytes;
    /** How long {@link #prepare} took to generate the data; 0 when it was cached. */
    double generatedSeconds;
    private final int[] times;

    private JobData(Path dir, Properties p, int[] times) {
        this.dir = dir;
        this.from = Long.parseLong(p.getProperty("from"));
        this.to = Long.parseLong(p.getProperty("to"));
        this.records = Long.parseLong(p.getProperty("records"));
        this.jsonBytes = Long.parseLong(p.getProperty("jsonBytes"));
        this.perSliceCount = Long.parseLong(p.getProperty("perSliceCount"));
        this.times = times;
        this.slices = plan(from, to, times, perSliceCount);
        this.whole = dir.resolve("whole.tar.gz");
        this.wholeBytes = Long.parseLong(p.getProperty("wholeBytes"));
        this.sliceFiles = new ArrayList<>();
        this.sliceBytes = new long[slices.size()];
        for (int i = 0; i < slices.size(); i++) {
            sliceFiles.add(dir.resolve(sliceName(i)));
            sliceBytes[i] = Long.parseLong(p.getProperty("slice." + i + ".bytes"));
        }
    }

    /** The cached data for these settings, generated first if it is missing or incomplete. */
    static JobData prepare(Path parent, long mb, int sliceCount) throws IOException {
        Path dir = parent.resolve("data-" + mb + "MB-" + sliceCount + "slices");
        Optional<JobData> cached = load(dir);
        if (cached.isPresent()) {
            System.out.printf(Locale.ROOT, "data: cached in %s%n", dir);
            return cached.get();
        }
        long started = System.nanoTime();
        generate(dir, mb * 1_000_000L, sliceCount);
        JobData data = load(dir).orElseThrow(() -> new IllegalStateException("generated data in " + dir + " does not load"));
        data.generatedSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "data: generated in %s in %.0f s%n", dir, data.generatedSeconds);
        return data;
    }

    private static Optional<JobData> load(Path dir) throws IOException {
        Path marker = dir.resolve("data.properties");
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            p.load(in);
        }
        if (!String.valueOf(FORMAT).equals(p.getProperty("format"))) {
            return Optional.empty();
        }
        int[] times = readTimes(dir.resolve("times.bin"), Integer.parseInt(p.getProperty("records")));
        JobData data = new JobData(dir, p, times);
        // Planned again with today's RangeSlicer: if it cuts elsewhere now, the files no longer match the job's slices.
        if (data.slices.size() != Integer.parseInt(p.getProperty("slices"))) {
            return Optional.empty();
        }
        for (int i = 0; i < data.slices.size(); i++) {
            ExportSlice s = data.slices.get(i);
            if (!(s.from() + "-" + s.to()).equals(p.getProperty("slice." + i + ".range"))
                    || !Files.isRegularFile(data.sliceFiles.get(i)) || Files.size(data.sliceFiles.get(i)) != data.sliceBytes[i]) {
                return Optional.empty();
            }
        }
        if (!Files.isRegularFile(data.whole) || Files.size(data.whole) != data.wholeBytes) {
            return Optional.empty();
        }
        return Optional.of(data);
    }

    private static String sliceName(int index) {
        return String.format(Locale.ROOT, "slice-%d.tar.gz", index);
    }

    /** The histogram's interval for the range, as RangeJob asks it: at most 200 buckets. */
    private static long interval(long from, long to) {
        return Math.max(1, -Math.floorDiv(-(to - from), BUCKETS));
    }

    /** Logs in [lo, hi), from the sorted times (ms after FROM). */
    private static long count(int[] times, long lo, long hi) {
        return lowerBound(times, hi - FROM) - lowerBound(times, lo - FROM);
    }

    private static int lowerBound(int[] times, long offset) {
        if (offset <= 0) {
            return 0;
        }
        if (offset > Integer.MAX_VALUE) {
            return times.length;
        }
        int i = Arrays.binarySearch(times, (int) offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && times[i - 1] == offset) {
            i--;
        }
        return i;
    }

    /** The slices RangeJob plans from the histogram {@link #histogram} answers, with cls-export's own slicer. */
    private static List<ExportSlice> plan(long from, long to, int[] times, long perSliceCount) {
        long interval = interval(from, to);
        List<RangeSlicer.Bucket> buckets = new ArrayList<>();
        for (long b = Math.floorDiv(from, interval) * interval; b < to; b += interval) {
            long lo = Math.max(b, from);
            long hi = Math.min(b + interval, to);
            long n = count(times, lo, hi);
            if (lo < hi && n > 0) {
                buckets.add(new RangeSlicer.Bucket(lo, hi, n));
            }
        }
        return RangeSlicer.slice(from, to, buckets, perSliceCount);
    }

    /** DescribeLogHistogram for the topic: exact counts per bucket, buckets aligned to the interval as CLS does. */
    ActionAnswer histogram(ActionCall call) {
        long lo = call.input().path("From").asLong();
        long hi = call.input().path("To").asLong();
        long interval = Math.max(1, call.input().path("Interval").asLong(interval(lo, hi)));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode infos = out.putArray("HistogramInfos");
        long total = 0;
        for (long b = Math.floorDiv(lo, interval) * interval; b < hi; b += interval) {
            long n = count(times, Math.max(b, lo), Math.min(b + interval, hi));
            infos.addObject().put("BTime", b).put("Count", n);
            total += n;
        }
        out.put("Interval", interval).put("TotalCount", total);
        return ActionAnswer.success(out);
    }

    /** The file of an export task: the whole range's, or the slice's with its From and To; empty (and said) otherwise. */
    Optional<ExportFile> file(String exportId, JsonNode input) {
        long lo = input.path("From").asLong();
        long hi = input.path("To").asLong();
        if (lo == from && hi == to) {
            return Optional.of(ExportFile.of(whole));
        }
        for (int i = 0; i < slices.size(); i++) {
            if (slices.get(i).from() == lo && slices.get(i).to() == hi) {
                return Optional.of(ExportFile.of(sliceFiles.get(i)));
            }
        }
        System.err.printf(Locale.ROOT, "export-job benchmark: no prepared file for export %s [%d, %d): the stub serves its own"
                + " 1000-log file, and the run will be counted incomplete%n", exportId, lo, hi);
        return Optional.empty();
    }

    // ---- generation

    private static void generate(Path dir, long bytes, int sliceCount) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("data.properties"));
        Path lines = dir.resolve("lines.json.tmp");
        // Pass 1: the lines, in time order, to a temporary file; their times.
        int[] times = new int[1 << 20];
        int[] lengths = new int[1 << 20];
        int n = 0;
        long written = 0;
        SplittableRandom random = new SplittableRandom(SEED);
        long time = FROM;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(lines), 1 << 16)) {
            while (written < bytes) {
                time += random.nextInt(50);
                byte[] b = RecordsThroughput.line(random, time).getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                    lengths = Arrays.copyOf(lengths, n * 2);
                }
                lengths[n] = b.length;
                times[n++] = Math.toIntExact(time - FROM);
            }
        }
        times = Arrays.copyOf(times, n);
        // The range: the smallest 1-2-5 interval (which divides FROM) whose 200 buckets hold every log.
        long interval = 1;
        for (long step = 1; interval * BUCKETS <= times[n - 1]; step++) {
            interval = (long) (new int[] {1, 2, 5}[(int) (step % 3)] * Math.pow(10, step / 3));
        }
        long to = FROM + interval * BUCKETS;
        if (FROM % interval != 0) {
            throw new IllegalStateException("interval " + interval + " does not divide FROM");
        }
        // A slice holds ceil(n / slices) logs and at most one bucket more, so the greedy slicer makes exactly `slices`.
        long maxBucket = 0;
        for (long b = FROM; b < to; b += interval) {
            maxBucket = Math.max(maxBucket, count(times, b, b + interval));
        }
        long perSliceCount = -Math.floorDiv(-n, sliceCount) + maxBucket;
        List<ExportSlice> slices = plan(FROM, to, times, perSliceCount);

        // Pass 2: the same lines, once as one file per slice and once as the whole range's, on two threads.
        long[] sliceStart = new long[slices.size() + 1];
        long offset = 0;
        int record = 0;
        for (int i = 0; i < slices.size(); i++) {
            while (record < n && FROM + times[record] < slices.get(i).from()) {
                offset += lengths[record++];
            }
            sliceStart[i] = offset;
        }
        long total = written;
        sliceStart[slices.size()] = total;
        long[] sliceBytes = new long[slices.size()];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> whole = pool.submit(() -> {
                tarGz(lines, 0, total, "export.json", dir.resolve("whole.tar.gz"));
                return null;
            });
            Future<?> parts = pool.submit(() -> {
                for (int i = 0; i < slices.size(); i++) {
                    Path file = dir.resolve(sliceName(i));
                    tarGz(lines, sliceStart[i], sliceStart[i + 1] - sliceStart[i], "slice-" + i + ".json", file);
                    sliceBytes[i] = Files.size(file);
                }
                return null;
            });
            whole.get();
            parts.get();
        } catch (Exception e) {
            throw new IOException("generating the files failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        Files.delete(lines);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve("times.bin")),
                1 << 16))) {
            for (int t : times) {
                out.writeInt(t);
            }
        }
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        p.setProperty("seed", String.valueOf(SEED));
        p.setProperty("from", String.valueOf(FROM));
        p.setProperty("to", String.valueOf(to));
        p.setProperty("records", String.valueOf(n));
        p.setProperty("jsonBytes", String.valueOf(total));
        p.setProperty("perSliceCount", String.valueOf(perSliceCount));
        p.setProperty("slices", String.valueOf(slices.size()));
        p.setProperty("wholeBytes", String.valueOf(Files.size(dir.resolve("whole.tar.gz"))));
        for (int i = 0; i < slices.size(); i++) {
            p.setProperty("slice." + i + ".range", slices.get(i).from() + "-" + slices.get(i).to());
            p.setProperty("slice." + i + ".records", String.valueOf(slices.get(i).estimatedLogs()));
            p.setProperty("slice." + i + ".jsonBytes", String.valueOf(sliceStart[i + 1] - sliceStart[i]));
            p.setProperty("slice." + i + ".bytes", String.valueOf(sliceBytes[i]));
        }
        Path tmp = dir.resolve("data.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "export-job benchmark data (generated; delete the directory to regenerate)");
        }
        Files.move(tmp, dir.resolve("data.properties"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** A .tar.gz of one entry: {@code length} bytes of {@code lines} from {@code start}. */
    private static void tarGz(Path lines, long start, long length, String entryName, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(lines);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16))) {
            in.skipNBytes(start);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry = new TarArchiveEntry(entryName);
            entry.setSize(length);
            entry.setModTime(FROM);
            tar.putArchiveEntry(entry);
            byte[] buf = new byte[1 << 20];
            for (long left = length; left > 0; ) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) {
                    throw new IOException("unexpected end of " + lines);
                }
                tar.write(buf, 0, r);
                left -= r;
            }
            tar.closeArchiveEntry();
            tar.finish();
        }
    }

    private static int[] readTimes(Path file, int n) throws IOException {
        int[] times = new int[n];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; i < n; i++) {
                times[i] = in.readInt();
            }
        }
        return times;
    }
}
