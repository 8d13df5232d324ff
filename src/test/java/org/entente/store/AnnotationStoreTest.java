package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.LibraryTest.event;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Annotation;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.Note;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Provenance;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {
    @TempDir Path dir;

    private static RecordRef ev(long id) { return new RecordRef(RecordKind.EVENT, id); }

    @Test
    void marksRoundTripAndClearingThemRemovesTheRow() {
        try (Library lib = Library.open(dir.resolve("a.db"))) {
            Event e = lib.events().save(event("Tô Lâm visits Moscow", "2024-07-01", "Vietnam", "Russia"));
            assertThat(lib.annotations().of(ev(e.id()))).isEqualTo(Annotation.none(ev(e.id())));

            Annotation saved = lib.annotations().save(new Annotation(ev(e.id()), true, "#FFCC00", List.of("đổi mới", " exam ", "Exam")));
            assertThat(saved).isEqualTo(new Annotation(ev(e.id()), true, "#ffcc00", List.of("đổi mới", "exam")));
            assertThat(lib.annotations().of(ev(e.id()))).isEqualTo(saved);
            assertThat(lib.annotations().annotatedIds(RecordKind.EVENT)).containsExactly(e.id());

            lib.annotations().save(Annotation.none(ev(e.id())));
            assertThat(lib.annotations().annotatedIds(RecordKind.EVENT)).isEmpty();
            assertThat((int) lib.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM annotation")) {
                    rs.next();
                    return rs.getInt(1);
                }
            })).isZero();
        }
    }

    @Test
    void refusesToMarkARecordThatDoesNotExistAndBadColours() {
        try (Library lib = Library.open(dir.resolve("b.db"))) {
            assertThatThrownBy(() -> lib.annotations().save(new Annotation(ev(42), true, null, List.of())))
                    .hasMessageContaining("no event with id 42");
            assertThat(lib.annotations().annotatedIds(RecordKind.EVENT)).isEmpty();
        }
        assertThatThrownBy(() -> new Annotation(ev(1), false, "yellow", List.of())).hasMessageContaining("yellow");
    }

    @Test
    void notesAndMarksMakeARecordAnnotatedForTheFiltersAndTheSearch() {
        try (Library lib = Library.open(dir.resolve("c.db"))) {
            Event a = lib.events().save(event("Putin state visit to Hanoi", "2024-06-19/2024-06-20", "Vietnam", "Russia"));
            Event b = lib.events().save(event("Vietnam abstains on ES-11/1", "2022-03-02", "Vietnam"));
            Event c = lib.events().save(event("Tô Lâm elected", "2024-05-22", "Vietnam"));
            lib.notes().save(new Note(0, ev(b.id()), "Compare with **Đổi Mới** era votes", List.of(), null, null, null));
            lib.annotations().save(new Annotation(ev(c.id()), false, null, List.of("lecture-3")));

            assertThat(lib.annotations().annotatedIds(RecordKind.EVENT)).containsExactlyInAnyOrder(b.id(), c.id());
            assertThat(lib.annotations().annotatedAmong(RecordKind.EVENT, List.of(a.id(), b.id()))).containsExactly(b.id());
            assertThat(lib.events().listing(null, null, true, 100)).extracting(l -> l.header().id()).containsExactly(b.id(), c.id());
            assertThat(lib.events().listing(null, null, false, 100)).hasSize(3);

            // the note's text and the annotation's tags are searched, folded
            assertThat(lib.events().search("doi moi", 10)).extracting(h -> h.event().id()).containsExactly(b.id());
            assertThat(lib.events().listing("doi moi", null, false, 10)).extracting(l -> l.header().id()).containsExactly(b.id());
            assertThat(lib.events().search("lecture", 10)).extracting(h -> h.event().id()).containsExactly(c.id());
            lib.annotations().save(Annotation.none(ev(c.id())));
            assertThat(lib.events().search("lecture", 10)).isEmpty();

            // the timeline's queries honour the filter too
            TimelineQueries q = new TimelineQueries(lib);
            var w = q.inWindow(EventDate.parse("2020").firstDay(), EventDate.parse("2030").firstDay(),
                    EventFilter.NONE.withAnnotatedOnly(true), 100);
            assertThat(w.events()).extracting(h -> h.id()).containsExactly(b.id());

            // deleting the record takes its marks along
            lib.annotations().save(new Annotation(ev(a.id()), true, null, List.of()));
            lib.events().delete(a.id());
            assertThat(lib.annotations().allOf(RecordKind.EVENT)).doesNotContainKey(a.id());
        }
    }

    @Test
    void anyKindOfRecordCanBeMarkedAndShowsWhereItCameFrom() {
        try (Library lib = Library.open(dir.resolve("d.db"))) {
            Source src = new Source(0, "Direction of Trade Statistics", "IMF", null, EventDate.parse("2024"), null, null, null);
            Actor vn = new Actor(0, "Vietnam", ActorKind.COUNTRY, "VNM", null), ru = new Actor(0, "Russia", ActorKind.COUNTRY, "RUS", null);
            lib.importContent(new LibraryContent(List.of(vn, ru), List.of(src), List.of(),
                    List.of(new Partnership(0, vn, ru, PartnershipLevel.COMPREHENSIVE_STRATEGIC, null, EventDate.parse("2012-07"), null,
                            List.of(Citation.of(src)), null)),
                    List.of(new TradeFigure(0, vn, ru, 2021, TradeFlow.TOTAL, 7_100_000_000L, DataQuality.APPROXIMATE, Citation.of(src))),
                    List.of()), "import:trade.csv,ties.json");
            Partnership p = lib.partnerships().all().get(0);
            TradeFigure t = lib.trade().all().get(0);
            Actor actor = lib.actors().all().get(0);
            Event mine = lib.events().save(event("Mine", "2024", "Vietnam"));

            for (RecordRef ref : List.of(new RecordRef(RecordKind.PARTNERSHIP, p.id()), new RecordRef(RecordKind.TRADE_FIGURE, t.id()),
                    new RecordRef(RecordKind.ACTOR, actor.id())))
                lib.annotations().save(new Annotation(ref, true, null, List.of()));
            assertThat(lib.annotations().annotatedIds(RecordKind.PARTNERSHIP)).isEqualTo(Set.of(p.id()));
            assertThat(lib.annotations().annotatedIds(RecordKind.TRADE_FIGURE)).isEqualTo(Set.of(t.id()));

            Provenance imported = lib.annotations().provenance(new RecordRef(RecordKind.TRADE_FIGURE, t.id())).orElseThrow();
            assertThat(imported.originText()).isEqualTo("Imported from trade.csv, ties.json");
            Provenance own = lib.annotations().provenance(ev(mine.id())).orElseThrow();
            assertThat(own.originText()).isEqualTo("Added by you");
            assertThat(own.created()).isBeforeOrEqualTo(own.updated());
            assertThat(lib.annotations().provenance(ev(999))).isEmpty();
        }
    }
}
