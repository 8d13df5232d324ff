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

    private Path copy;

    @Setup(Level.Trial)
    public void copy() throws IOException {
        copy = Files.createTempFile("entente-open-bench", ".db");
        Files.copy(BenchLibraries.synthetic(events), copy, StandardCopyOption.REPLACE_EXISTING);
        Library.open(copy).close(); // migrated once if the cached library is older
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(copy + suffix));
    }

    @Benchmark
    public long openAndClose() {
        try (Library library = Library.open(copy)) {
            return library.file().hashCode();
        }
    }
}
