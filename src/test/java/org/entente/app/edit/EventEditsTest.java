package org.entente.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.entente.app.LibraryService;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventLink;
import org.entente.model.LinkKind;
import org.entente.model.Note;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.entente.store.Library;
import org.entente.store.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events edited through the editor, undone and redone: the library's full dump must match exactly. */
class EventEditsTest {
    @TempDir Path dir;
    Library library;
    LibraryEditor editor;

    @BeforeEach
    void open() {
        library = LibraryService.openOrCreateWithStarter(dir.resolve("library.db"));
        editor = new LibraryEditor(library, new UndoHistory());
    }

    @AfterEach
    void close() { library.close(); }

    static Event visit(String title, String when, String... actors) {
        List<Participant> ps = java.util.Arrays.stream(actors).map(n -> new Participant(new Actor(0, n, ActorKind.PERSON, null, null), "guest")).toList();
        return new Event(0, title, DateRange.parse(when), new Category("courtesy-call", "Courtesy call"), ps, "Москва",
                "Talks in the Kremlin on energy", 4, List.of("энергия", "Năng lượng"),
                List.of(new Citation(new Source(0, "Вьетнам и Россия", "ТАСС", null, null, "https://example.org/tass", null, null), "§ 2")));
    }

    private List<Long> search(String text) {
        return library.events().search(text, 50).stream().map(h -> h.event().id()).toList();
    }

    @Test
    void addingAnEventIsUndoneExactlyAndRedoneWithTheSameId() {
        String before = LibraryDump.of(library);
        Event saved = editor.saveEvent(visit("Tô Lâm meets Путин and 习近平", "2025-05-09", "Tô Lâm", "Путин", "习近平"));
        assertThat(saved.id()).isPositive();
        String after = LibraryDump.of(library);
        assertThat(after).isNotEqualTo(before);
        assertThat(search("to lam путин")).contains(saved.id());
        Change change = editor.history().nextUndo().orElseThrow();
        assertThat(change.description()).isEqualTo("Add event “Tô Lâm meets Путин and 习近平”");
        assertThat(change.touched()).contains(new RecordRef(RecordKind.EVENT, saved.id()));

        assertThat(editor.undo()).contains(change);
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(library.events().byId(saved.id())).isEmpty();
        assertThat(search("to lam путин")).doesNotContain(saved.id());
        assertThat(library.actors().byName("习近平")).isEmpty(); // the actors made on the way went too
        assertThat(editor.history().canUndo()).isFalse();
        assertThat(editor.history().canRedo()).isTrue();

        assertThat(editor.redo()).contains(change);
        assertThat(LibraryDump.of(library)).isEqualTo(after);
        assertThat(library.events().byId(saved.id()).orElseThrow().title()).isEqualTo("Tô Lâm meets Путин and 习近平");
        assertThat(search("to lam путин")).contains(saved.id());
    }

