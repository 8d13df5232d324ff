package org.entente.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Annotation;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Note;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's loads mark annotated events for the control and keep only them under "My annotations". */
class AnnotatedTimelineTest {
    @TempDir Path dir;

    private static Event event(String title, String when) {
        return new Event(0, title, DateRange.parse(when), Category.STATE_VISIT,
                List.of(new Participant(Actor.country("Vietnam", "VNM"), null), new Participant(Actor.country("Russia", "RUS"), null)),
                null, null, 3, List.of(), List.of());
    }

    @Test
    void annotatedEventsAreMarkedAndTheFilterKeepsOnlyThem() {
        try (Library lib = Library.open(dir.resolve("t.db"))) {
            Event starred = lib.events().save(event("Putin state visit to Hanoi", "2024-06-19/2024-06-20"));
            Event noted = lib.events().save(event("Tô Lâm visits Moscow", "2024-08"));
            Event plain = lib.events().save(event("Lavrov in Hanoi", "2024-03"));
            lib.annotations().save(new Annotation(new RecordRef(RecordKind.EVENT, starred.id()), true, null, List.of()));
            lib.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, noted.id()), "*check* the date", List.of(), null, null, null));

            TimelineLoader.Setup setup = TimelineLoader.setup(lib);
            long from = EventDate.parse("2024").firstDay(), to = EventDate.parse("2025").firstDay();
            for (boolean overview : List.of(false, true)) {
                LaneCatalogue lanes = TimelineLoader.lanes(lib, setup, LaneGrouping.COUNTRY, EventFilter.NONE, List.of());
                var all = TimelineLoader.window(lib, new TimelineLoader.WindowRequest(from, to, lanes, EventFilter.NONE,
                        overview ? 0 : 1000, 400), () -> false);
                assertThat(all.overview()).isEqualTo(overview);
                for (WindowEvent item : all.items())
                    assertThat(item.annotated()).as(item.title()).isEqualTo(item.id() != plain.id());
                assertThat(all.items()).extracting(WindowEvent::id).contains(plain.id(), starred.id(), noted.id());

                EventFilter mine = EventFilter.NONE.withAnnotatedOnly(true);
                var onlyMine = TimelineLoader.window(lib, new TimelineLoader.WindowRequest(from, to,
                        TimelineLoader.lanes(lib, setup, LaneGrouping.COUNTRY, mine, List.of()), mine, overview ? 0 : 1000, 400), () -> false);
                assertThat(onlyMine.items()).extracting(WindowEvent::id).containsOnly(starred.id(), noted.id());
                assertThat(onlyMine.items()).allMatch(WindowEvent::annotated);
            }
        }
    }
}
