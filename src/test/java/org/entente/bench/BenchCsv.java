package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.exchange.EntenteCsvWriter;
import org.entente.model.Event;

/**
 * The synthetic library written as an Entente CSV folder (actors.csv, sources.csv, events.csv),
 * deterministic for a seed and size, built once and cached under {@code target/bench-libs/}.
 * Run {@code BenchCsv 1000000} to build it before a timed CLI run.
 */
final class BenchCsv {
    private BenchCsv() {}

    public static void main(String[] args) {
        for (String a : args) System.out.println(folder(Integer.parseInt(a)).resolve("events.csv"));
    }

    /** The folder holding events.csv of {@code rows} synthetic events (seed {@link BenchLibraries#SEED}). */
    static synchronized Path folder(int rows) {
        Path dir = BenchLibraries.DIR.resolve(String.format(Locale.ROOT, "events-csv-%d-s%d-v%s", rows, BenchLibraries.SEED,
                SyntheticLibrary.GENERATOR_VERSION));
        if (Files.exists(dir.resolve("events.csv"))) return dir;
        try {
            Path tmp = dir.resolveSibling(dir.getFileName() + ".building");
            ExchangeBenchmark.deleteTree(tmp);
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
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
