package org.entente.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.entente.app.LibraryService;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoHistoryTest {
    @TempDir Path dir;

    @Test
    void keepsAtMostItsLimitForgettingTheOldest() {
        try (Library library = LibraryService.openOrCreateEmpty(dir.resolve("l.db"))) {
            LibraryEditor editor = new LibraryEditor(library, new UndoHistory(3));
            for (String name : List.of("Tô Lâm", "Путин", "习近平", "Võ Văn Thưởng"))
                editor.saveActor(new Actor(0, name, ActorKind.PERSON, null, null));
            assertThat(editor.history().done()).extracting(Change::description)
                    .containsExactly("Add actor “Путин”", "Add actor “习近平”", "Add actor “Võ Văn Thưởng”");
            while (editor.undo().isPresent()) { }
            assertThat(library.actors().all()).extracting(Actor::name).containsExactly("Tô Lâm");
            assertThat(editor.history().undone()).extracting(Change::description)
                    .containsExactly("Add actor “Путин”", "Add actor “习近平”", "Add actor “Võ Văn Thưởng”");
        }
    }

    @Test
    void refusesAnEmptyLimit() {
        assertThatThrownBy(() -> new UndoHistory(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        try (Library library = LibraryService.openOrCreateEmpty(dir.resolve("l.db"))) {
            LibraryEditor editor = new LibraryEditor(library, new UndoHistory());
            editor.deleteEvents(List.of());
            assertThat(editor.history().canUndo()).isFalse();
        }
    }
}
