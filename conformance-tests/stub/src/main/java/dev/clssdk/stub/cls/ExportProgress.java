package dev.clssdk.stub.cls;

import java.time.Duration;

/**
 * How a stub export task moves from {@code Queuing} through {@code Processing} to
 * {@code Completed}: one step every {@code pollsPerStep} DescribeExports answers that list the
 * task, or every {@code timePerStep} of the stub's clock, whichever comes first.
 *
 * @param pollsPerStep answers per step, at least 1
 * @param timePerStep  clock time per step; {@link Duration#ZERO} completes a task at once
 */
public record ExportProgress(int pollsPerStep, Duration timePerStep) {

    /** One step per poll, or per two seconds: the first describe shows Queuing, the third Completed. */
    public static final ExportProgress DEFAULT = new ExportProgress(1, Duration.ofSeconds(2));

    public ExportProgress {
        if (pollsPerStep < 1) {
            throw new IllegalArgumentException("pollsPerStep must be >= 1: " + pollsPerStep);
        }
        if (timePerStep.isNegative()) {
            throw new IllegalArgumentException("timePerStep must not be negative: " + timePerStep);
        }
    }
}
