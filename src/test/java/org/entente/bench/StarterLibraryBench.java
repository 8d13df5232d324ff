package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.entente.exchange.bundle.BundleReader;
import org.entente.exchange.bundle.BundleWriter;
import org.entente.exchange.starter.StarterLibrary;
import org.entente.model.LibraryContent;
import org.entente.store.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the starter library takes to read (it seeds every new library, on the way to the first
 * window) and to store. {@link StarterLibraryColdBench} measures the first read in a fresh JVM;
 * {@code warmRead} is the steady state.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StarterLibraryBench {
    private Path dir;
    private String json;
    private LibraryContent content;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("starter-bench");
        content = StarterLibrary.read();
        json = BundleWriter.toJson(StarterLibrary.readBundle());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public LibraryContent warmRead() {
        return StarterLibrary.read();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public String warmWrite() {
        return BundleWriter.toJson(BundleReader.read(json, "starter.json").orElseThrow());
    }

    /** Creating a library file (schema migration included) and importing the starter content into it. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public long seedNewLibrary() throws IOException {
        Path file = Files.createTempFile(dir, "lib", ".entente");
        Files.delete(file);
        try (Library library = Library.open(file)) {
            library.importContent(content, StarterLibrary.ORIGIN);
            return library.counts().events();
        }
    }
}
