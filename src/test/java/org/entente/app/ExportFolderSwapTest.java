package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.entente.exchange.EntenteCsvReader;
import org.entente.exchange.ImportResult;
import org.entente.exchange.Problem;
import org.entente.model.Event;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, defects 12 and 13: an export over a folder that holds an export swaps the whole
 * folder, so a process killed during the swap leaves one complete export (after the next start
 * tidies), never new events.csv beside old sources.csv; a killed export's temporary files are
 * removed once the process that made them is gone.
 */
class ExportFolderSwapTest {
    @TempDir Path dir;

    /** Stands for SIGKILL: an Error that no cleanup in the export catches. */
    static final class Killed extends Error {
        Killed() { super("killed"); }
    }

    @AfterEach
    void noHook() { ExportService.betweenRenames = () -> {}; }

    private Library library(String name, String title) throws IOException {
        Library lib = Library.open(dir.resolve(name));
        Path in = Files.createDirectories(dir.resolve("in-" + name));
        Files.writeString(in.resolve("sources.csv"), "key,title,url\nS1," + title + " source,https://example.org/" + name + "\n");
        Files.writeString(in.resolve("events.csv"), "title,start,participants,sources\n" + title + ",2024-06-19,Vietnam|Russia,S1\n");
        new ImportService(lib).importFiles(List.of(in.resolve("sources.csv"), in.resolve("events.csv")), DuplicatePolicy.SKIP, ImportProgress.NONE);
        return lib;
    }

    private static List<String> titles(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        ImportResult r = EntenteCsvReader.read(files);
        assertThat(r.problems()).filteredOn(Problem::isError).as("the folder imports").isEmpty();
        return r.content().events().stream().map(Event::title).toList();
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out")).toList();
        }
    }

    @Test
    void aKillDuringTheSwapLeavesOneWholeExportAfterTheNextStart() throws IOException {
        Path out = dir.resolve("out");
        try (Library old = library("old.entente", "Old visit"); Library fresh = library("new.entente", "New visit")) {
            new ExportService(old).export(ExportFormat.CSV, out, ImportProgress.NONE);
            Files.writeString(out.resolve("README.txt"), "my notes on this export");
            ExportService.betweenRenames = () -> { throw new Killed(); };
            assertThatThrownBy(() -> new ExportService(fresh).export(ExportFormat.CSV, out, ImportProgress.NONE)).isInstanceOf(Killed.class);
        }
        ExportService.betweenRenames = () -> {};
        // The next start, the killed process being gone.
        ExportService.tidy(out, pid -> false);
        assertThat(titles(out)).containsExactly("New visit");
        assertThat(out.resolve("README.txt")).hasContent("my notes on this export");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void anExportOverAnExportReplacesEveryFileAndKeepsOtherFiles() throws IOException {
        Path out = dir.resolve("out");
        try (Library old = library("old.entente", "Old visit"); Library fresh = library("new.entente", "New visit")) {
            new ExportService(old).export(ExportFormat.CSV, out, ImportProgress.NONE);
            Files.writeString(out.resolve("README.txt"), "my notes on this export");
            new ExportService(fresh).export(ExportFormat.CSV, out, ImportProgress.NONE);
        }
        assertThat(titles(out)).containsExactly("New visit");
        assertThat(out.resolve("README.txt")).hasContent("my notes on this export");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void theTemporaryFileOfAKilledExportIsRemovedOnceItsProcessIsGone() throws IOException {
        Path out = dir.resolve("out.json");
        // What a killed export of another process (long gone) left beside its target.
        Path litter = Files.writeString(dir.resolve(".out.json.partial-" + Long.MAX_VALUE), "{\"format\": \"entente-bun");
        Path mine = Files.writeString(dir.resolve(".out.json.partial-" + ProcessHandle.current().pid() + "-0"), "still being written");
        try (Library lib = library("lib.entente", "Visit")) {
            new ExportService(lib).export(ExportFormat.BUNDLE, out, ImportProgress.NONE);
        }
        assertThat(litter).doesNotExist();
        assertThat(mine).as("a live process's export is left alone").exists();
        assertThat(out).exists();
    }
}
