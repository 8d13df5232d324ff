package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's stream of whole events gives exactly what reading each event by id gives. */
class EventStreamTest {
    @TempDir Path dir;

    @Test
    void streamedEventsEqualEventsReadOneByOneWhateverTheirParticipantsAndRoles() {
        try (Library lib = Library.open(dir.resolve("stream.db"))) {
            Actor vn = lib.actors().save(Actor.country("Việt Nam", "VNM"));
            Actor ru = lib.actors().save(Actor.country("Россия", "RUS"));
            Actor cn = lib.actors().save(Actor.country("中国", "CHN"));
            List<List<Participant>> casts = List.of(
                    List.of(),
                    List.of(new Participant(vn, null)),
                    // Positions against id order, so the stream must sort them.
                    List.of(new Participant(cn, Participant.HOST), new Participant(ru, null), new Participant(vn, "guest, observer")),
                    // A role holding the separators the packed read uses.
                    List.of(new Participant(ru, "host\u001Fand\u001Echair"), new Participant(vn, "guest:1,2")));
            List<Event> saved = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                saved.add(lib.events().save(new Event(0, "Event " + i, DateRange.parse("2024-06-" + (10 + i % 20)), Category.STATE_VISIT,
                        casts.get(i % casts.size()), null, "summary " + i, 3, List.of(), List.of())));
            }
            List<Event> streamed = new ArrayList<>();
            lib.events().forEach(streamed::add);
            assertThat(streamed).hasSize(saved.size());
            for (Event e : streamed) assertThat(e).isEqualTo(lib.events().byId(e.id()).orElseThrow());
            assertThat(streamed.get(3).participants()).extracting(Participant::role).containsExactly("host\u001Fand\u001Echair", "guest:1,2");
            assertThat(streamed.get(2).participants()).extracting(p -> p.actor().name()).containsExactly("中国", "Россия", "Việt Nam");
        }
    }

    @Test
    void theUtf8StreamGivesTheSameEventsWithTheLibrarysBytes() throws Exception {
        assertUtf8StreamAgrees(dir.resolve("utf8.entente"));
    }

    private static void assertUtf8StreamAgrees(Path file) {
        try (Library lib = Library.open(file)) {
            Actor vn = lib.actors().save(Actor.country("Việt Nam", "VNM"));
            lib.events().save(new Event(0, "Tô Lâm, Võ Văn Thưởng 😀", DateRange.parse("2024-06-20"), Category.STATE_VISIT,
                    List.of(new Participant(vn, "host")), "Hà Nội", "Путин, 习近平\r\nline two", 5, List.of("Đối tác"), List.of()));
            lib.events().save(new Event(0, "Plain", DateRange.parse("2024"), Category.MEETING, List.of(), null, null, 1, List.of(), List.of()));
            lib.write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE event SET title = '  padded  ', place = '', summary = ' ' WHERE title = 'Plain'");
                }
                return null;
            });
            List<Event> events = new ArrayList<>();
            List<org.entente.model.Utf8Event> utf8 = new ArrayList<>();
            lib.events().forEach(events::add);
            lib.events().forEachUtf8(made -> utf8.add(made.get()));
            assertThat(utf8).extracting(org.entente.model.Utf8Event::toEvent).isEqualTo(events);
            assertThat(utf8.get(0).title()).isEqualTo("Tô Lâm, Võ Văn Thưởng 😀".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(utf8.get(1).title()).isEqualTo("padded".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(utf8.get(1).place()).isNull();
            assertThat(utf8.get(1).summary()).isNull();
        }
    }
}
