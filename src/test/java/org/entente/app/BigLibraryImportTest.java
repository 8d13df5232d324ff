package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.Launcher;
import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.exchange.EntenteCsvWriter;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.store.Library;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports into a library above {@link ExistingRecords#EVENTS_LOADED_UP_TO} events (issue #15),
 * where duplicates are looked up in the library instead of read into a map: a map of the library's
 * keys grew with it (ten million events did not fit in -Xmx512m, and this 60,000-event library
 * does not fit in 20 MB that way), while the look-ups' memory is bounded by the import.
 */
class BigLibraryImportTest {
    static final int EVENTS = 60_000;
    static final String NEW_TITLE = "A new event of issue 15";
    @TempDir static Path shared;
    static Path built;
    static Event plain, spaced, longer, ongoing;

    @TempDir Path dir;

    @BeforeAll
    static void buildLibrary() {
        built = shared.resolve("big.entente");
        new SyntheticLibrary(SyntheticLibrary.DEFAULT_SEED, EVENTS).writeTo(built, null, null);
        try (Library library = Library.open(built)) {
            ongoing = library.events().save(new Event(0, "Border talks", DateRange.ongoingFrom(EventDate.parse("2000-01-01")),
                    org.entente.model.Category.MEETING, List.of(), null, null, 3, List.of(), List.of()));
            List<Long> ids = new ArrayList<>();
            library.events().forEachHeader(h -> {
                if (ids.size() < 3 && h.startDay() > 20_000) ids.add(h.id());
            });
            plain = library.events().byId(ids.get(0)).orElseThrow();
            spaced = library.events().byId(ids.get(1)).orElseThrow();
            longer = library.events().byId(ids.get(2)).orElseThrow();
        }
    }

    /**
     * Three duplicates (one as stored, one in other case and spacing, one ongoing) and four new
     * events: one a day longer than a library event, one ongoing event ended on its first day, and
     * the same new event twice (two equal rows of one file are both new, as before).
     */
    private Path csv() throws IOException {
        Path folder = dir.resolve("import");
        Files.createDirectories(folder);
        EntenteCsvWriter w = new EntenteCsvWriter(folder);
        w.writeActors(new SyntheticLibrary(SyntheticLibrary.DEFAULT_SEED, EVENTS).actors());
        w.writeSources(List.of());
        try (EntenteCsvWriter.EventRows rows = w.events()) {
            rows.write(plain.withId(0));
            rows.write(retitled(spaced, " " + spaced.title().toUpperCase(java.util.Locale.ROOT) + "  ", spaced.when()));
            rows.write(retitled(ongoing, "border TALKS", ongoing.when()));
            rows.write(retitled(longer, longer.title(), DateRange.of(longer.when().start(), EventDate.parse("2100-01-01"))));
            rows.write(retitled(ongoing, ongoing.title(), DateRange.parse("2000-01-01")));
            rows.write(retitled(plain, NEW_TITLE, plain.when()));
            rows.write(retitled(plain, NEW_TITLE, plain.when()));
        }
        return folder;
    }

    private static Event retitled(Event e, String title, DateRange when) {
        return new Event(0, title, when, e.category(), e.participants(), e.place(), e.summary(), e.importance(), e.tags(), e.sources());
    }

    private Path copy() throws IOException {
        Path file = dir.resolve("library.entente");
        Files.copy(built, file);
        return file;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theCommandLineImportFitsInTwentyMegabytes() throws Exception {
        Path file = copy(), folder = csv();
        long before;
        try (Library library = Library.open(file)) {
            before = library.counts().events();
            assertThat(new ExistingRecords(library).looksUpEvents()).isTrue();
        }
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx20m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "import", "--library", file.toString(), "--language=en",
                folder.resolve("actors.csv").toString(), folder.resolve("sources.csv").toString(), folder.resolve("events.csv").toString());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String said = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        assertThat(said).doesNotContain("OutOfMemoryError").contains("Imported 7 events (3 already in the library)",
                "4 added, 0 updated, 3 skipped");
        assertThat(p.exitValue()).isZero();

        try (Library library = Library.open(file)) {
            assertThat(library.counts().events()).isEqualTo(before + 4);
            List<EventHeader> added = new ArrayList<>();
            library.events().forEachHeader(h -> {
                if (h.id() > ongoing.id()) added.add(h);
            });
            assertThat(added).extracting(EventHeader::title)
                    .containsExactlyInAnyOrder(longer.title(), ongoing.title(), NEW_TITLE, NEW_TITLE);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void previewAndEachDuplicatePolicyAgree() throws Exception {
        Path folder = csv();
        List<Path> files = List.of(folder.resolve("actors.csv"), folder.resolve("sources.csv"), folder.resolve("events.csv"));
        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            Path file = dir.resolve(policy + ".entente");
            Files.copy(built, file);
            try (Library library = Library.open(file)) {
                ImportService service = new ImportService(library);
                ImportPlan plan = service.preview(files, ImportProgress.NONE);
                assertThat(plan.counts().newEvents()).isEqualTo(4);
                assertThat(plan.counts().duplicateEvents()).isEqualTo(3);
                long before = library.counts().events();

                ImportOutcome outcome = service.commit(plan, policy, ImportProgress.NONE);

                switch (policy) {
                    case SKIP -> assertThat(outcome).isEqualTo(new ImportOutcome(4, 0, 3));
                    case UPDATE -> assertThat(outcome).isEqualTo(new ImportOutcome(4, 3, 0));
                    case KEEP_BOTH -> assertThat(outcome).isEqualTo(new ImportOutcome(7, 0, 0));
                }
                assertThat(library.counts().events()).isEqualTo(before + outcome.added());
                if (policy == DuplicatePolicy.UPDATE) {
                    // Updated in place: the duplicate in other case keeps its id and takes the imported title.
                    assertThat(library.events().byId(spaced.id()).orElseThrow().title()).isEqualTo(spaced.title().toUpperCase(java.util.Locale.ROOT));
                    assertThat(library.events().byId(ongoing.id()).orElseThrow().title()).isEqualTo("border TALKS");
                }
            }
        }
    }
}
