package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.store.BulkLoadResult;
import org.entente.store.Library;

/**
 * Synthetic libraries for the benchmarks, built once and cached under {@code target/bench-libs/}
 * (the 1,000,000-event one takes minutes on a busy machine). A cached file is reused only if it
 * was written by the same generator version, seed and size, for the current schema.
 */
final class BenchLibraries {
    static final Path DIR = Path.of("target", "bench-libs");
    static final long SEED = SyntheticLibrary.DEFAULT_SEED;

    private BenchLibraries() {}

    /** Builds (or checks) the cached libraries of the given sizes: {@code BenchLibraries 10000 100000 1000000}. */
    public static void main(String[] args) {
        for (String a : args) System.out.println(synthetic(Integer.parseInt(a)));
    }

    static synchronized Path synthetic(int events) {
        Path file = DIR.resolve(String.format(Locale.ROOT, "synthetic-%d-s%d-v%s-schema%s.entente", events, SEED,
                SyntheticLibrary.GENERATOR_VERSION, Library.latestSchemaVersion()));
        SyntheticLibrary generator = new SyntheticLibrary(SEED, events);
        if (generator.isWrittenIn(file)) return file;
        Path tmp = file.resolveSibling(file.getFileName() + ".building");
        try {
            Files.createDirectories(DIR);
            for (Path p : new Path[] {file, tmp}) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
            }
            System.err.printf(Locale.ROOT, "Building %s (%,d events), once; later runs reuse it…%n", file, events);
            long[] last = {0};
            BulkLoadResult r = generator.writeTo(tmp, (phase, done, total) -> {
                if (System.nanoTime() - last[0] > 10_000_000_000L) {
                    last[0] = System.nanoTime();
                    System.err.printf(Locale.ROOT, "  %s: %,d of %,d%n", phase, done, total);
                }
            }, null);
            System.err.printf(Locale.ROOT, "Built %,d events in %.1f s wall (rows %.1f s, search index %.1f s)%n", r.events(),
                    (r.rowsNanos() + r.indexNanos()) / 1e9, r.rowsNanos() / 1e9, r.indexNanos() / 1e9);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
