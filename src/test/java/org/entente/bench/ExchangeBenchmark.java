package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.entente.app.DuplicatePolicy;
import org.entente.app.ExportFormat;
import org.entente.app.ExportService;
import org.entente.app.ImportOutcome;
import org.entente.app.ImportPlan;
import org.entente.app.ImportProgress;
import org.entente.app.ImportService;
import org.entente.store.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Importing a large events.csv (preview, then the all-or-nothing commit, as {@code entente import}
 * does) into a new library, and exporting a library of that size to Entente CSV, with a 512 MB
 * heap: the file is streamed both ways, never held whole.
 *
 * <p>Run: {@code bench/run -f 1 -wi 0 -i 3 -bm ss ExchangeBenchmark} (the fork has {@code -Xmx512m}).
 * The CSV set-up is {@link BenchCsv}: the synthetic library of {@code SyntheticLibrary} written as
 * Entente CSV, deterministic, built once under target/bench-libs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class ExchangeBenchmark {
    @Param("1000000")
    int rows;

    Path csvFolder;
    Path sourceLibrary;
    Path work;
    Library target;

    /** The events.csv of the synthetic library (generated once, kept under target/bench-libs). */
    @Setup(Level.Trial)
    public void files() throws IOException {
        csvFolder = BenchCsv.folder(rows);
        sourceLibrary = BenchLibraries.synthetic(rows);
        work = Files.createTempDirectory("exchange-bench");
    }

    /** Process CPU time (all threads: JIT and GC included) of each measured operation, printed at the end. */
    private final java.util.List<Double> cpuSeconds = new java.util.ArrayList<>();
    private long cpuBefore;

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Setup(Level.Invocation)
    public void freshLibrary() throws IOException {
        deleteTree(work.resolve("into.entente"));
        target = Library.open(work.resolve("into.entente"));
        cpuBefore = processCpuNanos();
    }

    @TearDown(Level.Invocation)
    public void closeLibrary() {
        // Closing checkpoints the WAL into the library file: part of the import's cost.
        target.close();
        cpuSeconds.add((processCpuNanos() - cpuBefore) / 1e9);
    }

    /**
     * {@code entente import events.csv}: one pass that checks every row while it stores it, in one
     * transaction ({@link ImportService#importFiles}, what the CLI runs).
     */
    @Benchmark
    public ImportOutcome importEventsCsv() {
        ImportService.Imported done = new ImportService(target).importFiles(List.of(csvFolder.resolve("events.csv")),
                DuplicatePolicy.SKIP, ImportProgress.NONE);
        if (done.outcome().added() != rows) throw new IllegalStateException("imported " + done.outcome());
        return done.outcome();
    }

    /** File › Import…: the preview (read, check, match) and then the commit, each streaming the file. */
    @Benchmark
    public ImportOutcome importEventsCsvWithPreview() {
        ImportService service = new ImportService(target);
        ImportPlan plan = service.preview(List.of(csvFolder.resolve("events.csv")), ImportProgress.NONE);
        if (plan.hasErrors()) throw new IllegalStateException(plan.problems().toString());
        ImportOutcome outcome = service.commit(plan, DuplicatePolicy.SKIP, ImportProgress.NONE);
        if (outcome.added() != rows) throw new IllegalStateException("imported " + outcome);
        return outcome;
    }

    /** {@code entente export --format csv}: a library of {@code rows} events to a CSV folder. */
    @Benchmark
    public long exportCsv() throws IOException {
        try (Library lib = Library.open(sourceLibrary)) {
            ExportService.ExportOutcome out = new ExportService(lib).export(ExportFormat.CSV, work.resolve("export"), ImportProgress.NONE);
            return out.records();
        }
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        deleteTree(work);
        System.out.printf(Locale.ROOT, "%n[process cpu s/op by invocation, warm-up first: %s]%n",
                cpuSeconds.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).collect(java.util.stream.Collectors.joining(", ")));
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
