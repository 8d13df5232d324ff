package org.entente.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.entente.app.LibraryService;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Note;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Period;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.entente.model.TradeChange;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every other kind of record edited through the editor: each edit undone gives the library's full
 * dump from before it, redone the dump from after it; refused edits change nothing.
 */
class RecordEditsTest {
    @TempDir Path dir;
    Library library;
    LibraryEditor editor;
    Actor vietnam, russia, china, toLam;
    Source tass;
    Event visit;

    @BeforeEach
    void open() {
        library = LibraryService.openOrCreateEmpty(dir.resolve("library.db"));
        vietnam = library.actors().save(new Actor(0, "Việt Nam", ActorKind.COUNTRY, "VNM", "#da251d"));
        russia = library.actors().save(new Actor(0, "Россия", ActorKind.COUNTRY, "RUS", null));
        china = library.actors().save(new Actor(0, "中国", ActorKind.COUNTRY, "CHN", null));
        toLam = library.actors().save(new Actor(0, "Tô Lâm", ActorKind.PERSON, null, null));
        tass = library.sources().save(new Source(0, "Визит Путина во Вьетнам", "ТАСС", null, EventDate.parse("2024-06-20"),
                "https://example.org/tass", LocalDate.of(2025, 1, 2), null));
        visit = library.events().save(new Event(0, "Путин visits Hà Nội", DateRange.parse("2024-06-19/2024-06-20"), Category.STATE_VISIT,
                List.of(new Participant(russia, "guest"), new Participant(vietnam, "host"), new Participant(toLam, null)), "Hà Nội",
                "Comprehensive strategic partnership reaffirmed", 5, List.of("visit"), List.of(Citation.of(tass))));
        library.partnerships().save(new Partnership(0, vietnam, china, PartnershipLevel.COMPREHENSIVE_STRATEGIC, null,
                EventDate.parse("2008-05"), null, List.of(), null));
        editor = new LibraryEditor(library, new UndoHistory());
    }

    @AfterEach
    void close() { library.close(); }

    /** Makes the edit, checks undo and redo against full dumps, and returns the edit's result. */
    private <T> T exactlyUndoable(Supplier<T> edit, String description) {
        String before = LibraryDump.of(library);
        T result = edit.get();
        String after = LibraryDump.of(library);
        assertThat(after).isNotEqualTo(before);
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo(description);
        assertThat(editor.undo()).isPresent();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(editor.redo()).isPresent();
        assertThat(LibraryDump.of(library)).isEqualTo(after);
        return result;
    }

    private void exactlyUndoable(Runnable edit, String description) {
        exactlyUndoable(() -> {
            edit.run();
            return null;
        }, description);
    }

    private void refusedUnchanged(Runnable edit, String... messageParts) {
        String before = LibraryDump.of(library);
        int done = editor.history().done().size();
        assertThatThrownBy(edit::run).isInstanceOf(EditException.class).satisfies(e -> {
            for (String part : messageParts) assertThat(e.getMessage()).contains(part);
        });
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(editor.history().done()).hasSize(done);
    }

    private List<Long> search(String text) {
        return library.events().search(text, 50).stream().map(h -> h.event().id()).toList();
    }

    @Test
    void actors() {
        Actor xi = exactlyUndoable(() -> editor.saveActor(new Actor(0, "习近平", ActorKind.PERSON, null, "#aa0000")), "Add actor “习近平”");
        assertThat(library.actors().byId(xi.id()).orElseThrow().name()).isEqualTo("习近平");

        // A rename reaches the search index of the actor's events, and back.
        exactlyUndoable(() -> editor.saveActor(new Actor(toLam.id(), "Tô Lâm (General Secretary)", ActorKind.PERSON, null, null)),
                "Edit actor “Tô Lâm (General Secretary)”");
        assertThat(search("general secretary")).containsExactly(visit.id());
        editor.undo();
        assertThat(search("general secretary")).isEmpty();
        assertThat(search("to lam")).containsExactly(visit.id());
        editor.redo();

        // A change of kind re-derives the timeline lanes of its events (schema triggers), and back.
        exactlyUndoable(() -> editor.saveActor(new Actor(toLam.id(), "Tô Lâm", ActorKind.COUNTRY, "TLM", null)), "Edit actor “Tô Lâm”");

        exactlyUndoable(() -> editor.deleteActor(xi.id()), "Delete actor “习近平”");
        assertThat(library.actors().byId(xi.id())).isEmpty();

        refusedUnchanged(() -> editor.deleteActor(vietnam.id()), "Cannot delete “Việt Nam”", "1 event and 1 partnership still use it");
        refusedUnchanged(() -> editor.saveActor(new Actor(0, "Россия", ActorKind.COUNTRY, null, null)),
                "Could not add actor “Россия”", "another actor already has that name", "Nothing was changed");
        refusedUnchanged(() -> editor.deleteActor(999), "There is no actor with id 999");
    }

