package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
 * What the lock check of ADR 0008 adds to every write: {@link Library#soundness()} alone (the
 * files' identities, and on Linux a read of {@code /proc/locks}) against the smallest committed
 * write, which includes it. {@code listing} false measures the check where the system does not
 * list locks (only the identities are compared). It lives in the store's package, not with the
 * other benchmarks in {@code bench}, because the check is package-private.
 *
 * <p>Run: {@code bench/run -f 1 -wi 3 -i 5 LockCheckBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LockCheckBenchmark {
    @Param({"true", "false"})
    public boolean listing;

    private Path folder;
    private Library library;
    private long counter;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("entente-lock-bench");
        library = Library.open(folder.resolve("lib.db"));
        FileLocks.listing = listing && FileLocks.available();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        library.close();
        FileLocks.listing = FileLocks.available();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public Library.Soundness check() {
        return library.soundness();
    }

    @Benchmark
    public void smallestWrite() {
        library.setInfo("bench", Long.toString(counter++));
    }
}
