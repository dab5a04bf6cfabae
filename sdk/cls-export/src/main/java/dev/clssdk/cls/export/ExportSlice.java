package dev.clssdk.cls.export;

/**
 * One part of a range job: the logs stamped in {@code [from, to)} (milliseconds since the epoch),
 * exported by one {@code CreateExport}.
 *
 * @param index         its place in time order, from 0
 * @param from          the first millisecond it holds
 * @param to            the millisecond after its last one (the next slice's {@code from})
 * @param estimatedLogs how many logs {@code DescribeLogHistogram} counted in it when the job was planned
 */
public record ExportSlice(int index, long from, long to, long estimatedLogs) {

    public ExportSlice {
        if (index < 0 || from >= to || estimatedLogs < 0) {
            throw new IllegalArgumentException("a slice needs index >= 0, from < to and estimatedLogs >= 0: index " + index
                    + ", from " + from + ", to " + to + ", estimatedLogs " + estimatedLogs);
        }
    }
}
