package dev.clssdk.cls.export;

import java.time.Duration;
import java.util.Optional;

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
 * @param phase              what the job is doing
 * @param fraction           the share of the export part done, 0 to 1: the counted logs of the finished slices,
 *                           plus those of the slices downloading in the share of their file received, over all
 *                           counted logs (by slices when none were counted)
 * @param bytesPerSecond     this run's bytes received over its elapsed time (waiting included: the job's throughput)
 * @param timeLeft           the estimated time until every slice is downloaded, from the share this run has done
 *                           in its elapsed time; {@code null} while nothing is done yet (see {@link #eta()})
 * @param records            records the job's merged stream ({@link RangeJob#records}) has returned so far; 0 for
 *                           {@link RangeJob#run()}, which does not read the files
 */
public record RangeProgress(int slices, int slicesDone, long bytes, long estimatedLogsDone, long estimatedLogs,
        Duration elapsed, Phase phase, double fraction, double bytesPerSecond, Duration timeLeft, long records) {

    /** What a range job is doing. */
    public enum Phase {
        /** Exporting and downloading the slices (each at its own step); the merged stream may be read meanwhile. */
        EXPORTING,
        /** Every slice is downloaded; the merged stream is being read ({@link RangeJob#records}). */
        READING,
        /** The job is over: {@link RangeJob#run()} returns, or the merged stream has ended (the last event). */
        DONE
    }

    /** Where the export part stands, as before the phase, rate and time left were reported. */
    public RangeProgress(int slices, int slicesDone, long bytes, long estimatedLogsDone, long estimatedLogs,
            Duration elapsed) {
        this(slices, slicesDone, bytes, estimatedLogsDone, estimatedLogs, elapsed,
                slicesDone == slices ? Phase.DONE : Phase.EXPORTING,
                estimatedLogs > 0 ? (double) estimatedLogsDone / estimatedLogs : slices == 0 ? 1 : (double) slicesDone / slices,
                0, null, 0);
    }

    /** The estimated time until every slice is downloaded, once this run has done some of it. */
    public Optional<Duration> eta() {
        return Optional.ofNullable(timeLeft);
    }
}
