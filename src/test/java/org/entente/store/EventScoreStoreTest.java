package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventScoreStoreTest {
    @TempDir Path dir;

    private static Event event(String title) {
        return new Event(0, title, DateRange.of(EventDate.ofDay(2024, 6, 20)), Category.MEETING, List.of(),
                null, null, 3, List.of(), List.of());
    }

    @Test
    void aScoreIsKeptWithItsBlanksReplacedWholeAndGoesWithItsEvent() {
        Path file = dir.resolve("scores.db");
        long id;
        EventScore score = new EventScore(3.4, -2.75, 12, 3, 11, "0423", 1_163_245_010L);
        try (Library lib = Library.open(file)) {
            id = lib.events().save(event("Tô Lâm meets Путин")).id();
            assertThat(lib.scores().find(id)).isEmpty();
            lib.scores().save(id, score);
            assertThat(lib.scores().hasGdeltId(1_163_245_010L)).isTrue();
            assertThat(lib.scores().hasGdeltId(7L)).isFalse();
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.scores().find(id)).contains(score);
            EventScore blanks = new EventScore(null, null, null, null, null, " ", null);
            lib.scores().save(id, blanks);
            assertThat(lib.scores().find(id)).contains(new EventScore(null, null, null, null, null, null, null));
            lib.scores().save(id, score);
            lib.events().delete(id);
            assertThat(lib.scores().find(id)).isEmpty();
            assertThat(lib.scores().hasGdeltId(1_163_245_010L)).isFalse();
        }
    }

    @Test
    void oneGdeltIdBelongsToOneEventAndAScoreOutOfRangeIsRefused() {
        try (Library lib = Library.open(dir.resolve("unique.db"))) {
            long a = lib.events().save(event("A")).id();
            long b = lib.events().save(event("B")).id();
            lib.scores().save(a, new EventScore(1.0, 0.0, 1, 1, 1, "010", 42L));
            assertThatThrownBy(() -> lib.scores().save(b, new EventScore(1.0, 0.0, 1, 1, 1, "010", 42L)))
                    .isInstanceOf(LibraryException.class);
            assertThat(lib.scores().find(b)).isEmpty();
            assertThatThrownBy(() -> new EventScore(10.5, 0.0, 1, 1, 1, "010", 43L)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
