package dev.clssdk.bench.export;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.export.ClsExporter;
import dev.clssdk.cls.export.DownloadResult;
import dev.clssdk.cls.export.ExportDownloader;
import dev.clssdk.cls.export.ExportRecords;
import dev.clssdk.cls.export.LogRecord;
import dev.clssdk.cls.export.RangeResult;
import dev.clssdk.cls.export.RecordOptions;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.Format;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.cls.ExportProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A range job of several slices against one export of the same logs, both downloaded from the
 * contract stub's download server and read through, each in a JVM of its own with a small heap.
 *
 * <p>{@code bench [--mb 2000] [--slices 4] [--rounds 2] [--concurrency 4] [--read-threads 1] [--xmx 64m]
 * [--modes single,job,stream] [--dir DIR]}: prepares the data once ({@link JobData}, cached in
 * {@code DIR}), starts the stub in this JVM (CreateExport, DescribeExports, a DescribeLogHistogram of
 * the data, downloads streamed from the prepared files over loopback HTTP), then runs, alternating,
 * round after round: {@code single} (one export of the whole range:
 * {@code ClsExporter.newJob(...).downloadTo(file)}, then every record of the file), {@code job}
 * ({@code ClsExporter.rangeJob(...)}: the slices exported and downloaded {@code --concurrency} at a
 * time, then every record of every slice file, in slice order, on {@code --read-threads} threads) and
 * {@code stream} (the single export's records read as it downloads,
 * {@code ClsExporter.newJob(...).records(...)}, no file). Prints a markdown table and writes it to
 * {@code DIR/report.md}.
 *
 * <p>{@code child MODE ...} is one such run (what {@code bench} starts with {@code -Xmx}): it prints one
 * {@code RESULT} line with its phases' times, the records it read, and its heap from
 * {@link HeapWatch}, or {@code status=OOM} / {@code status=FAILED} with the error.
 */
public final class ExportJobBenchmark {

    private static final String SECRET_ID = "AKIDexportjobbench";
    private static final String SECRET_KEY = "export-job-bench-key";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final List<String> MODES = List.of("single", "job", "stream");
    private static final Pattern KV = Pattern.compile("([\\w.]+)=(\\S+)");

