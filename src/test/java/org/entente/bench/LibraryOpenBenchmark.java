package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

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
 * Opening an existing, up-to-date library and closing it again (warm: the classes are loaded):
 * what every start and File › Open pays before the first query — the check of the file through
 * SQLite (application id, quick check, schema version), the schema's migrations, the connection.
 *
 * <p>{@code openAndCloseCold} first drops the library's pages from the operating system's page
 * cache (GNU {@code dd iflag=nocache count=0}, which asks the kernel to forget a file's cached
 * pages), as after a reboot; run it in single-shot mode with several forks so that the first shot
 * of each fork is JVM-cold too:
 * {@code bench/run -bm ss -f 5 -wi 0 -i 3 -p events=10000000 LibraryOpenBenchmark.openAndCloseCold}.
 * Sizes beyond the defaults are given with {@code -p events=10000000}; a library of 10,000,000 events
 * (several GB) is opened in place instead of copied: it is built at the current schema, so the open
 * migrates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LibraryOpenBenchmark {
    @Param({"10000", "100000"})
    public int events;

    /** Above this many events the cached library is opened where it is rather than copied. */
    private static final int OPENED_IN_PLACE_FROM = 10_000_000;

    private Path copy;
    private boolean inPlace;
    private final CpuTime cpu = new CpuTime();

    @Setup(Level.Trial)
    public void copy() throws IOException {
        inPlace = events >= OPENED_IN_PLACE_FROM;
        if (inPlace) {
            copy = BenchLibraries.synthetic(events);
        } else {
            copy = Files.createTempFile("entente-open-bench", ".db");
            Files.copy(BenchLibraries.synthetic(events), copy, StandardCopyOption.REPLACE_EXISTING);
        }
        Library.open(copy).close(); // migrated once if the cached library is older
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        cpu.print("open " + events);
        if (inPlace) return;
        for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(copy + suffix));
    }

    @TearDown(Level.Iteration)
    public void endIteration() { cpu.endIteration(); }

    /** For {@link #openAndCloseCold} only: the library's files leave the page cache before each open. */
    @Setup(Level.Invocation)
    public void dropFromPageCache(org.openjdk.jmh.infra.BenchmarkParams params) throws IOException, InterruptedException {
        if (!params.getBenchmark().endsWith("Cold")) return;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = Path.of(copy + suffix);
            if (!Files.exists(f)) continue;
            Process dd = new ProcessBuilder("dd", "if=" + f, "iflag=nocache", "count=0", "status=none").inheritIO().start();
            if (dd.waitFor() != 0) throw new IOException("dd could not drop " + f + " from the page cache");
        }
    }

    @Benchmark
    public long openAndClose() {
        long t = cpu.start();
        try (Library library = Library.open(copy)) {
            return library.file().hashCode();
        } finally {
            cpu.stop(t);
        }
    }

    /** The same after the library's pages left the operating system's cache (see the class comment). */
    @Benchmark
    public long openAndCloseCold() { return openAndClose(); }
}
