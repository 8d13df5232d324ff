package org.entente.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.entente.app.LibraryService;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Annotation;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Note;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's marks and notes through the editor: each change undone restores the previous state exactly. */
class AnnotationEditsTest {
    @TempDir Path dir;
    Library library;
    LibraryEditor editor;
    Event visit;
    RecordRef ref;

    @BeforeEach
    void open() {
        library = LibraryService.openOrCreateEmpty(dir.resolve("library.db"));
        Actor vn = library.actors().save(new Actor(0, "Việt Nam", ActorKind.COUNTRY, "VNM", null));
        Actor ru = library.actors().save(new Actor(0, "Россия", ActorKind.COUNTRY, "RUS", null));
        visit = library.events().save(new Event(0, "Путин visits Hà Nội", DateRange.parse("2024-06-19/2024-06-20"), Category.STATE_VISIT,
                List.of(new Participant(ru, "guest"), new Participant(vn, "host")), "Hà Nội", null, 5, List.of("visit"), List.of()));
        ref = new RecordRef(RecordKind.EVENT, visit.id());
        editor = new LibraryEditor(library, new UndoHistory());
    }

    @AfterEach
    void close() { library.close(); }

    @Test
    void undoRestoresTheExactPreviousAnnotationAndRedoTheNewOne() {
        Annotation first = editor.saveAnnotation(new Annotation(ref, true, "#f5d547", List.of("lecture 3", "Đổi Mới")));
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo("Change marks of event “Путин visits Hà Nội”");
        String withFirst = LibraryDump.of(library);

        Annotation second = editor.saveAnnotation(first.withStarred(false));
        assertThat(second.starred()).isFalse();
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo("Unstar event “Путин visits Hà Nội”");
        assertThat(editor.history().nextUndo().orElseThrow().touched()).containsExactly(ref);

        editor.undo();
        assertThat(library.annotations().of(ref)).isEqualTo(first);
        assertThat(LibraryDump.of(library)).isEqualTo(withFirst);
        editor.redo();
        assertThat(library.annotations().of(ref)).isEqualTo(second);

        // Clearing every mark removes the row; undo brings the marks back, and the tags into the search index.
        editor.saveAnnotation(Annotation.none(ref));
        assertThat(library.annotations().annotatedIds(RecordKind.EVENT)).isEmpty();
        assertThat(library.events().search("doi moi", 5)).isEmpty();
        editor.undo();
        assertThat(library.annotations().of(ref)).isEqualTo(second);
        assertThat(library.events().search("doi moi", 5)).extracting(h -> h.event().id()).containsExactly(visit.id());
    }

    @Test
    void notesAreUndoneAndDeletingAnEventTakesItsMarksAlongUntilUndone() {
        Note note = editor.saveNote(new Note(0, ref, "Compare with **Đổi Mới**", List.of(), null, null, null));
        assertThat(library.events().search("doi moi", 5)).hasSize(1);
        editor.saveAnnotation(new Annotation(ref, true, null, List.of()));
        String before = LibraryDump.of(library);

        editor.deleteEvents(List.of(visit.id()));
        assertThat(library.annotations().annotatedIds(RecordKind.EVENT)).isEmpty();
        editor.undo();
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(library.annotations().of(ref).starred()).isTrue();
        assertThat(library.notes().forRecord(ref)).containsExactly(note);

        editor.undo(); // the star
        editor.undo(); // the note
        assertThat(library.notes().forRecord(ref)).isEmpty();
        assertThat(library.events().search("doi moi", 5)).isEmpty();
    }

    @Test
    void markingARecordThatIsGoneIsRefusedAndChangesNothing() {
        String before = LibraryDump.of(library);
        assertThatThrownBy(() -> editor.saveAnnotation(new Annotation(new RecordRef(RecordKind.PARTNERSHIP, 999), true, null, List.of())))
                .isInstanceOf(EditException.class).hasMessageContaining("no partnership with id 999").hasMessageContaining("Nothing was changed");
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        assertThat(editor.history().canUndo()).isFalse();
    }

    @Test
    void myTagsStayFindableWhenAnEditReindexesManyEventsAtOnce() {
        Actor vn = library.actors().all().stream().filter(a -> a.name().equals("Việt Nam")).findFirst().orElseThrow();
        for (int i = 0; i < 25; i++) {
            library.events().save(new Event(0, "Meeting " + i, DateRange.parse("2020-01-" + String.format("%02d", i + 1)),
                    Category.MEETING, List.of(new Participant(vn, null)), null, null, 3, List.of(), List.of()));
        }
        editor.saveAnnotation(new Annotation(ref, false, null, List.of("zebrafinch")));
        assertThat(library.events().search("zebrafinch", 10)).extracting(h -> h.event().id()).containsExactly(visit.id());
        // Renaming an actor of 26 events re-indexes them together (more than 20: one statement).
        editor.saveActor(new Actor(vn.id(), "Viet Nam", ActorKind.COUNTRY, "VNM", null));
        assertThat(library.events().search("zebrafinch", 10)).extracting(h -> h.event().id()).containsExactly(visit.id());
        editor.undo();
        assertThat(library.events().search("zebrafinch", 10)).extracting(h -> h.event().id()).containsExactly(visit.id());
    }
}
