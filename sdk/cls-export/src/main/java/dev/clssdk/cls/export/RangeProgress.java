package dev.clssdk.cls.export;

import java.time.Duration;

/**
 * Where a whole range job stands, across its slices.
 *
 * @param slices             the job's slices
 * @param slicesDone         slices whose file is complete (those a previous run finished included)
 * @param bytes              bytes of slice files on disk or received so far in this run's downloads
 * @param estimatedLogsDone  the logs {@code DescribeLogHistogram} counted in the finished slices (an estimate:
 *                           the files are not read, and logs can arrive after the histogram was asked)
 * @param estimatedLogs      the logs it counted in the whole range
 * @param elapsed            time since this run of the job started
 */
public record RangeProgress(int slices, int slicesDone, long bytes, long estimatedLogsDone, long estimatedLogs,
        Duration elapsed) {}
