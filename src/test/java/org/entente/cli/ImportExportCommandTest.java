package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.exchange.EntenteCsvReader;
import org.entente.exchange.ImportResult;
import org.entente.exchange.bundle.BundleReader;
import org.entente.store.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest extends CommandLineTestBase {
    static final Path CORPUS = org.entente.TestFiles.corpus();
    @TempDir Path dir;
    Path lib;

    @BeforeEach
    void emptyLibrary() {
        lib = dir.resolve("lib.entente");
        Library.open(lib).close(); // exists: no starter seeding, an empty library
    }

    long events() {
        try (Library l = Library.open(lib)) {
            return l.counts().events();
        }
    }

    @Test
    void importsCorpusFilesAndSaysWhat() {
        int code = run("import", CORPUS.resolve("timelinejs/women_in_computing.json").toString(),
                CORPUS.resolve("thetimelineproj/versions.timeline").toString(), "--library", lib.toString());
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("Imported 69 events", "69 added, 0 updated, 0 skipped");
        assertThat(err.toString()).contains("the title slide “Women in Computing” is not an event and was not imported (warning)");
        assertThat(events()).isEqualTo(69);
    }

    @Test
    void dryRunWritesNothing() {
        assertThat(run("--library", lib.toString(), "import", "--dry-run", CORPUS.resolve("timelinejs/my-own-timeline.csv").toString())).isZero();
        assertThat(out.toString()).contains("Would import 10 events", "dry run: nothing written");
        assertThat(events()).isZero();
    }

    @Test
    void problemsGoToStandardErrorWithExitCode1AndChangeNothing() throws IOException {
        Path bad = dir.resolve("events.csv");
        Files.writeString(bad, "title,start\nGood,2024-06-19\nBad,2024-13-40\n");
        int code = run("import", bad.toString(), CORPUS.resolve("timelinejs/women_in_computing.json").toString(), "--library", lib.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("events.csv line 3, column \"start\": \"2024-13-40\" is not a date: month 13",
                "1 error: nothing was imported");
        assertThat(out.toString()).isEmpty();
        assertThat(events()).isZero();
    }

    @Test
    void usageMistakesExitWith2() {
        assertThat(run("import", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
        assertThat(run("export", "--format", "pdf", "--out", dir.resolve("x").toString(), "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown format \"pdf\"; expected one of csv, bundle, timelinejs, gexf, graphml, gephi-csv, csl-json, bibtex");
        assertThat(run("export", "--out", "x")).isEqualTo(2);
        assertThat(run("import", "--duplicates", "merge", "a.csv")).isEqualTo(2);
    }

    @Test
    void exportsEveryFormat() throws IOException {
        // The starter library: real actors, partnerships, trade and sources.
        Path starter = dir.resolve("starter.entente");
        org.entente.app.LibraryService.openOrCreateWithStarter(starter).close();
        long starterEvents;
        try (Library l = Library.open(starter)) {
            starterEvents = l.counts().events();
        }
        assertThat(starterEvents).isGreaterThan(20);
        for (String f : new String[] {"csv", "bundle", "timelinejs", "gexf", "graphml", "gephi-csv", "csl-json", "bibtex"}) {
            Path target = dir.resolve("out-" + f);
            assertThat(run("export", "--format", f, "--out", target.toString(), "--library", starter.toString())).as(f + ": " + err).isZero();
            assertThat(out.toString()).startsWith("Exported ");
            assertThat(target).exists();
        }
        ImportResult csv = EntenteCsvReader.read(java.util.List.of(dir.resolve("out-csv/events.csv"), dir.resolve("out-csv/partnerships.csv"),
                dir.resolve("out-csv/trade.csv")));
        assertThat(csv.hasErrors()).as(csv.problems().toString()).isFalse();
        assertThat(csv.content().events()).hasSize((int) starterEvents);
        assertThat(BundleReader.read(dir.resolve("out-bundle")).bundle().content().events()).hasSize((int) starterEvents);
        JsonNode tl = new ObjectMapper().readTree(dir.resolve("out-timelinejs").toFile());
        assertThat(tl.get("events")).hasSize((int) starterEvents);
        assertThat(Files.readString(dir.resolve("out-gexf"))).contains("<gexf", "mode=\"dynamic\"");
        assertThat(Files.readString(dir.resolve("out-graphml"))).contains("<graphml");
        assertThat(Files.readString(dir.resolve("out-gephi-csv/edges.csv"))).startsWith("Source,Target,Type,Id,Label,Weight,Level,Timeset");
        assertThat(new ObjectMapper().readTree(dir.resolve("out-csl-json").toFile()).size()).isGreaterThan(5);
        assertThat(Files.readString(dir.resolve("out-bibtex"))).contains("@online{");

        // Round trip through the CLI: the CSV export imported into an empty library gives the same events.
        assertThat(run("import", dir.resolve("out-csv/events.csv").toString(), dir.resolve("out-csv/partnerships.csv").toString(),
                dir.resolve("out-csv/trade.csv").toString(), "--library", lib.toString())).as(err.toString()).isZero();
        assertThat(events()).isEqualTo(starterEvents);
    }

    @Test
    void exportingAMissingLibraryIsAProblem() {
        assertThat(run("export", "--format", "csv", "--out", dir.resolve("o").toString(), "--library", dir.resolve("nope.entente").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
    }
}
