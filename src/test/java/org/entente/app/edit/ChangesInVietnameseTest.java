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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The undo history names changes, and the editor its refusals, in the interface language. */
class ChangesInVietnameseTest {
    @TempDir Path dir;
    Library library;
    LibraryEditor editor;
    Actor vn, ru;

    @BeforeEach
    void open() {
        library = LibraryService.openOrCreateEmpty(dir.resolve("library.db"));
        vn = library.actors().save(new Actor(0, "Việt Nam", ActorKind.COUNTRY, "VNM", null));
        ru = library.actors().save(new Actor(0, "Россия", ActorKind.COUNTRY, "RUS", null));
        editor = new LibraryEditor(library, new UndoHistory());
        I18n.setLocale(I18n.VIETNAMESE);
    }

    @AfterEach
    void close() {
        I18n.setLocale(I18n.ENGLISH);
        library.close();
    }

    @Test
    void changesAreNamedInVietnamese() {
        Event visit = editor.saveEvent(new Event(0, "Путин visits Hà Nội", DateRange.parse("2024-06-19/2024-06-20"), Category.STATE_VISIT,
                List.of(new Participant(ru, "guest"), new Participant(vn, "host")), "Hà Nội", null, 5, List.of(), List.of()));
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo("Thêm sự kiện “Путин visits Hà Nội”");

        editor.saveAnnotation(new Annotation(new RecordRef(RecordKind.EVENT, visit.id()), true, null, List.of()));
        assertThat(editor.history().nextUndo().orElseThrow().description()).isEqualTo("Gắn sao sự kiện “Путин visits Hà Nội”");

        assertThatThrownBy(() -> editor.deleteActor(ru.id())).isInstanceOf(EditException.class)
                .hasMessage("Không thể xóa “Россия”: 1 sự kiện vẫn đang dùng chủ thể này. Hãy sửa hoặc xóa chúng trước.");
        assertThatThrownBy(() -> editor.deleteEvents(List.of(999_999L))).isInstanceOf(EditException.class)
                .hasMessage("Không có sự kiện nào mang mã 999999 (có thể đã bị xóa?). Chưa xóa gì.");

        I18n.setLocale(I18n.ENGLISH);
        assertThatThrownBy(() -> editor.deleteActor(ru.id())).isInstanceOf(EditException.class)
                .hasMessage("Cannot delete “Россия”: 1 event still uses it. Change or delete those first.");
    }
}
