package dev.clssdk.cls.export.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the command writes: checked before anything is asked of CLS (a run that would fail at the
 * very end after an hour's export fails at once instead), written to a {@code .part} file beside it
 * and renamed onto it only when complete, so a file at the target is always a whole one.
 */
final class OutputTarget {

    private final Path target;
    private final boolean overwrite;

    private OutputTarget(Path target, boolean overwrite) {
        this.target = target;
        this.overwrite = overwrite;
    }

    /**
     * The target, or why it cannot be one, as the usage message for {@code option}: a directory; an
     * existing file without {@code overwrite}; a parent directory that does not exist (it is not
     * created: a typo in a path should not make directories) or cannot be written.
     */
    static OutputTarget check(Path path, boolean overwrite, String option, String overwriteOption) throws Usage {
        Path absolute = path.toAbsolutePath().normalize();
        String typed = "Invalid value for option '" + option + "': '" + path + "'";
        if (Files.isDirectory(absolute)) {
            throw new Usage(typed + " is a directory; name a file in it");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
            throw new Usage(typed + " already exists; add " + overwriteOption + " to replace it (once the new one is complete)");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new Usage(typed + ": directory '" + parent + "' does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new Usage(typed + ": directory '" + parent + "' is not writable");
        }
        return new OutputTarget(absolute, overwrite);
    }

    Path path() {
        return target;
    }

    boolean overwrite() {
        return overwrite;
    }

    /** A new temporary file beside the target, hidden, named after it, ending in {@code .part}. */
    Path newTemporaryFile() throws IOException {
        return Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
    }

    /**
     * Deletes the temporary files an earlier run writing this target left when it was killed
     * ({@code kill -9} runs no cleanup); the names {@link #newTemporaryFile()} makes, nothing else.
     * For a range job, whose reruns are how it resumes.
     */
    void removeLeftoverTemporaryFiles() {
        String prefix = "." + target.getFileName() + ".";
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), ".*.part")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && name.length() > prefix.length() + ".part".length()) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover costs disk space, not correctness
        }
    }

    /** Renames a complete temporary file onto the target. */
    void commit(Path temporary) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A usage error about the target. */
    static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }
}
