package dev.clssdk.core.reliability;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.auth.ProfileCredentialsProvider;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link BoundedInputAtSmallHeapTest} in a JVM of its own with {@code -Xmx64m}: reads what an
 * attacker or an accident could make huge, and prints one line per case, {@code OK <case> <what
 * was thrown>}. An OutOfMemoryError ends the process with a non-zero status.
 */
public final class SmallHeapMain {
    private SmallHeapMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (long size : new long[] {200L << 20, 3L << 30}) {
            Path file = dir.resolve("credentials-" + size);
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.write("[default]\nsecret_id = AKIDhuge\nsecret_key = huge-key\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sparse.setLength(size); // sparse: no disk, but the size a reader sees
            }
            try {
                new ProfileCredentialsProvider(file, "default").resolve();
                System.out.println("READ profile-" + size);
            } catch (CredentialsException e) {
                System.out.println("OK profile-" + size + " " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                Files.delete(file);
            }
        }
    }
}
