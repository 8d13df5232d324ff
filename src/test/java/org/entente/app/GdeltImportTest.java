package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.entente.TestFiles;
import org.entente.app.edit.LibraryEditor;
import org.entente.app.edit.UndoHistory;
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.EventScore;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing GDELT files (rows written by hand after the GDELT Event Codebook V2.0 and V1.03) into a real library. */
class GdeltImportTest {
    static final Path V2 = TestFiles.gdelt("20240620.export.CSV");
    static final Path V1_DAILY = TestFiles.gdelt("20130401.export.CSV");
    static final GdeltFilter VIETNAM_RUSSIA = new GdeltFilter(Set.of(), Set.of(GdeltFilter.pair("VNM", "RUS")), 0, Set.of());
    @TempDir Path dir;
    Library library;
    ImportService service;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib.entente"));
        // The library's own names: the countries in Vietnamese, and a person who is no country.
        library.actors().save(new Actor(0, "Việt Nam", ActorKind.COUNTRY, "VNM", null));
        library.actors().save(new Actor(0, "Tô Lâm", ActorKind.PERSON, null, null));
        service = new ImportService(library);
    }

    @AfterEach
    void close() { library.close(); }

    @Test
    void aPairFilteredImportUsesTheLibrarysCountriesAndKeepsTheScores() {
        ImportPlan plan = service.preview(List.of(V2), VIETNAM_RUSSIA, ImportProgress.NONE);
        assertThat(plan.hasErrors()).isFalse();
        assertThat(plan.formats()).containsExactly("GDELT events");
        assertThat(plan.gdelt().steps()).isEqualTo("10 rows read; 9 with a country; 2 kept by countries and pairs;"
                + " 2 by minimum mentions; 2 by root codes; 0 already in the library; 2 to import");
        assertThat(plan.rows()).extracting(ImportPlan.Row::title)
                .containsExactly("Việt Nam – Russia: Consult", "Russia – Việt Nam: Engage in diplomatic cooperation");
        assertThat(plan.counts().actors()).isEqualTo(1); // Russia is new; Việt Nam is the library's VNM
        assertThat(library.counts().events()).isZero();

        ImportOutcome done = service.commit(plan, DuplicatePolicy.SKIP, ImportProgress.NONE);
        assertThat(done).isEqualTo(new ImportOutcome(2, 0, 0));
        List<EventHeader> events = library.events().byTag("GDELT");
        assertThat(events).hasSize(2);
        Event consult = library.events().byId(events.get(0).id()).orElseThrow();
        assertThat(consult.title()).isEqualTo("Việt Nam – Russia: Consult");
        assertThat(consult.participants()).extracting(p -> p.actor().name(), p -> p.role())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Việt Nam", "initiator"),
                        org.assertj.core.groups.Tuple.tuple("Russia", "target"));
        assertThat(consult.category().key()).isEqualTo("cameo-04");
        assertThat(consult.when().toString()).isEqualTo("2024-06-19");
        assertThat(library.scores().find(consult.id())).contains(new EventScore(1.0, 2.85714285714286, 12, 3, 10, "040", 1180000001L));
        assertThat(library.actors().all()).filteredOn(a -> "VNM".equals(a.isoCode())).hasSize(1);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        service.importFiles(List.of(V2), DuplicatePolicy.SKIP, GdeltFilter.NONE, ImportProgress.NONE);
        long events = library.counts().events();
        assertThat(events).isEqualTo(9);
        ImportPlan again = service.preview(List.of(V2), GdeltFilter.NONE, ImportProgress.NONE);
        assertThat(again.gdelt().duplicates()).isEqualTo(9);
        assertThat(again.counts().duplicateEvents()).isEqualTo(9);
        assertThat(again.counts().newEvents()).isZero();
        // Even with "keep both", a GDELT id already in the library is skipped.
        ImportService.Imported second = service.importFiles(List.of(V2), DuplicatePolicy.KEEP_BOTH, GdeltFilter.NONE, ImportProgress.NONE);
        assertThat(second.outcome()).isEqualTo(new ImportOutcome(0, 0, 9));
        assertThat(library.counts().events()).isEqualTo(events);
    }

    @Test
    void aMalformedRowWritesNothing() throws IOException {
        service.importFiles(List.of(V1_DAILY), DuplicatePolicy.SKIP, GdeltFilter.NONE, ImportProgress.NONE);
        long before = library.counts().events();
        List<String> lines = Files.readAllLines(V2, StandardCharsets.UTF_8);
        String[] cells = lines.get(9).split("\t", -1);
        cells[1] = "20241340";
        lines.set(9, String.join("\t", cells));
        Path bad = dir.resolve("20240620.export.CSV");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.importFiles(List.of(bad), DuplicatePolicy.SKIP, GdeltFilter.NONE, ImportProgress.NONE))
                .isInstanceOf(ImportService.ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportService.ImportRefusedException) e).problems()).extracting(Object::toString)
                        .containsExactly("20240620.export.CSV line 10, column \"SQLDATE\": \"20241340\" is not a date written yyyymmdd"));
        assertThat(library.counts().events()).isEqualTo(before);
        assertThat(library.scores().hasGdeltId(1180000001L)).isFalse();
    }

    @Test
    void aMalformedRowAfterWrittenBatchesRollsThemBack() throws IOException {
        // 1,200 good rows (more than two batches of 500 are written inside the transaction), then a bad one.
        String row = Files.readAllLines(V2, StandardCharsets.UTF_8).get(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_200; i++) sb.append(cell(row, 0, Long.toString(2_000_000L + i))).append('\n');
        sb.append(cell(row, 30, "12.5")).append('\n'); // Goldstein beyond +10
        Path big = dir.resolve("20240621.export.CSV");
        Files.writeString(big, sb);
        assertThatThrownBy(() -> service.importFiles(List.of(big), DuplicatePolicy.SKIP, GdeltFilter.NONE, ImportProgress.NONE))
                .isInstanceOf(ImportService.ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportService.ImportRefusedException) e).problems()).extracting(Object::toString)
                        .containsExactly("20240621.export.CSV line 1201, column \"GoldsteinScale\": \"12.5\" is not between -10 and 10"));
        assertThat(library.counts().events()).isZero();
        assertThat(library.scores().hasGdeltId(2_000_000L)).isFalse();
    }

    @Test
    void skippingInvalidRowsImportsTheOthersWithTheirScores() throws IOException {
        List<String> lines = Files.readAllLines(V2, StandardCharsets.UTF_8);
        lines.set(9, cell(lines.get(9), 1, "20241340"));
        Path bad = dir.resolve("20240620.export.CSV");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        ImportPlan plan = service.preview(List.of(bad), GdeltFilter.NONE, ImportProgress.NONE);
        assertThat(plan.canSkipInvalid()).isTrue();
        assertThat(plan.invalidRows()).isEqualTo(1);

        ImportOutcome done = service.commit(plan, DuplicatePolicy.SKIP, true, ImportProgress.NONE);
        // the ten rows of the file: one without any country, one with a bad date, eight imported
        assertThat(done.added()).isEqualTo(8);
        assertThat(library.counts().events()).isEqualTo(8);
        assertThat(library.events().byTag("GDELT")).allSatisfy(h -> assertThat(library.scores().find(h.id())).isPresent());
    }

    private static String cell(String line, int column, String value) {
        String[] cells = line.split("\t", -1);
        cells[column] = value;
        return String.join("\t", cells);
    }

    @Test
    void undoingTheDeleteOfAGdeltEventBringsItsScoreBack() {
        service.importFiles(List.of(V2), DuplicatePolicy.SKIP, VIETNAM_RUSSIA, ImportProgress.NONE);
        long id = library.events().byTag("GDELT").get(0).id();
        EventScore score = library.scores().find(id).orElseThrow();
        LibraryEditor editor = new LibraryEditor(library, new UndoHistory());
        editor.deleteEvents(List.of(id));
        assertThat(library.scores().find(id)).isEmpty();
        editor.undo();
        assertThat(library.scores().find(id)).contains(score);
    }
}
