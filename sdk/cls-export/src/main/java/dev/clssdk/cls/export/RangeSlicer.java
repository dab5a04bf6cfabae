package dev.clssdk.cls.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a time range into slices that each fit one export, from histogram counts
 * ({@code DescribeLogHistogram}'s buckets). A pure function: no call is made here.
 *
 * <p>The slices are contiguous and cover {@code [from, to)} exactly; each holds at most
 * {@code maxLogsPerSlice} of the counted logs. Buckets are taken in time order and added to the
 * current slice while it stays within the limit; a slice ends where the bucket that would take it
 * over begins, so a cut always falls on a bucket's edge (the histogram knows nothing finer). Time
 * with no bucket counts as no logs. A single bucket over the limit cannot be cut here and is
 * refused with {@link SliceTooLargeException}: {@link RangeJob} asks the histogram again for that
 * bucket alone, with a finer interval, before it gets here.
 */
public final class RangeSlicer {

    /** The most logs one {@code CreateExport} may ask for ({@code Count}). */
    public static final long MAX_LOGS_PER_EXPORT = 50_000_000L;

    /**
     * Logs counted in {@code [from, to)} ms.
     *
     * @param from  the bucket's first millisecond
     * @param to    the millisecond after it
     * @param count the logs in it
     */
    public record Bucket(long from, long to, long count) {
        public Bucket {
            if (from >= to || count < 0) {
                throw new IllegalArgumentException("a bucket needs from < to and count >= 0: from " + from + ", to " + to
                        + ", count " + count);
            }
        }
    }

    private RangeSlicer() {
    }

    /**
     * The slices of {@code [from, to)}.
     *
     * @param from            the range's first millisecond
     * @param to              the millisecond after the range ({@code > from})
     * @param buckets         the histogram, in any order; parts outside the range are ignored, and a bucket
     *                        that overlaps the one before it is taken from where that one ends
     * @param maxLogsPerSlice the most counted logs a slice may hold (1 to {@link #MAX_LOGS_PER_EXPORT})
     * @return the slices in time order, indexed from 0
     * @throws SliceTooLargeException   for a bucket alone over the limit
     * @throws IllegalArgumentException for {@code from >= to} or a limit out of range
     */
    public static List<ExportSlice> slice(long from, long to, List<Bucket> buckets, long maxLogsPerSlice) {
        Objects.requireNonNull(buckets, "buckets");
        if (from >= to) {
            throw new IllegalArgumentException("the range needs From < To: From " + from + ", To " + to);
        }
        if (maxLogsPerSlice < 1 || maxLogsPerSlice > MAX_LOGS_PER_EXPORT) {
            throw new IllegalArgumentException("the logs per slice must be 1.." + MAX_LOGS_PER_EXPORT + ": " + maxLogsPerSlice);
        }
        List<Bucket> sorted = new ArrayList<>(buckets);
        sorted.sort(Comparator.comparingLong(Bucket::from));
        List<ExportSlice> slices = new ArrayList<>();
        long start = from;
        long count = 0;
        long covered = from; // where the buckets seen so far end: an overlapping bucket starts here
        for (Bucket b : sorted) {
            long bFrom = Math.max(b.from(), covered);
            long bTo = Math.min(b.to(), to);
            if (bFrom >= bTo || b.count() == 0) {
                covered = Math.max(covered, Math.min(b.to(), to));
                continue;
            }
            if (b.count() > maxLogsPerSlice) {
                throw new SliceTooLargeException(bFrom, bTo, b.count(), maxLogsPerSlice);
            }
            if (count + b.count() > maxLogsPerSlice) {
                // count > 0 here, so start < bFrom: the slice is not empty.
                slices.add(new ExportSlice(slices.size(), start, bFrom, count));
                start = bFrom;
                count = 0;
            }
            count += b.count();
            covered = bTo;
        }
        slices.add(new ExportSlice(slices.size(), start, to, count));
        return List.copyOf(slices);
    }
}
