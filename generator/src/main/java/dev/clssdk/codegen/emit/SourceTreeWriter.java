package dev.clssdk.codegen.emit;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files so that the output directory is either the complete new tree or left
 * as it was: files go to a sibling temporary directory that replaces the target only when all
 * were written.
 */
public final class SourceTreeWriter {

    private SourceTreeWriter() {}

    /** Replaces {@code outDir} with exactly these files. */
    public static void write(List<JavaFile> files, Path outDir) {
        Path target = outDir.toAbsolutePath().normalize();
        Path staging = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.getParent());
            deleteTree(staging);
            Files.createDirectories(staging);
            // What JavaFile.writeTo(Path) writes, made in memory and written at once: its writer encodes
            // every small piece of the file on its own (about 2% of a whole-service run's JFR samples).
            // Formatting is a quarter of a whole-service run and each file is formatted alone from
            // immutable specs, so files are formatted on every core; the list keeps their order.
            List<String> texts = files.parallelStream().map(JavaFile::toString).toList();
            Set<Path> packages = new HashSet<>();
            for (int i = 0; i < files.size(); i++) {
                JavaFile file = files.get(i);
                Path dir = staging.resolve(file.packageName().replace('.', '/'));
                if (packages.add(dir)) {
                    Files.createDirectories(dir);
                }
                Files.writeString(dir.resolve(file.typeSpec().name() + ".java"), texts.get(i), StandardCharsets.UTF_8);
            }
            deleteTree(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                deleteTree(staging);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("could not write generated sources to " + target, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
