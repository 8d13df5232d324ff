package org.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusteringTest {
    private final Clustering clustering = new Clustering();
    private final Clustering.Params params = Clustering.Params.defaults();

    /** n random items over [0, days), a share of them spans. */
    private static TimelineIndex random(int n, double days, long seed, int lanes) {
        Random rnd = new Random(seed);
        TimelineIndex.Builder b = TimelineIndex.builder(n, lanes);
        for (int i = 0; i < n; i++) {
            double s = Math.floor(rnd.nextDouble() * days);
            boolean span = rnd.nextInt(4) == 0;
            double e = span ? s + 1 + rnd.nextInt(200) : s + 1;
            b.set(i, i % lanes, s, e, 8 + rnd.nextInt(40), 1 + rnd.nextInt(5), span ? 0 : SortedLane.INSTANT);
        }
        return b.build();
    }

    private static int overlapping(SortedLane lane, TimeScale s) {
        int c = 0;
        for (int p = 0; p < lane.size(); p++) if (lane.end[p] > s.startDay() && lane.start[p] <= s.endDay()) c++;
        return c;
    }

    @Test
    void countsAddUpAndPlacedItemsNeverOverlapInARow() {
        Random rnd = new Random(5);
        LaneLayout out = new LaneLayout();
        for (int n = 0; n < 300; n++) {
            int items = 1 + rnd.nextInt(3000);
            TimelineIndex index = random(items, 20_000, n, 1);
            SortedLane lane = index.lane(0);
            double start = rnd.nextDouble() * 18_000 - 1000, span = 5 + rnd.nextDouble() * 25_000;
            TimeScale s = new TimeScale(start, start + span, 180, 600 + rnd.nextDouble() * 1400);
            Clustering.Params p = params.withMaxRows(1 + rnd.nextInt(6));
            clustering.layout(lane, s, p, out);
            int clustered = 0;
            for (int q = 0; q < out.clusters; q++) clustered += out.clusterCount[q];
            assertThat(out.count + clustered).as("placed + clustered").isEqualTo(overlapping(lane, s));
            assertThat(out.visibleCount).isEqualTo(overlapping(lane, s));
            for (int a = 0; a < out.count; a++) {
                assertThat(out.row[a]).isBetween(0, p.maxRows() - 1);
                for (int b = a + 1; b < out.count; b++) {
                    if (out.row[a] != out.row[b]) continue;
                    double aL = Clustering.extentLeft(out, a), aR = Clustering.extentRight(out, a);
                    double bL = Clustering.extentLeft(out, b), bR = Clustering.extentRight(out, b);
                    assertThat(aR <= bL || bR <= aL).as("items %d and %d overlap in row %d", a, b, out.row[a]).isTrue();
                }
            }
            // chips do not overlap either
            for (int q = 0; q + 1 < out.clusters; q++) assertThat(out.clusterRight[q]).isLessThanOrEqualTo(out.clusterLeft[q + 1] + 1e-9);
        }
    }

    @Test
    void clustersOpenWhenZoomingIn() {
        TimelineIndex index = random(5000, 36_500, 9, 1);
        SortedLane lane = index.lane(0);
        LaneLayout out = new LaneLayout();
        TimeScale all = new TimeScale(0, 36_500, 0, 1400);
        clustering.layout(lane, all, params, out);
        assertThat(out.clusters).isGreaterThan(0);
        int q = out.clusters / 2;
        int inCluster = out.clusterCount[q];
        double from = out.clusterFirstStart[q], to = out.clusterLastStart[q] + 1;
        // zoom into the chip: what it held is now mostly drawn as items
        TimeScale zoomed = new TimeScale(from - 1, to + 1, 0, 1400);
        LaneLayout in = new LaneLayout();
        clustering.layout(lane, zoomed, params, in);
        assertThat(in.count).isGreaterThan(out.count / Math.max(1, out.clusters));
        // zoomed far enough, nothing is clustered
        TimeScale close = new TimeScale(from, from + 3, 0, 1400);
        clustering.layout(lane, close, params.withMaxRows(12), in);
        assertThat(in.clusters).isZero();
        assertThat(in.count).isEqualTo(overlapping(lane, close));
        assertThat(inCluster).isGreaterThan(0);
    }

    @Test
    void aMillionItemsInViewGiveABoundedNumberOfPrimitives() {
        TimelineIndex index = random(1_000_000, 365.25 * 200, 11, 1);
        LaneLayout out = new LaneLayout();
        TimeScale s = new TimeScale(-100, 365.25 * 200 + 100, 200, 1400);
        clustering.layout(index.lane(0), s, params, out);
        assertThat(out.visibleCount).isEqualTo(1_000_000);
        assertThat(out.count).isLessThanOrEqualTo(params.maxRows() * (int) (1400 / params.gap()));
        assertThat(out.clusters).isLessThanOrEqualTo((int) (1400 / params.clusterGap()));
        int clustered = 0;
        for (int q = 0; q < out.clusters; q++) clustered += out.clusterCount[q];
        assertThat(out.count + clustered).isEqualTo(1_000_000);
    }

    @Test
    void importantItemsAreNotHiddenInADenseStretch() {
        int n = 2000;
        TimelineIndex.Builder b = TimelineIndex.builder(n, 1);
        for (int i = 0; i < n; i++) b.set(i, 0, i, i + 1, 20, i == 1500 ? 5 : 1, SortedLane.INSTANT);
        TimelineIndex index = b.build();
        LaneLayout out = new LaneLayout();
        clustering.layout(index.lane(0), new TimeScale(0, n, 0, 1000), params, out);
        boolean found = false;
        for (int k = 0; k < out.count; k++) if (index.lane(0).item[out.pos[k]] == 1500) found = true;
        assertThat(found).as("the importance-5 item is drawn, not clustered").isTrue();
    }

    @Test
    void barsStackInRowsWithoutOverlap() {
        // three overlapping spans and one after them: three rows, the last reuses row 0
        TimelineIndex.Builder b = TimelineIndex.builder(4, 1);
        b.set(0, 0, 0, 100, 5, 3, 0).set(1, 0, 10, 120, 5, 3, 0).set(2, 0, 20, 140, 5, 3, 0).set(3, 0, 200, 260, 5, 3, 0);
        TimelineIndex index = b.build();
        LaneLayout out = new LaneLayout();
        clustering.layout(index.lane(0), new TimeScale(0, 300, 0, 1200), params, out);
        assertThat(out.count).isEqualTo(4);
        assertThat(out.rows).isEqualTo(3);
        int[] rowOf = new int[4];
        for (int k = 0; k < out.count; k++) rowOf[index.lane(0).item[out.pos[k]]] = out.row[k];
        assertThat(rowOf).containsExactly(0, 1, 2, 0);
    }

    @Test
    void aMonthPreciseEventSpansItsMonth() {
        // "2012-07": from 1 July to 1 August, not a point on the 1st
        long july = java.time.LocalDate.of(2012, 7, 1).toEpochDay(), august = java.time.LocalDate.of(2012, 8, 1).toEpochDay();
        TimelineIndex index = TimelineIndex.builder(1, 1).set(0, 0, july, august, 10, 3, 0).build();
        TimeScale s = new TimeScale(july - 31, august + 31, 0, 930);
        LaneLayout out = new LaneLayout();
        clustering.layout(index.lane(0), s, params, out);
        assertThat(out.count).isEqualTo(1);
        assertThat(out.point[0]).isFalse();
        assertThat(out.x0[0]).isEqualTo(s.dayToX(july));
        assertThat(out.x1[0]).isEqualTo(s.dayToX(august));
        assertThat(out.x1[0] - out.x0[0]).isGreaterThan(300);
    }

    @Test
    void longItemsStartingFarLeftAreStillFound() {
        TimelineIndex.Builder b = TimelineIndex.builder(1001, 1);
        b.set(0, 0, 0, 100_000, 10, 3, 0);
        for (int i = 1; i <= 1000; i++) b.set(i, 0, i, i + 1, 10, 3, SortedLane.INSTANT);
        SortedLane lane = b.build().lane(0);
        assertThat(lane.firstEndingAfter(50_000)).isZero();
        assertThat(lane.firstEndingAfter(100_000)).isEqualTo(lane.size());
        LaneLayout out = new LaneLayout();
        clustering.layout(lane, new TimeScale(50_000, 50_100, 0, 1000), params, out);
        assertThat(out.count).isEqualTo(1);
        assertThat(out.point[0]).isFalse();
    }

    @Test
    void densityCountsEveryStartOnce() {
        TimelineIndex index = random(10_000, 1000, 13, 1);
        int[] counts = new int[100];
        Clustering.density(index.lane(0), new TimeScale(0, 1000, 0, 400), counts, 100);
        int sum = 0;
        for (int c : counts) sum += c;
        assertThat(sum).isEqualTo(10_000);
    }
}
