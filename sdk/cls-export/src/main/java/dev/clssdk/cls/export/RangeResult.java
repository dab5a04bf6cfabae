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
 */
public record RangeResult(List<SliceFile> slices, Path index, Path manifest, int exportsCreated) {

    public RangeResult {
        slices = List.copyOf(slices);
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
