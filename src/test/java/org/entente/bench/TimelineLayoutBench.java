package org.entente.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.entente.time.Clustering;
import org.entente.time.LaneLayout;
import org.entente.time.SortedLane;
import org.entente.time.TimeScale;
import org.entente.time.TimelineIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The pure part of a timeline frame (no JavaFX): level-of-detail layout of 8 lanes at 1600 px, and building the sorted index. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineLayoutBench {

    @Param({"100000", "1000000"})
    public int items;

    private TimelineIndex index;
    private final Clustering clustering = new Clustering();
    private final LaneLayout[] out = new LaneLayout[8];
    private final Clustering.Params params = Clustering.Params.defaults();
    private double[] starts, ends;
    private int[] units, importance;

    @Setup
    public void setUp() {
        Random rnd = new Random(42);
        double days = 365.25 * 100;
        starts = new double[items];
        ends = new double[items];
        units = new int[items];
        importance = new int[items];
        for (int i = 0; i < items; i++) {
            starts[i] = Math.floor(rnd.nextDouble() * days);
            ends[i] = rnd.nextInt(5) == 0 ? starts[i] + 2 + rnd.nextInt(400) : starts[i] + 1;
            units[i] = 30 + rnd.nextInt(10);
            importance[i] = 1 + rnd.nextInt(5);
        }
        index = buildIndex();
        for (int l = 0; l < 8; l++) out[l] = new LaneLayout();
    }

    @Benchmark
    public TimelineIndex buildIndex() {
        TimelineIndex.Builder b = TimelineIndex.builder(items, 8);
        for (int i = 0; i < items; i++) {
            b.set(i, i % 8, starts[i], ends[i], units[i], importance[i], ends[i] - starts[i] <= 1 ? SortedLane.INSTANT : 0);
        }
        return b.build();
    }

    @Benchmark
    public int layoutAllInView() {
        TimeScale s = new TimeScale(-500, 365.25 * 100 + 500, 190, 1410);
        int drawn = 0;
        for (int l = 0; l < 8; l++) {
            clustering.layout(index.lane(l), s, params, out[l]);
            drawn += out[l].count + out[l].clusters;
        }
        return drawn;
    }

    @Benchmark
    public int layoutOneDecade() {
        double mid = 365.25 * 50;
        TimeScale s = new TimeScale(mid - 1826, mid + 1826, 190, 1410);
        int drawn = 0;
        for (int l = 0; l < 8; l++) {
            clustering.layout(index.lane(l), s, params, out[l]);
            drawn += out[l].count + out[l].clusters;
        }
        return drawn;
    }
}
