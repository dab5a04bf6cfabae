package dev.clssdk.cls.export;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished range job: one file per slice, in time order, and the index that lists them.
 *
 * @param slices         the slices' files, in time order
 * @param index          {@code index.json}: the job's arguments and each slice's range, export task, file and size
 * @param manifest       the job's manifest (all slices {@code DOWNLOADED})
 * @param exportsCreated {@code CreateExport} calls this run made (0 when a previous run had finished every slice)
 * @param exportsDeleted the job's export tasks this run deleted ({@link RangeJob.Builder#deleteExportsWhenDone}; 0
 *                       without it)
 * @param deleteFailures one line for each of the job's tasks that could not be deleted (its {@code ExportId} and
 *                       why); the job still succeeded, and a run again tries them again
 */
public record RangeResult(List<SliceFile> slices, Path index, Path manifest, int exportsCreated, int exportsDeleted,
        List<String> deleteFailures) {

    public RangeResult {
        slices = List.copyOf(slices);
        deleteFailures = List.copyOf(deleteFailures);
    }

    /** A result of a job that deletes no task. */
    public RangeResult(List<SliceFile> slices, Path index, Path manifest, int exportsCreated) {
        this(slices, index, manifest, exportsCreated, 0, List.of());
    }

    /**
     * One slice's file.
     *
     * @param slice    the slice
     * @param exportId the export task its file came from
     * @param file     the file, complete, as served (a {@code .tar.gz}; read it with {@link ExportRecords#read})
     * @param bytes    its size
     */
    public record SliceFile(ExportSlice slice, String exportId, Path file, long bytes) {}
}
