package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.entente.app.edit.EditException;
import org.entente.app.edit.LibraryEditor;
import org.entente.app.edit.UndoHistory;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.entente.store.HeldWrite;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The undoable edit layer of two windows on one library file. */
class TwoWindowsEditorTest {
    @TempDir Path dir;

    static Event event(String title, String when) {
        return new Event(0, title, DateRange.parse(when), Category.STATE_VISIT,
                List.of(new Participant(Actor.country("Vietnam", "VNM"), "host")), "Hà Nội", null, 3, List.of(), List.of());
    }

    @Test
    void anEditMeetingAnotherWindowsLockPastTheTimeoutSaysTheLibraryIsBusyAndChangesNothing() throws Exception {
        Path file = dir.resolve("two-windows.db");
        try (Library mine = Library.open(file); Library other = Library.open(file)) {
            LibraryEditor editor = new LibraryEditor(mine, new UndoHistory());
            editor.saveEvent(event("Tô Lâm visits Moscow", "2024-03-01"));
            mine.busyTimeout(Duration.ofMillis(300));
            try (HeldWrite otherWindowsImport = HeldWrite.on(other)) {
                assertThatThrownBy(() -> editor.saveEvent(event("Võ Văn Thưởng receives Путин", "2024-05-01")))
                        .isInstanceOf(EditException.class)
                        .hasMessageContaining(LibraryException.BUSY_MESSAGE);
            }
            assertThat(editor.history().done()).as("the refused edit is not on the undo history").hasSize(1);
            assertThat(mine.events().allHeaders()).extracting(EventHeader::title).containsExactly("Tô Lâm visits Moscow");
            // Trying again once the other window is done works.
            editor.saveEvent(event("Võ Văn Thưởng receives Путин", "2024-05-01"));
            assertThat(other.events().allHeaders()).extracting(EventHeader::title)
                    .containsExactlyInAnyOrder("Tô Lâm visits Moscow", "Võ Văn Thưởng receives Путин");
        }
    }

    @Test
    void twoWindowsEditingAtOnceKeepEachOthersEdits() throws Exception {
        Path file = dir.resolve("both.db");
        try (Library a = Library.open(file); Library b = Library.open(file)) {
            LibraryEditor left = new LibraryEditor(a, new UndoHistory()), right = new LibraryEditor(b, new UndoHistory());
            Thread leftTyping = new Thread(() -> {
                for (int i = 0; i < 30; i++) left.saveEvent(event("习近平 in Hanoi " + i, "2023-12-12"));
            });
            leftTyping.start();
            for (int i = 0; i < 30; i++) right.saveEvent(event("Путин in Hanoi " + i, "2024-06-19"));
            leftTyping.join();
            assertThat(a.events().allHeaders()).hasSize(60);
            assertThat(b.events().search("Путин", 100)).hasSize(30);
            assertThat(left.history().done()).hasSize(30);
            // Each window undoes its own edit only.
            right.undo();
            assertThat(a.events().allHeaders()).extracting(EventHeader::title).doesNotContain("Путин in Hanoi 29").contains("习近平 in Hanoi 29");
        }
    }
}
