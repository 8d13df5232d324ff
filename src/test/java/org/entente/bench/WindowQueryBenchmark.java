package org.entente.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.model.EventHeader;
import org.entente.store.Library;
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
 * What the timeline asks for when it shows one year: the headers (id, title, dates, precision,
 * category, importance, participant ids) of every event overlapping the window, in start order.
 * At 1,000,000 events a year in the middle of the span (1962) holds about 8,000 events and a recent
 * one (2023) about 9,700. Target: under 10 ms at 1,000,000. The 10,000,000-event library (ten times
 * as many per year) is measured with {@code -p events=10000000}; it is not a default, since building
 * it once takes about half an hour.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class WindowQueryBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int events;

    @Param({"1962", "2023"})
    public int year;

    private final CpuTime cpu = new CpuTime();
    private Library library;
    private long from, to;

    @Setup(Level.Trial)
    public void open() {
        library = Library.open(BenchLibraries.synthetic(events));
        from = LocalDate.of(year, 1, 1).toEpochDay();
        to = LocalDate.of(year + 1, 1, 1).toEpochDay();
        System.out.printf("%n[window %d of %,d events: %,d headers]%n", year, events, library.events().inWindow(from, to).size());
    }

    @TearDown(Level.Iteration)
    public void endIteration() { cpu.endIteration(); }

    @TearDown(Level.Trial)
    public void close() {
        cpu.print("window " + year + " of " + events);
        library.close();
    }

    @Benchmark
    public List<EventHeader> inWindow() {
        long t = cpu.start();
        List<EventHeader> headers = library.events().inWindow(from, to);
        cpu.stop(t);
        return headers;
    }
}