    private ExportJobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("child")) {
            System.exit(child(args[1], options(args, 2)));
        } else if (args.length >= 1 && args[0].equals("bench")) {
            bench(options(args, 1));
        } else {
            System.err.println("usage: bench [--mb 2000] [--slices 4] [--rounds 2] [--concurrency 4] [--read-threads 1]"
                    + " [--xmx 64m] [--modes single,job,stream] [--dir DIR]");
            System.exit(2);
        }
    }

    private static Map<String, String> options(String[] args, int start) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = start; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("expected --name value, got " + args[i]);
                System.exit(2);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }

    // ---- the parent: data, stub, children, table

    private static void bench(Map<String, String> o) throws Exception {
        long mb = Long.parseLong(o.getOrDefault("mb", "2000"));
        int sliceCount = Integer.parseInt(o.getOrDefault("slices", "4"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "2"));
        int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "4"));
        int readThreads = Integer.parseInt(o.getOrDefault("read-threads", "1"));
        String xmx = o.getOrDefault("xmx", "64m");
        List<String> modes = List.of(o.getOrDefault("modes", String.join(",", MODES)).split(","));
        if (!MODES.containsAll(modes) || !modes.contains("single") || !modes.contains("job")) {
            System.err.println("--modes: single and job, and optionally stream, comma-separated: " + modes);
            System.exit(2);
        }
        Path dir = Path.of(o.getOrDefault("dir", "target/export-job")).toAbsolutePath();
        long started = System.nanoTime();
        JobData data = JobData.prepare(dir, mb, sliceCount);
        System.out.printf(Locale.ROOT, "data: %,d records, %,d bytes of JSON lines; single export %,d bytes; %d slices of %s bytes"
                + " (per-slice Count %,d)%n", data.records, data.jsonBytes, data.wholeBytes, data.slices.size(),
                java.util.Arrays.toString(data.sliceBytes), data.perSliceCount);

        List<Map<String, String>> results = new ArrayList<>();
        try (ContractStub stub = ContractStub.builder()
                .credentials(SECRET_ID, SECRET_KEY)
                .topic(JobData.TOPIC)
                .exportProgress(new ExportProgress(1, Duration.ZERO))
                .behaviour("DescribeLogHistogram", data::histogram)
                .start()) {
            stub.exports().serveDownloads();
            stub.exports().exportFiles(data::file);
            Path logs = Files.createDirectories(dir.resolve("logs"));
            for (int round = 1; round <= rounds; round++) {
                for (String mode : modes) {
                    stub.exports().clearExports();
                    stub.clearRecordedRequests();
                    Path out = dir.resolve("out-" + mode);
                    deleteTree(out);
                    List<String> command = new ArrayList<>(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx,
                            "-cp", System.getProperty("java.class.path"), ExportJobBenchmark.class.getName(), "child", mode,
                            "--url", stub.url(), "--from", String.valueOf(data.from), "--to", String.valueOf(data.to),
                            "--count", String.valueOf(mode.equals("job") ? data.perSliceCount : data.records),
                            "--out", out.toString(), "--concurrency", String.valueOf(concurrency),
                            "--read-threads", String.valueOf(readThreads)));
                    Path log = logs.resolve("round" + round + "-" + mode + ".log");
                    System.out.printf(Locale.ROOT, "round %d, %s ...%n", round, mode);
                    Map<String, String> r = runChild(command, log);
                    r.put("round", String.valueOf(round));
                    r.putIfAbsent("mode", mode);
                    boolean complete = "ok".equals(r.get("status")) && String.valueOf(data.records).equals(r.get("records"));
                    r.put("complete", complete ? "yes" : "**no**");
                    results.add(r);
                    System.out.println("  " + r);
                    deleteTree(out);
                }
            }
        }
        String report = report(data, results, modes, rounds, concurrency, readThreads, xmx, (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println(report);
        Files.writeString(dir.resolve("report.md"), report + "\n");
        System.out.println("written to " + dir.resolve("report.md"));
    }

    /** Runs a child JVM; its RESULT line's values, plus its wall time, exit code and the log's path. */
    private static Map<String, String> runChild(List<String> command, Path log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(JOB_TIMEOUT.toMinutes() + 5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            p.waitFor();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Map<String, String> r = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b).ifPresent(line -> {
                Matcher m = KV.matcher(line);
                while (m.find()) {
                    r.put(m.group(1), m.group(2));
                }
            });
        }
        r.putIfAbsent("status", "no-result");
        r.put("jvm_wall_s", String.format(Locale.ROOT, "%.2f", wall));
        r.put("exit", String.valueOf(p.exitValue()));
        r.put("log", log.toString());
        return r;
    }

    private static String report(JobData data, List<Map<String, String>> results, List<String> modes, int rounds, int concurrency,
            int readThreads, String xmx, double seconds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Export job against a single export: %,d records, %.2f GB of JSON lines (single export"
                + " .tar.gz %.1f MB; %d slices, %.1f MB in all), -Xmx%s, concurrency %d, read threads %d%n%n",
                data.records, data.jsonBytes / 1e9, data.wholeBytes / 1e6, data.slices.size(),
                java.util.Arrays.stream(data.sliceBytes).sum() / 1e6, xmx, concurrency, readThreads));
        s.append("| round | mode | files | complete | records | downloaded MB | export+download s | download MB/s | read s | total s"
                + " | JSON MB/s | records/s | peak heap MB | max live after GC MB | GCs | OOM | JVM wall s |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, String> r : results) {
            double download = d(r, "download_s");
            double total = d(r, "total_s");
            double bytes = d(r, "download_bytes");
            s.append(String.join(" | ", "| " + r.get("round"), r.get("mode"), r.getOrDefault("files", "?"), r.get("complete"),
                    r.getOrDefault("records", "?"), f("%.1f", bytes / 1e6), f("%.2f", download), f("%.0f", bytes / 1e6 / download),
                    f("%.2f", d(r, "read_s")), f("%.2f", total), f("%.0f", data.jsonBytes / 1e6 / total),
                    f("%,.0f", d(r, "records") / total), f("%.1f", d(r, "heap_peak_bytes") / 1e6),
                    f("%.1f", d(r, "heap_live_bytes") / 1e6), r.getOrDefault("gc_count", "?"),
                    "OOM".equals(r.get("status")) ? "**yes**" : "no", r.get("jvm_wall_s") + " |\n"));
        }
        s.append("\n| median of ").append(rounds).append(" rounds");
        modes.forEach(m -> s.append(" | ").append(m));
        s.append(" | job / single |\n|---");
        modes.forEach(m -> s.append("|---"));
        s.append("|---|\n");
        long sliceBytes = java.util.Arrays.stream(data.sliceBytes).sum();
        String[][] figures = {{"total_s", "total s (export, download, read)"}, {"records/s", "records/s"}, {"JSON MB/s", "JSON MB/s"},
                {"download_s", "export+download s"}, {"download MB/s", "download MB/s (export+download phase)"}, {"read_s", "read s"},
                {"heap_peak_bytes", "peak heap MB"}, {"heap_live_bytes", "max live after GC MB"}};
        for (String[] figure : figures) {
            s.append("| ").append(figure[1]);
            Map<String, Double> byMode = new LinkedHashMap<>();
            for (String m : modes) {
                double v = switch (figure[0]) {
                    case "records/s" -> data.records / median(results, m, "total_s");
                    case "JSON MB/s" -> data.jsonBytes / 1e6 / median(results, m, "total_s");
                    case "download MB/s" -> (m.equals("job") ? sliceBytes : data.wholeBytes) / 1e6 / median(results, m, "download_s");
                    case "heap_peak_bytes", "heap_live_bytes" -> median(results, m, figure[0]) / 1e6;
                    default -> median(results, m, figure[0]);
                };
                byMode.put(m, v);
                s.append(" | ").append(f(figure[0].endsWith("/s") ? "%,.0f" : "%.2f", v));
            }
            s.append(" | ").append(f("%.3f×", byMode.get("job") / byMode.get("single"))).append(" |\n");
        }
        s.append(String.format(Locale.ROOT, "%nWhole run (data %s, %d child JVMs): %.0f s. Heap from GC notifications in each child"
                + " (%s): peak = the most in use before any collection; live = the most still in use right after one.%n",
                data.generatedSeconds > 0 ? String.format(Locale.ROOT, "generated in %.0f s", data.generatedSeconds) : "cached",
                results.size(), seconds, results.isEmpty() ? "?" : results.get(0).getOrDefault("gc", "?")));
        return s.toString();
    }

    /** A figure, or a dash when there is none (a phase the mode does not have, a run that failed). */
    private static String f(String format, double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "—" : String.format(Locale.ROOT, format, value);
    }

    private static double d(Map<String, String> r, String key) {
        try {
            return Double.parseDouble(r.getOrDefault(key, "NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double median(List<Map<String, String>> results, String mode, String key) {
        double[] v = results.stream().filter(r -> mode.equals(r.get("mode"))).mapToDouble(r -> d(r, key)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- a child: one run, in a JVM of its own

    private static int child(String mode, Map<String, String> o) {
        HeapWatch heap = HeapWatch.start();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        long t0 = System.nanoTime();
        try (ClsClient client = ClsClient.builder()
                .credentials(CredentialsProvider.of(SECRET_ID, SECRET_KEY))
                .endpointUrl(o.get("url"))
                .build()) {
            // The stub's download server is plain HTTP on 127.0.0.1, which the downloader accepts only when told to.
            // The stub completes a task at once; a short first poll keeps the exporter's default 1 s wait out of the figures.
            ClsExporter exporter = ClsExporter.builder().client(client)
                    .downloader(ExportDownloader.builder().allowHttpToLoopbackForTests(true).build())
                    .pollInterval(POLL, Duration.ofSeconds(1))
                    .build();
            CreateExportRequest request = CreateExportRequest.builder().topicId(JobData.TOPIC).query("*")
                    .from(Long.parseLong(o.get("from"))).to(Long.parseLong(o.get("to"))).count(Long.parseLong(o.get("count")))
                    .format(Format.JSON).build();
            Path out = Files.createDirectories(Path.of(o.get("out")));
            List<Path> files = new ArrayList<>();
            long downloaded = 0;
            if (mode.equals("stream")) {
                long records = 0;
                try (ExportRecords all = exporter.newJob(request, JOB_TIMEOUT).records(new RecordOptions(Format.JSON, false))) {
                    records = count(all, "the single export's stream");
                }
                long t2 = System.nanoTime();
                result.put("status", "ok");
                result.put("files", 0);
                result.put("records", records);
                result.put("total_s", String.format(Locale.ROOT, "%.3f", (t2 - t0) / 1e9));
                return finish(result, heap);
            }
            if (mode.equals("single")) {
                DownloadResult r = exporter.newJob(request, JOB_TIMEOUT).downloadTo(out.resolve("export.tar.gz"));
                files.add(r.path());
                downloaded = r.bytes();
            } else if (mode.equals("job")) {
                RangeResult r = exporter.rangeJob(request, out, JOB_TIMEOUT)
                        .concurrency(Integer.parseInt(o.get("concurrency"))).build().run();
                for (RangeResult.SliceFile f : r.slices()) {
                    files.add(f.file());
                    downloaded += f.bytes();
                }
            } else {
                throw new IllegalArgumentException("mode must be one of " + MODES + ": " + mode);
            }
            long t1 = System.nanoTime();
            long records = read(files, mode.equals("job") ? Integer.parseInt(o.get("read-threads")) : 1);
            long t2 = System.nanoTime();
            result.put("status", "ok");
            result.put("files", files.size());
            result.put("records", records);
            result.put("download_bytes", downloaded);
            result.put("download_s", String.format(Locale.ROOT, "%.3f", (t1 - t0) / 1e9));
            result.put("read_s", String.format(Locale.ROOT, "%.3f", (t2 - t1) / 1e9));
            result.put("total_s", String.format(Locale.ROOT, "%.3f", (t2 - t0) / 1e9));
        } catch (Throwable e) {
            result.put("status", causes(e).anyMatch(c -> c instanceof OutOfMemoryError) ? "OOM" : "FAILED");
            result.put("error", String.valueOf(e).replaceAll("\\s+", "_"));
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            System.out.println(trace);
        }
        return finish(result, heap);
    }

    private static int finish(Map<String, Object> result, HeapWatch heap) {
        result.put("heap_peak_bytes", heap.peakUsed());
        result.put("heap_live_bytes", heap.peakLive());
        result.put("heap_max_bytes", Runtime.getRuntime().maxMemory());
        result.put("gc_count", heap.collections());
        result.put("gc_ms", heap.gcMillis());
        result.put("gc", HeapWatch.collectorNames());
        StringBuilder line = new StringBuilder("RESULT");
        result.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
        return "ok".equals(result.get("status")) ? 0 : 1;
    }

    private static Stream<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable c = e; c != null && !all.contains(c); c = c.getCause()) {
            all.add(c);
            all.addAll(List.of(c.getSuppressed()));
        }
        return all.stream();
    }

    /** The records, each one's status field read. */
    private static long count(ExportRecords records, String what) {
        long n = 0;
        long chars = 0;
        while (records.hasNext()) {
            LogRecord r = records.next();
            n++;
            chars += r.get("status").length();
        }
        if (chars < n) {
            throw new IllegalStateException("a record without its status field in " + what);
        }
        return n;
    }

    /** Every record of the files, each file on one of {@code threads} threads; a field of each is read. */
    private static long read(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (Path file : files) {
                counts.add(pool.submit(() -> {
                    try (ExportRecords records = ExportRecords.read(file, new RecordOptions(Format.JSON, false))) {
                        return count(records, file.toString());
                    }
                }));
            }
            long total = 0;
            for (Future<Long> c : counts) {
                total += c.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
