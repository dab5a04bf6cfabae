package dev.clssdk.cls.export;

import java.nio.file.Path;

/**
 * A finished download.
 *
 * @param path     the file, complete (renamed into place only after every byte was checked)
 * @param bytes    its size, equal to the task's {@code FileSize} when that was known
 * @param requests HTTP requests it took (1 without resumes)
 */
public record DownloadResult(Path path, long bytes, int requests) {}
