package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.exchange.EntenteCsvWriter;
import org.entente.model.Event;
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
 * <p>Run: {@code bench/run -f 1 -wi 1 -i 3 -jvmArgs -Xmx512m ExchangeBenchmark}
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
        Path dir = BenchLibraries.DIR.resolve(String.format(Locale.ROOT, "events-csv-%d-s%d-v%s", rows, BenchLibraries.SEED,
                SyntheticLibrary.GENERATOR_VERSION));
        Path events = dir.resolve("events.csv");
        if (!Files.exists(events)) {
            Path tmp = dir.resolveSibling(dir.getFileName() + ".building");
            deleteTree(tmp);
            SyntheticLibrary synthetic = new SyntheticLibrary(BenchLibraries.SEED, rows);
            EntenteCsvWriter w = new EntenteCsvWriter(tmp);
            w.writeActors(synthetic.actors());
            w.writeSources(List.of());
            try (EntenteCsvWriter.EventRows out = w.events()) {
                Iterator<Event> it = synthetic.iterator();
                while (it.hasNext()) out.write(it.next());
            }
            Files.createDirectories(dir.getParent());
            Files.move(tmp, dir);
        }
        csvFolder = dir;
        sourceLibrary = BenchLibraries.synthetic(rows);
        work = Files.createTempDirectory("exchange-bench");
    }

    @Setup(Level.Invocation)
    public void freshLibrary() throws IOException {
        deleteTree(work.resolve("into.entente"));
        target = Library.open(work.resolve("into.entente"));
    }

    @TearDown(Level.Invocation)
    public void closeLibrary() {
        target.close();
    }

    /** {@code entente import events.csv}: preview (read, check, match) and commit, streamed. */
    @Benchmark
    public ImportOutcome importEventsCsv() {
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
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