    @Test
    void actorRenameOnTheStarterLibraryIsUndoneExactly() {
        try (Library starter = LibraryService.openOrCreateWithStarter(dir.resolve("starter.db"))) {
            LibraryEditor e = new LibraryEditor(starter, new UndoHistory());
            Actor actor = starter.actors().all().stream().filter(a -> a.kind() == ActorKind.COUNTRY).findFirst().orElseThrow();
            String before = LibraryDump.of(starter);
            e.saveActor(new Actor(actor.id(), "Ruritania", ActorKind.ORGANISATION, null, "#123456"));
            String after = LibraryDump.of(starter);
            assertThat(starter.events().search("ruritania", 5)).isNotEmpty();
            e.undo();
            assertThat(LibraryDump.of(starter)).isEqualTo(before);
            assertThat(starter.events().search("ruritania", 5)).isEmpty();
            e.redo();
            assertThat(LibraryDump.of(starter)).isEqualTo(after);
        }
    }

    @Test
    void partnerships() {
        Partnership p = exactlyUndoable(() -> editor.savePartnership(new Partnership(0, vietnam, russia, PartnershipLevel.STRATEGIC,
                "Стратегическое партнёрство", EventDate.parse("2001-03"), EventDate.parse("2012-07"), List.of(new Citation(tass, "p. 3")),
                "upgraded later")), "Add partnership “Việt Nam–Россия”");
        library.notes().save(new Note(0, new RecordRef(RecordKind.PARTNERSHIP, p.id()), "đối tác chiến lược", List.of(), null, null, null));
        exactlyUndoable(() -> editor.savePartnership(new Partnership(p.id(), vietnam, russia, PartnershipLevel.COMPREHENSIVE_STRATEGIC,
                null, EventDate.parse("2012-07"), null, List.of(), null)), "Edit partnership “Việt Nam–Россия”");
        exactlyUndoable(() -> editor.deletePartnership(p.id()), "Delete partnership “Việt Nam–Россия”");
        assertThat(library.notes().all()).isEmpty();

        // The same actor twice, once by id and once by name: caught by the schema, refused cleanly.
        refusedUnchanged(() -> editor.savePartnership(new Partnership(0, vietnam, Actor.country("Việt Nam", null),
                PartnershipLevel.STRATEGIC, null, EventDate.parse("2001"), null, List.of(), null)),
                "Could not add partnership", "two different actors");
        refusedUnchanged(() -> editor.deletePartnership(p.id()), "no partnership with id " + p.id());
    }

    @Test
    void periods() {
        Period war = exactlyUndoable(() -> editor.savePeriod(new Period(0, "Война во Вьетнаме", DateRange.parse("1955-11-01/1975-04-30"),
                "#884400", "Chiến tranh Việt Nam")), "Add period “Война во Вьетнаме”");
        library.notes().save(new Note(0, new RecordRef(RecordKind.PERIOD, war.id()), "a note on the war", List.of(), null, null, null));
        exactlyUndoable(() -> editor.savePeriod(new Period(war.id(), "Vietnam War", DateRange.parse("1955-11/.."), null, null)),
                "Edit period “Vietnam War”");
        exactlyUndoable(() -> editor.deletePeriod(war.id()), "Delete period “Vietnam War”");
        assertThat(library.periods().all()).isEmpty();
        assertThat(library.notes().all()).isEmpty();
        refusedUnchanged(() -> editor.deletePeriod(war.id()), "There is no period");
    }

    @Test
    void tradeFigures() {
        TradeFigure f = exactlyUndoable(() -> editor.saveTradeFigure(new TradeFigure(0, vietnam, russia, 2023, TradeFlow.EXPORT,
                1_234_000_000L, DataQuality.APPROXIMATE, new Citation(tass, "table 2"))), "Add trade figure “Việt Nam → Россия, 2023, export”");
        exactlyUndoable(() -> editor.saveTradeFigure(new TradeFigure(f.id(), vietnam, russia, 2023, TradeFlow.EXPORT,
                1_300_000_000L, DataQuality.REPORTED, null)), "Edit trade figure “Việt Nam → Россия, 2023, export”");
        library.notes().save(new Note(0, new RecordRef(RecordKind.TRADE_FIGURE, f.id()), "mirror figure differs", List.of(), null, null, null));
        refusedUnchanged(() -> editor.saveTradeFigure(new TradeFigure(0, vietnam, russia, 2023, TradeFlow.EXPORT, 5, null, null)),
                "Could not add trade figure", "already has a figure for this partner, year and flow");
        exactlyUndoable(() -> editor.deleteTradeFigure(f.id()), "Delete trade figure “Việt Nam → Россия, 2023, export”");
        assertThat(library.notes().all()).isEmpty();
    }

