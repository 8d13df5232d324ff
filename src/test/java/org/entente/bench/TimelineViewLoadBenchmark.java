package org.entente.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.Library;
import org.entente.app.timeline.LaneCatalogue;
import org.entente.app.timeline.TimelineLoader;
import org.entente.ui.timeline.TimelineViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Timeline view reads in the background each time the visible range settles: the visible
 * window plus half its width on each side, lanes by actor pair, at the level of detail the window
 * allows (every event up to {@link TimelineViewModel#DETAIL_LIMIT}, else counts per lane and bucket
 * with each bucket's most important event). Also the lane counts, read once per library and filter.
 *
 * <ul>
 * <li>{@code fit}: the whole library (1900–2024) in view: an overview.</li>
 * <li>{@code decade}: 2010–2019 in view: an overview at 1,000,000 events, detail at 100,000 when it fits.</li>
 * <li>{@code year}: 2023 in view.</li>
 * <li>{@code month}: June 2023 in view: always every event.</li>
 * </ul>
 * Also run at 10,000,000 events with {@code -p events=10000000} (not a default: that library takes
 * about half an hour to build once).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TimelineViewLoadBenchmark {
    @Param({"100000", "1000000"})
    public int events;

    @Param({"fit", "decade", "year", "month"})
    public String view;

    private Library library;
    private TimelineLoader.Setup setup;
    private TimelineLoader.WindowRequest request;

    @Setup(Level.Trial)
    public void open() {
        library = Library.open(BenchLibraries.synthetic(events));
        setup = TimelineLoader.setup(library);
        LaneCatalogue lanes = TimelineLoader.lanes(library, setup, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, List.of());
        long from, to;
        switch (view) {
            case "fit" -> {
                long[] ext = setup.extent().orElseThrow();
                from = ext[0];
                to = Math.min(ext[1], LocalDate.of(2025, 1, 1).toEpochDay());
            }
            case "decade" -> { from = day(2010, 1); to = day(2020, 1); }
            case "year" -> { from = day(2023, 1); to = day(2024, 1); }
            default -> { from = day(2023, 6); to = day(2023, 7); }
        }
        long margin = (long) ((to - from) * TimelineViewModel.MARGIN);
        request = new TimelineLoader.WindowRequest(from - margin, to + margin, lanes, EventFilter.NONE, TimelineViewModel.DETAIL_LIMIT,
                TimelineViewModel.OVERVIEW_BUCKETS);
        TimelineLoader.WindowData d = TimelineLoader.window(library, request, () -> false);
        System.out.printf("%n[%s of %,d events: %s, %,d events in window, %,d items drawn, %d lanes]%n", view, events,
                d.overview() ? "overview (" + d.bucketDays() + "-day buckets)" : "detail", d.eventCount(), d.items().size(), lanes.lanes().size());
    }

    private static long day(int year, int month) { return LocalDate.of(year, month, 1).toEpochDay(); }

    // The machine is shared by several builds: besides JMH's wall time, the CPU time of the
    // benchmark thread says what one load costs on an idle core.
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long cpuNanos, calls;

    @TearDown(Level.Iteration)
    public void cpuPerIteration() {
        if (calls > 0) System.out.printf("[cpu %s of %,d: %.1f ms per call over %d calls]%n", view, events, cpuNanos / 1e6 / calls, calls);
        cpuNanos = 0;
        calls = 0;
    }

    @TearDown(Level.Trial)
    public void close() { library.close(); }

    /** One settled pan or zoom: the window the view asks for. */
    @Benchmark
    public TimelineLoader.WindowData windowLoad() {
        long t = THREADS.getCurrentThreadCpuTime();
        TimelineLoader.WindowData d = TimelineLoader.window(library, request, () -> false);
        cpuNanos += THREADS.getCurrentThreadCpuTime() - t;
        calls++;
        return d;
    }

    /** Lane counts under the filters: once per opened library, grouping or filter change (not per pan). */
    @Benchmark
    public LaneCatalogue laneCounts() { return lanes(LaneGrouping.ACTOR_PAIR); }

    /** The same by country: an event counts once in the lane of each country taking part. */
    @Benchmark
    public LaneCatalogue laneCountsByCountry() { return lanes(LaneGrouping.COUNTRY); }

    private LaneCatalogue lanes(LaneGrouping grouping) {
        long t = THREADS.getCurrentThreadCpuTime();
        LaneCatalogue lanes = TimelineLoader.lanes(library, setup, grouping, EventFilter.NONE, List.of());
        cpuNanos += THREADS.getCurrentThreadCpuTime() - t;
        calls++;
        return lanes;
    }
}
