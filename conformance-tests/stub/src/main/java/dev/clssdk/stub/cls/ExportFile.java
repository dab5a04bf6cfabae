package dev.clssdk.stub.cls;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the download server serves for a completed export task: a size (the task's
 * {@code FileSize}) and a stream of the bytes from any offset (a {@code Range} request starts
 * there). The server copies the stream to the connection as it reads it, so a file of any size is
 * served in constant memory: {@link #of(Path)} reads the file at each request.
 */
public interface ExportFile {

    /** The file's size in bytes. */
    long size();

    /**
     * The bytes from {@code offset} ({@code 0 <= offset < size()}) to the end; the caller closes it.
     *
     * @throws IOException when the bytes cannot be read
     */
    InputStream open(long offset) throws IOException;

    /** A file held in memory. */
    static ExportFile of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new ExportFile() {
            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public InputStream open(long offset) {
                return new ByteArrayInputStream(copy, (int) Math.min(offset, copy.length), copy.length);
            }
        };
    }

    /**
     * A file on disk, read at each request; its size is read now.
     *
     * @throws UncheckedIOException when its size cannot be read (for example, it does not exist)
     */
    static ExportFile of(Path file) {
        Objects.requireNonNull(file, "file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
        return new ExportFile() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open(long offset) throws IOException {
                InputStream in = Files.newInputStream(file);
                try {
                    in.skipNBytes(offset);
                } catch (IOException | RuntimeException e) {
                    in.close();
                    throw e;
                }
                return in;
            }
        };
    }

    /**
     * Chooses the file of a task by its {@code CreateExport} input, in place of the stub's own
     * generated one ({@link ExportWorkflow#exportFiles}). Asked once per task, when the task is
     * first described as completed or downloaded.
     */
    @FunctionalInterface
    interface Source {

        /**
         * @param exportId the task's {@code ExportId}
         * @param input    its {@code CreateExport} input ({@code TopicId}, {@code From}, {@code To}, {@code Count},
         *                 {@code Format}, ...)
         * @return the file to serve, or empty for the stub's generated one
         */
        Optional<ExportFile> file(String exportId, JsonNode input);
    }
}