    @Test
    void reportedTradeChanges() {
        TradeChange c = exactlyUndoable(() -> editor.saveTradeChange(new TradeChange(0, vietnam, russia, 2023, TradeFlow.TOTAL,
                new java.math.BigDecimal("2.3"), DataQuality.REPORTED, new Citation(tass, "MoIT"))),
                "Add reported trade change “Việt Nam → Россия, 2023, total”");
        assertThat(library.trade().changes()).singleElement().satisfies(x -> {
            assertThat(x.changePercent()).hasToString("2.3");
            assertThat(x.source().locator()).isEqualTo("MoIT");
        });
        assertThat(library.trade().all()).as("a claim is no level").isEmpty();
        exactlyUndoable(() -> editor.saveTradeChange(new TradeChange(c.id(), vietnam, russia, 2023, TradeFlow.TOTAL,
                new java.math.BigDecimal("-4.15"), DataQuality.APPROXIMATE, null)), "Edit reported trade change “Việt Nam → Россия, 2023, total”");
        assertThat(library.trade().changeById(c.id()).orElseThrow().changePercent()).hasToString("-4.15");
        refusedUnchanged(() -> editor.saveTradeChange(new TradeChange(0, vietnam, russia, 2023, TradeFlow.TOTAL, java.math.BigDecimal.ONE, null, null)),
                "Could not add reported trade change", "already has a reported change for this partner, year and flow");
        // A level and a claim for the same year live side by side.
        editor.saveTradeFigure(new TradeFigure(0, vietnam, russia, 2023, TradeFlow.TOTAL, 3_630_000_000L, null, null));
        assertThat(library.trade().all()).hasSize(1);
        exactlyUndoable(() -> editor.deleteTradeChange(c.id()), "Delete reported trade change “Việt Nam → Россия, 2023, total”");
        assertThat(library.trade().changes()).isEmpty();
    }

    @Test
    void sources() {
        Source s = exactlyUndoable(() -> editor.saveSource(new Source(0, "人民日报 on 中越关系", "人民日报", "李明", EventDate.parse("2023-12"),
                null, null, null)), "Add source “人民日报 on 中越关系”");
        exactlyUndoable(() -> editor.saveSource(new Source(s.id(), "人民日报: 中越关系", "人民日报", null, null, "https://example.org/rmrb",
                LocalDate.of(2025, 3, 1), "front page")), "Edit source “人民日报: 中越关系”");
        exactlyUndoable(() -> editor.deleteSource(s.id()), "Delete source “人民日报: 中越关系”");

        refusedUnchanged(() -> editor.deleteSource(tass.id()), "Cannot delete the source “Визит Путина во Вьетнам”",
                "1 event still cites it", "Remove those citations first");
        library.trade().save(new TradeFigure(0, vietnam, china, 2022, TradeFlow.TOTAL, 10, null, Citation.of(tass)));
        refusedUnchanged(() -> editor.deleteSource(tass.id()), "1 event and 1 trade figure still cite it");
    }

    @Test
    void notes() {
        Note n = exactlyUndoable(() -> editor.saveNote(new Note(0, new RecordRef(RecordKind.EVENT, visit.id()), "Compare with the 2017 визит",
                List.of("ngoại giao", "дипломатия"), "#ffee00", null, null)), "Add note on event “Путин visits Hà Nội”");
        assertThat(search("ngoai giao")).containsExactly(visit.id());
        editor.undo();
        assertThat(search("ngoai giao")).isEmpty();
        editor.redo();
        exactlyUndoable(() -> editor.saveNote(new Note(n.id(), n.target(), "Compare with 2017 and 2001", List.of(), null, null, null)),
                "Edit note on event “Путин visits Hà Nội”");
        assertThat(search("ngoai giao")).isEmpty();
        assertThat(search("2001")).containsExactly(visit.id());
        exactlyUndoable(() -> editor.deleteNote(n.id()), "Delete note on event “Путин visits Hà Nội”");
        assertThat(search("2001")).isEmpty();

        exactlyUndoable(() -> editor.saveNote(new Note(0, new RecordRef(RecordKind.ACTOR, vietnam.id()), "ASEAN member since 1995",
                List.of(), null, null, null)), "Add note on actor “Việt Nam”");
        refusedUnchanged(() -> editor.deleteNote(12345), "There is no note with id 12345");
    }

    @Test
    void deletingAnEventWithANoteOnAPartnershipAndMoreLeavesThoseAlone() {
        String before = LibraryDump.of(library);
        editor.deleteEvents(List.of(visit.id()));
        assertThat(library.partnerships().all()).hasSize(1);
        assertThat(library.sources().byId(tass.id())).isPresent();
        editor.undo();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
    }

    @Test
    void renamingAnActorOfManyEventsRefillsTheirSearchIndexBothWays() {
        for (int i = 0; i < 30; i++) {
            Event e = library.events().save(new Event(0, "Hội nghị " + i, DateRange.parse((1990 + i) + "-05"), Category.MEETING,
                    List.of(new Participant(vietnam, null), new Participant(toLam, "chair")), null, "phiên họp thứ " + i, 3, List.of(), List.of()));
            if (i % 3 == 0) library.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, e.id()), "ghi chú " + i, List.of("nhãn"), null, null, null));
        }
        exactlyUndoable(() -> editor.saveActor(new Actor(toLam.id(), "Тô Лам", ActorKind.PERSON, null, null)), "Edit actor “Тô Лам”");
        assertThat(search("лам")).hasSize(31);
        assertThat(search("ghi chu nhan")).hasSize(10);
        editor.undo();
        assertThat(search("лам")).isEmpty();
        assertThat(search("to lam")).hasSize(31);
        assertThat(search("ghi chu nhan")).hasSize(10);
    }
}