    @Test
    void editingAnEventKeepsItsNotesLinksOriginAndCreationTimeAndIsUndoneExactly() throws Exception {
        Event first = library.events().save(visit("Võ Văn Thưởng visits Hà Nội", "2023-10-01", "Võ Văn Thưởng"));
        Event other = library.events().save(visit("Follow-up talks", "2023-11-01", "Võ Văn Thưởng"));
        library.links().save(new EventLink(0, first.id(), other.id(), LinkKind.LED_TO));
        library.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, first.id()), "Cf. the kapustnik archive", List.of("archive"), null, null, null));
        String before = LibraryDump.of(library);
        String[] created = createdAndOrigin(first.id());
        Thread.sleep(5); // updated_at has millisecond precision

        Event changed = new Event(first.id(), "Võ Văn Thưởng in Hải Phòng", DateRange.parse("2023-10-02/2023-10-04"), Category.MEETING,
                List.of(new Participant(new Actor(0, "Nguyễn Phú Trọng", ActorKind.PERSON, null, null), "host")), "Hải Phòng", null, 2,
                List.of("port"), List.of());
        editor.saveEvent(changed);
        String after = LibraryDump.of(library);
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo("Edit event “Võ Văn Thưởng in Hải Phòng”");
        assertThat(createdAndOrigin(first.id())[0]).isEqualTo(created[0]);
        assertThat(createdAndOrigin(first.id())[1]).isEqualTo(created[1]);
        assertThat(createdAndOrigin(first.id())[2]).isNotEqualTo(created[2]);
        assertThat(library.links().of(first.id())).hasSize(1);
        assertThat(search("kapustnik")).containsExactly(first.id()); // the note is still indexed
        assertThat(search("hai phong")).contains(first.id());
        assertThat(library.events().inWindow(DateRange.parse("2023-10-03").firstDay(), DateRange.parse("2023-10-03").endDay()))
                .extracting(h -> h.id()).contains(first.id());

        editor.undo();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(search("hai phong")).doesNotContain(first.id());
        assertThat(search("ha noi")).contains(first.id());
        editor.redo();
        assertThat(LibraryDump.of(library)).isEqualTo(after);
    }

    private String[] createdAndOrigin(long eventId) {
        return library.read(c -> {
            try (var ps = c.prepareStatement("SELECT created_at, origin, updated_at FROM event WHERE id = ?")) {
                ps.setLong(1, eventId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
                }
            }
        });
    }

    @Test
    void deletingSeveralEventsIsOneChangeAndUndoBringsBackEverythingAttached() {
        Event a = library.events().save(visit("Путин in Hà Nội", "2024-06-19/2024-06-20", "Путин", "Tô Lâm"));
        Event b = library.events().save(visit("习近平 in Hà Nội", "2023-12-12", "习近平"));
        Event c = library.events().save(visit("Follow-up", "2024-07-01", "Tô Lâm"));
        library.links().save(new EventLink(0, a.id(), c.id(), LinkKind.LED_TO));
        library.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, a.id()), "samovar diplomacy", List.of("квас"), "#ffcc00", null, null));
        String before = LibraryDump.of(library);
        long starterEvents = library.counts().events();

        editor.deleteEvents(List.of(a.id(), b.id(), a.id()));
        Change change = editor.history().nextUndo().orElseThrow();
        assertThat(change.description()).isEqualTo("Delete 2 events");
        assertThat(change.touched()).contains(new RecordRef(RecordKind.EVENT, a.id()), new RecordRef(RecordKind.EVENT, b.id()));
        assertThat(library.counts().events()).isEqualTo(starterEvents - 2);
        assertThat(search("samovar")).isEmpty();
        assertThat(library.links().of(c.id())).isEmpty();
        String after = LibraryDump.of(library);

        editor.undo();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(search("samovar")).containsExactly(a.id());
        assertThat(library.links().of(c.id())).hasSize(1);
        assertThat(library.notes().forRecord(new RecordRef(RecordKind.EVENT, a.id()))).hasSize(1);

        editor.redo();
        assertThat(LibraryDump.of(library)).isEqualTo(after);
    }

    @Test
    void deletingOneStarterEventNamesItAndUndoRestoresItsSearchAndSpan() {
        long id = library.events().allHeaders().get(0).id();
        String title = library.events().byId(id).orElseThrow().title();
        String before = LibraryDump.of(library);
        editor.deleteEvents(List.of(id));
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo("Delete event “" + title + "”");
        editor.undo();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(library.events().search(title, 50)).extracting(SearchHit::event).extracting(h -> h.id()).contains(id);
    }

    @Test
    void aFailingDeleteThrowsAClearMessageAndChangesNothing() {
        long id = library.events().allHeaders().get(0).id();
        String before = LibraryDump.of(library);
        assertThatThrownBy(() -> editor.deleteEvents(List.of(id, 987_654L)))
                .isInstanceOf(EditException.class).hasMessageContaining("no event with id 987654").hasMessageContaining("Nothing was deleted");
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(editor.history().canUndo()).isFalse();
    }

    @Test
    void savingAnEventThatIsNotThereFailsAndChangesNothing() {
        String before = LibraryDump.of(library);
        assertThatThrownBy(() -> editor.saveEvent(visit("Ghost", "2020", "Tô Lâm").withId(424_242)))
                .isInstanceOf(EditException.class).hasMessageStartingWith("Could not edit event “Ghost”")
                .hasMessageContaining("no event with id 424242");
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(editor.history().canUndo()).isFalse();
    }

    @Test
    void aNewEditClearsRedoAndTheStacksKeepTheirOrder() {
        Event a = editor.saveEvent(visit("One", "2020", "Tô Lâm"));
        Event b = editor.saveEvent(visit("Two", "2021", "Tô Lâm"));
        assertThat(editor.history().done()).extracting(Change::description).containsExactly("Add event “One”", "Add event “Two”");
        editor.undo();
        assertThat(editor.history().undone()).extracting(Change::description).containsExactly("Add event “Two”");
        editor.saveEvent(visit("Three", "2022", "Tô Lâm"));
        assertThat(editor.history().canRedo()).isFalse();
        assertThat(editor.redo()).isEmpty();
        assertThat(editor.history().done()).extracting(Change::description).containsExactly("Add event “One”", "Add event “Three”");
        editor.undo();
        editor.undo();
        assertThat(editor.undo()).isEmpty();
        assertThat(library.events().byId(a.id())).isEmpty();
        assertThat(library.events().byId(b.id())).isEmpty();
    }

    @Test
    void listenersHearEveryChangeOfTheStacks() {
        int[] heard = {0};
        editor.history().addListener(() -> heard[0]++);
        editor.saveEvent(visit("One", "2020", "Tô Lâm"));
        editor.undo();
        editor.redo();
        assertThat(heard[0]).isEqualTo(3);
    }

    @Test
    void undoThroughAnOlderChangeUndoesAllNewerOnesInOneGo() {
        String before = LibraryDump.of(library);
        editor.saveEvent(visit("One", "2020", "Tô Lâm"));
        Event two = editor.saveEvent(visit("Two", "2021", "Путин"));
        editor.saveEvent(new Event(two.id(), "Two, renamed", two.when(), two.category(), two.participants(), two.place(),
                two.summary(), two.importance(), two.tags(), two.sources()));
        String after = LibraryDump.of(library);
        Change first = editor.history().done().get(0);
        assertThat(editor.undoThrough(first)).extracting(Change::description)
                .containsExactly("Edit event “Two, renamed”", "Add event “Two”", "Add event “One”");
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        editor.redoThrough(editor.history().undone().get(2));
        assertThat(LibraryDump.of(library)).isEqualTo(after);
    }

    @Test
    void anUndoAfterAWriteBehindTheEditorsBackIsRefusedAndChangesNothing() {
        Event a = editor.saveEvent(visit("One", "2020", "Tô Lâm"));
        library.events().save(new Event(a.id(), "Changed elsewhere", a.when(), a.category(), a.participants(), a.place(), a.summary(),
                a.importance(), a.tags(), a.sources()));
        String before = LibraryDump.of(library);
        assertThatThrownBy(() -> editor.undo()).isInstanceOf(EditException.class)
                .hasMessageContaining("Could not undo Add event “One”").hasMessageContaining("changed outside the editor");
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(editor.history().canUndo()).isFalse();
    }

    @Test
    void anUndoThatWouldBreakAnotherRecordIsRefusedAndChangesNothing() {
        editor.saveEvent(new Event(0, "Quokka summit", DateRange.parse("2021"), Category.MEETING, List.of(), null, null, 3,
                List.of("quokka"), List.of()));
        // Written behind the editor's back: another event takes up the tag the edit created.
        library.events().save(new Event(0, "Second quokka summit", DateRange.parse("2022"), Category.MEETING, List.of(), null, null, 3,
                List.of("quokka"), List.of()));
        String before = LibraryDump.of(library);
        assertThatThrownBy(() -> editor.undo()).isInstanceOf(EditException.class)
                .hasMessage("Could not undo Add event “Quokka summit”: it refers to a record that does not exist, or other records still use it");
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(editor.history().canUndo()).isTrue();
    }

    @Test
    void updatesKeepOriginAndCreationTimeOfEveryKindOfRecord() throws Exception {
        var vn = library.actors().all().get(0);
        var source = library.sources().all().get(0);
        var partnership = library.partnerships().all().get(0);
        var figure = library.trade().all().get(0);
        java.util.Map<String, Long> ids = new java.util.LinkedHashMap<>();
        ids.put("actor", vn.id());
        ids.put("source", source.id());
        ids.put("partnership", partnership.id());
        ids.put("trade_figure", figure.id());
        java.util.Map<String, String[]> before = new java.util.HashMap<>();
        ids.forEach((table, id) -> before.put(table, stamps(table, id)));
        Thread.sleep(5);
        editor.saveActor(new Actor(vn.id(), vn.name() + " (edited)", vn.kind(), vn.isoCode(), "#010203"));
        editor.saveSource(new Source(source.id(), source.title() + " (edited)", source.publisher(), source.author(), source.date(),
                source.url(), source.accessed(), "checked"));
        editor.savePartnership(partnership.withUntil(null));
        editor.saveTradeFigure(new org.entente.model.TradeFigure(figure.id(), figure.reporter(), figure.partner(), figure.year(),
                figure.flow(), figure.valueUsd() + 1, figure.quality(), figure.source()));
        ids.forEach((table, id) -> {
            String[] now = stamps(table, id);
            assertThat(now[0]).as(table + " origin").isEqualTo(before.get(table)[0]).isNotEqualTo("user");
            assertThat(now[1]).as(table + " created_at").isEqualTo(before.get(table)[1]);
            assertThat(now[2]).as(table + " updated_at").isNotEqualTo(before.get(table)[2]);
        });
    }

    private String[] stamps(String table, long id) {
        return library.read(c -> {
            try (var ps = c.prepareStatement("SELECT origin, created_at, updated_at FROM " + table + " WHERE id = ?")) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
                }
            }
        });
    }

    @Test
    void deletingEveryEventOfTheStarterLibraryIsUndoneExactly() {
        String before = LibraryDump.of(library);
        List<Long> all = library.events().allHeaders().stream().map(h -> h.id()).toList();
        assertThat(all).hasSizeGreaterThan(20);
        editor.deleteEvents(all);
        assertThat(library.counts().events()).isZero();
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo("Delete " + all.size() + " events");
        String after = LibraryDump.of(library);
        editor.undo();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        editor.redo();
        assertThat(LibraryDump.of(library)).isEqualTo(after);
    }

    @Test
    void aTableAddedByALaterMigrationIsCapturedToo() {
        // As another feature's migration might add: stars on events, removed with their event.
        library.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE event_star (event_id INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,"
                        + " starred_at TEXT NOT NULL, colour TEXT)");
                st.execute("INSERT INTO event_star SELECT id, '2025-01-01T00:00:00Z', '#ffd700' FROM event ORDER BY id LIMIT 3");
            }
            return null;
        });
        List<Long> starred = library.read(c -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT event_id FROM event_star ORDER BY event_id")) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        });
        String before = LibraryDump.of(library);
        assertThat(before).contains("## event_star").contains("#ffd700");
        editor.deleteEvents(starred.subList(0, 2));
        assertThat(LibraryDump.of(library)).doesNotContain("Long:" + starred.get(0) + "\tString:2025-01-01T00:00:00Z");
        editor.undo();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
    }
}
