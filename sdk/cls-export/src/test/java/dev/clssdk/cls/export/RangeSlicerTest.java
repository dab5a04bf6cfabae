package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.export.RangeSlicer.Bucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RangeSlicerTest {

    @Test
    void cutsAtTheBucketThatWouldTakeASliceOverTheLimit() {
        List<Bucket> buckets = List.of(new Bucket(0, 10, 40), new Bucket(10, 20, 50), new Bucket(20, 30, 30),
                new Bucket(30, 40, 100), new Bucket(40, 50, 0));
        assertThat(RangeSlicer.slice(0, 50, buckets, 100)).containsExactly(
                new ExportSlice(0, 0, 20, 90),
                new ExportSlice(1, 20, 30, 30),
                new ExportSlice(2, 30, 50, 100));
    }

    @Test
    void aRangeThatFitsIsOneSliceAndAnEmptyOneToo() {
        assertThat(RangeSlicer.slice(5, 95, List.of(new Bucket(0, 50, 3), new Bucket(50, 100, 4)), 10))
                .containsExactly(new ExportSlice(0, 5, 95, 7));
        assertThat(RangeSlicer.slice(5, 95, List.of(), 10)).containsExactly(new ExportSlice(0, 5, 95, 0));
    }

    @Test
    void bucketsOutOfOrderOverlappingOrOutsideTheRangeAreTakenOnceInTimeOrder() {
        List<Bucket> buckets = List.of(new Bucket(200, 300, 9), new Bucket(20, 40, 6), new Bucket(-50, 0, 99),
                new Bucket(0, 20, 6), new Bucket(10, 30, 5), new Bucket(100, 200, 9));
        // [10,30) overlaps [0,20): it is taken from 20; [20,40) then from 30, where the cut falls.
        assertThat(RangeSlicer.slice(0, 150, buckets, 12)).containsExactly(
                new ExportSlice(0, 0, 30, 11),
                new ExportSlice(1, 30, 100, 6), // [40,100) is empty: the cut falls where the next logs begin
                new ExportSlice(2, 100, 150, 9)); // [-50,0) and [200,300) are outside the range
    }

    @Test
    void oneBucketOverTheLimitIsRefusedNamingItsTimeItsCountAndTheLimit() {
        assertThatThrownBy(() -> RangeSlicer.slice(0, 30, List.of(new Bucket(0, 10, 5), new Bucket(10, 20, 101)), 100))
                .isInstanceOfSatisfying(SliceTooLargeException.class, e -> {
                    assertThat(e.from()).isEqualTo(10);
                    assertThat(e.to()).isEqualTo(20);
                    assertThat(e.logs()).isEqualTo(101);
                    assertThat(e.limit()).isEqualTo(100);
                })
                .hasMessageContaining("[10, 20) ms (101 counted").hasMessageContaining("(100)");
    }

    @Test
    void aRangeOrALimitOutOfBoundsIsAClearError() {
        assertThatThrownBy(() -> RangeSlicer.slice(10, 10, List.of(), 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("From < To");
        assertThatThrownBy(() -> RangeSlicer.slice(0, 10, List.of(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..50000000");
        assertThatThrownBy(() -> RangeSlicer.slice(0, 10, List.of(), 50_000_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bucket(5, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bucket(0, 5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Random histograms: the slices cover the range exactly, fit the limit, and no two neighbours would fit in one. */
    @Test
    void randomHistogramsGiveContiguousCoveringSlicesWithinTheLimit() {
        Random random = new Random(28);
        for (int round = 0; round < 2000; round++) {
            long from = random.nextInt(1000);
            long to = from + 1 + random.nextInt(5000);
            long limit = 1 + random.nextInt(200);
            List<Bucket> buckets = new ArrayList<>();
            long t = from - random.nextInt(50);
            while (t < to + 50) {
                long width = 1 + random.nextInt(100);
                buckets.add(new Bucket(t, t + width, random.nextInt(10) == 0 ? 0 : random.nextInt((int) limit + 1)));
                t += width + (random.nextInt(4) == 0 ? random.nextInt(30) : 0);
            }
            Collections.shuffle(buckets, random);
            List<ExportSlice> slices = RangeSlicer.slice(from, to, buckets, limit);
            assertThat(slices.get(0).from()).isEqualTo(from);
            assertThat(slices.get(slices.size() - 1).to()).isEqualTo(to);
            long total = 0;
            for (int i = 0; i < slices.size(); i++) {
                ExportSlice s = slices.get(i);
                assertThat(s.index()).isEqualTo(i);
                assertThat(s.estimatedLogs()).isLessThanOrEqualTo(limit);
                assertThat(s.estimatedLogs()).isEqualTo(countIn(buckets, s.from(), s.to(), from, to));
                if (i > 0) {
                    assertThat(s.from()).isEqualTo(slices.get(i - 1).to());
                    assertThat(slices.get(i - 1).estimatedLogs() + s.estimatedLogs()).isGreaterThan(limit);
                }
                total += s.estimatedLogs();
            }
            assertThat(total).isEqualTo(countIn(buckets, from, to, from, to));
        }
    }

    /** The buckets (none overlap here) that start inside [a, b) once clipped to the range, counted whole. */
    private static long countIn(List<Bucket> buckets, long a, long b, long from, long to) {
        long n = 0;
        for (Bucket bucket : buckets) {
            long start = Math.max(bucket.from(), from);
            if (start < Math.min(bucket.to(), to) && start >= a && start < b) {
                n += bucket.count();
            }
        }
        return n;
    }
}
