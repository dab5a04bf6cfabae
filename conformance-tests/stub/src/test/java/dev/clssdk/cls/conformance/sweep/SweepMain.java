package dev.clssdk.cls.conformance.sweep;

import dev.clssdk.codegen.importer.TencentErrorCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The sweep over every model in a folder laid out as {@code <service>/<version>/api.json} (and
 * {@code examples.json}), each imported with its examples and its error codes from Tencent's
 * catalogue (the full import of {@code import-tencent}), all in this one JVM, a few services at a
 * time. Prints one row per
 * service, then the failures with their reason, then
 * {@code N of M services generate, compile and answer a call}. Exit code 0 only when all did.
 * Run by {@code generator/scripts/sweep.sh}.
 */
public final class SweepMain {

    private SweepMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SweepMain <models-folder> <tencent-error-codes.json[.xz]> [threads]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        TencentErrorCodes errorCodes = TencentErrorCodes.read(Path.of(args[1]));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<Path> models;
        try (Stream<Path> walk = Files.walk(root, 3, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            models = walk.filter(p -> p.getFileName().toString().equals("api.json")).sorted().toList();
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<ServiceSweep.Result>> futures = new ArrayList<>();
        for (Path api : models) {
            futures.add(pool.submit(() -> runOne(root, api, errorCodes)));
        }
        List<ServiceSweep.Result> results = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-28s %7s %6s %6s %6s %-9s %7s  %s%n", "service/version", "actions", "errors",
                "pagers", "files", "stage", "ms", "called / reason");
        for (Future<ServiceSweep.Result> future : futures) {
            ServiceSweep.Result r = future.get();
            results.add(r);
            System.out.printf(Locale.ROOT, "%-28s %7d %6d %6d %6d %-9s %7d  %s%n", r.name(), r.actions(), r.errors(),
                    r.pagers(), r.files(), r.ok() ? "OK" : r.reached(), r.millis(), r.detail());
        }
        pool.shutdown();
        long ok = results.stream().filter(ServiceSweep.Result::ok).count();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println();
        for (ServiceSweep.Stage stage : ServiceSweep.Stage.values()) {
            long failed = results.stream().filter(r -> !r.ok() && r.reached() == stage).count();
            if (failed > 0) {
                System.out.printf(Locale.ROOT, "failed at %-8s %d%n", stage, failed);
            }
        }
        System.out.printf(Locale.ROOT, "actions %d, service error codes %d, paginators %d, generated files %d, wall %d s on %d threads%n",
                results.stream().mapToInt(ServiceSweep.Result::actions).sum(),
                results.stream().mapToInt(ServiceSweep.Result::errors).sum(),
                results.stream().mapToInt(ServiceSweep.Result::pagers).sum(),
                results.stream().mapToInt(ServiceSweep.Result::files).sum(), seconds, threads);
        java.util.Map<String, Integer> cursors = new java.util.TreeMap<>();
        results.forEach(r -> r.cursors().forEach((token, n) -> cursors.merge(token, n, Integer::sum)));
        System.out.printf(Locale.ROOT, "cursor paginators %d by token %s%n",
                cursors.values().stream().mapToInt(Integer::intValue).sum(), cursors);
        System.out.printf(Locale.ROOT, "%d of %d services generate, compile and answer a call%n", ok, results.size());
        System.exit(ok == results.size() ? 0 : 1);
    }

    private static ServiceSweep.Result runOne(Path root, Path api, TencentErrorCodes errorCodes) throws IOException {
        Path dir = api.getParent();
        String name = root.relativize(dir).toString().replace('\\', '/');
        Path examples = dir.resolve("examples.json");
        return ServiceSweep.run(name, Files.readString(api, StandardCharsets.UTF_8),
                Files.exists(examples) ? Files.readString(examples, StandardCharsets.UTF_8) : null, errorCodes);
    }
}
