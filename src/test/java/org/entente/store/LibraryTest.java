package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir Path dir;

    static Event event(String title, String when, String... actors) {
        List<Participant> ps = java.util.Arrays.stream(actors).map(n -> new Participant(Actor.country(n, null), null)).toList();
        return new Event(0, title, DateRange.parse(when), Category.STATE_VISIT, ps, null, "summary of " + title, 3,
                List.of("tag-a"), List.of(Citation.of(new Source(0, "A source", "Pub", null, null, "https://example.org/a", null, null))));
    }

    @Test
    void createsMigratesAndRoundTripsAnEvent() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            assertThat(lib.wasCreated()).isTrue();
            Event saved = lib.events().save(event("Tô Lâm elected", "2024-05-22", "Vietnam"));
            Event read = lib.events().byId(saved.id()).orElseThrow();
            assertThat(read.title()).isEqualTo("Tô Lâm elected");
            assertThat(read.when()).isEqualTo(DateRange.parse("2024-05-22"));
            assertThat(read.participants()).extracting(p -> p.actor().name()).containsExactly("Vietnam");
            assertThat(read.sources()).extracting(c -> c.source().title()).containsExactly("A source");
            assertThat(read.tags()).containsExactly("tag-a");
        }
    }

    @Test
    void windowQueryFindsOverlappingEventsIncludingLongAndOngoing() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            lib.events().save(event("in", "2012-07", "Vietnam", "Russia"));
            lib.events().save(event("before", "2010-01-01", "Vietnam"));
            lib.events().save(event("long", "2000/2020", "Vietnam"));
            lib.events().save(event("ongoing", "2011-01/..", "Vietnam"));
            List<EventHeader> w = lib.events().inWindow(EventDate.parse("2012-07-15").firstDay(), EventDate.parse("2012-08-01").firstDay());
            assertThat(w).extracting(EventHeader::title).containsExactlyInAnyOrder("in", "long", "ongoing");
            EventHeader in = w.stream().filter(h -> h.title().equals("in")).findFirst().orElseThrow();
            assertThat(in.actorIds()).hasSize(2);
        }
    }

    @Test
    void searchIgnoresDiacritics() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            lib.events().save(event("Tô Lâm elected State President", "2024-05-22", "Vietnam"));
            lib.events().save(event("Vương Đình Huệ resigns", "2024-04-26", "Vietnam"));
            lib.events().save(event("Путин в Ханое", "2024-06-19", "Russia"));
            assertThat(lib.events().search("To Lam", 10)).extracting(h -> h.event().title()).containsExactly("Tô Lâm elected State President");
            assertThat(lib.events().search("dinh hue", 10)).hasSize(1);
            assertThat(lib.events().search("путин", 10)).hasSize(1);
        }
    }

    @Test
    void refusesForeignFileAndLeavesItUnchanged() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.execute("CREATE TABLE x(a)");
        }
        byte[] before = Files.readAllBytes(foreign);
        assertThatThrownBy(() -> Library.open(foreign)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("foreign.db").hasMessageContaining("not an Entente library");
        assertThat(Files.readAllBytes(foreign)).isEqualTo(before);
    }
}
