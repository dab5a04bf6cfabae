package dev.clssdk.bench.export;

import dev.clssdk.cls.export.ExportRecords;
import dev.clssdk.cls.export.LogRecord;
import dev.clssdk.cls.export.RecordOptions;
import dev.clssdk.cls.model.Format;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * {@code generate FILE MB}: writes a .tar.gz of one entry holding MB megabytes (10^6) of CLS-like
 * JSON lines (fixed seed, so the same file every time).
 * {@code read FILE ROUNDS}: iterates every record of FILE with cls-export's {@link ExportRecords},
 * ROUNDS times, touching each record's fields, and prints one RESULT line per round: seconds,
 * MB/s of uncompressed JSON, records/s, and the heap in use at the end.
 */
public final class RecordsThroughput {

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};
    private static final String[] AGENTS = {"Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0", "okhttp/5.5.1",
            "Go-http-client/1.1", "python-requests/2.32"};
    private static final String[] WORDS = {"request", "served", "cache", "miss", "hit", "upstream", "timeout", "retry",
            "user", "order", "payment", "session", "token", "refresh", "ok", "error", "slow", "fast", "shard", "replica"};

    private RecordsThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]) * 1_000_000L);
        } else if (args.length == 3 && args[0].equals("read")) {
            for (int round = 1; round <= Integer.parseInt(args[2]); round++) {
                read(Path.of(args[1]), round);
            }
        } else {
            System.err.println("usage: generate FILE MB | read FILE ROUNDS");
            System.exit(2);
        }
    }

    private static void generate(Path file, long bytes) throws IOException {
        Path lines = Files.createTempFile(file.toAbsolutePath().getParent(), "lines", ".json");
        long written = 0;
        long count = 0;
        SplittableRandom random = new SplittableRandom(14);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(lines), 1 << 16)) {
            long time = 1_700_000_000_000L;
            while (written < bytes) {
                time += random.nextInt(50);
                String line = line(random, time);
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
                count++;
            }
        }
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry = new TarArchiveEntry("export.json");
            entry.setSize(written);
            tar.putArchiveEntry(entry);
            Files.copy(lines, tar);
            tar.closeArchiveEntry();
            tar.finish();
        } finally {
            Files.deleteIfExists(lines);
        }
        System.out.printf(Locale.ROOT, "generated %s: %d records, %d bytes of JSON lines, %d bytes compressed%n", file, count,
                written, Files.size(file));
    }

    /**
     * One CLS-like log as a JSON line (9 string fields, 281 bytes on average), its fields drawn from
     * {@code random} after the time: the same seed gives the same lines.
     */
    static String line(SplittableRandom random, long time) {
        StringBuilder message = new StringBuilder();
        for (int w = random.nextInt(4, 12); w > 0; w--) {
            message.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return "{\"__TIMESTAMP__\":\"" + time + "\",\"__SOURCE__\":\"10." + random.nextInt(256) + "."
                + random.nextInt(256) + "." + random.nextInt(256) + "\",\"__FILENAME__\":\"/var/log/app/access.log\","
                + "\"method\":\"" + METHODS[random.nextInt(METHODS.length)] + "\",\"path\":\"/api/v1/orders/"
                + Long.toHexString(random.nextLong()) + "\",\"status\":\"" + (random.nextInt(20) == 0 ? 500 : 200)
                + "\",\"latency_ms\":\"" + random.nextInt(2000) + "\",\"ua\":\"" + AGENTS[random.nextInt(AGENTS.length)]
                + "\",\"message\":\"" + message.toString().trim() + "\"}\n";
    }

    private static void read(Path file, int round) {
        long started = System.nanoTime();
        long records = 0;
        long fieldChars = 0;
        try (ExportRecords all = ExportRecords.read(file, new RecordOptions(Format.JSON, false))) {
            while (all.hasNext()) {
                LogRecord r = all.next();
                records++;
                fieldChars += r.size() + r.get("status").length();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long jsonBytes = uncompressedSize(file);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "RESULT round=%d seconds=%.2f json_MB_per_s=%.1f records_per_s=%.0f records=%d heap_max_MB=%d (%d)%n",
                round, seconds, jsonBytes / 1e6 / seconds, records / seconds, records, rt.maxMemory() / 1_000_000, fieldChars);
    }

    /** The JSON bytes in the file: the tar entry's size (read from its header, not by decompressing). */
    private static long uncompressedSize(Path file) {
        try (var in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                new java.util.zip.GZIPInputStream(Files.newInputStream(file)))) {
            return in.getNextEntry().getSize();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
