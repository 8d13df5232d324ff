package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.model.Event;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV export of a big library: read on one thread, written on another (the store's
 * Prefetcher), it must still give every event, in order, and stop cleanly when cancelled.
 */
class ExportServiceTest {
    private static final int N = 23_456;
    @TempDir Path dir;

    private Library library(String name) {
        Library lib = Library.open(dir.resolve(name));
        lib.bulkInsert(new SyntheticLibrary(3, N).iterator(), N, "synthetic", null, null);
        return lib;
    }

    @Test
    void aCsvExportImportsBackToTheSameEvents() throws Exception {
        try (Library source = library("source.entente"); Library copy = Library.open(dir.resolve("copy.entente"))) {
            Path out = dir.resolve("export");
            long[] lastProgress = {0};
            var outcome = new ExportService(source).export(ExportFormat.CSV, out, new ImportProgress() {
                @Override public void update(long done, long total, String message) { lastProgress[0] = done; }
                @Override public boolean isCancelled() { return false; }
            });
            assertThat(lastProgress[0]).isEqualTo(N);
            assertThat(outcome.records()).isGreaterThanOrEqualTo(N);
            try (Stream<String> lines = Files.lines(out.resolve("events.csv"))) {
                assertThat(lines.count()).isGreaterThan(N);
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(out)) { files = s.sorted().toList(); }
            new ImportService(copy).importFiles(files, DuplicatePolicy.KEEP_BOTH, ImportProgress.NONE);
            assertThat(copy.counts().events()).isEqualTo(N);
            for (long id = 1; id <= N; id += 611) {
                Event a = source.events().byId(id).orElseThrow(), b = copy.events().byId(id).orElseThrow();
                assertThat(b.title()).isEqualTo(a.title());
                assertThat(b.when()).isEqualTo(a.when());
                assertThat(b.summary()).isEqualTo(a.summary());
                assertThat(b.participants()).extracting(p -> p.actor().name()).isEqualTo(a.participants().stream().map(p -> p.actor().name()).toList());
                assertThat(b.tags()).isEqualTo(a.tags());
            }
        }
    }

    @Test
    void aCancelledExportLeavesNothingBehindAndStopsReading() throws Exception {
        try (Library source = library("source.entente")) {
            Path out = dir.resolve("export");
            assertThatThrownBy(() -> new ExportService(source).export(ExportFormat.CSV, out, new ImportProgress() {
                @Override public void update(long done, long total, String message) { }
                @Override public boolean isCancelled() { return true; }
            })).isInstanceOf(CancellationException.class);
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsOnly("source.entente", "source.entente-wal", "source.entente-shm");
            }
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("entente-export-reader"));
            // The library is free again: a write goes through at once.
            assertThat(source.events().byId(1)).isPresent();
            source.events().delete(1);
            assertThat(source.events().byId(1)).isEmpty();
        }
    }
}
