package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.EventLink;
import org.entente.model.LinkKind;
import org.entente.model.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineQueriesTest {
    @TempDir Path dir;
    Library lib;
    TimelineQueries q;
    Actor vn, ru, cn, us, asean;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("timeline.db"));
        q = new TimelineQueries(lib);
        vn = lib.actors().save(Actor.country("Vietnam", "VNM"));
        ru = lib.actors().save(Actor.country("Russia", "RUS"));
        cn = lib.actors().save(Actor.country("China", "CHN"));
        us = lib.actors().save(Actor.country("United States", "USA"));
        asean = lib.actors().save(new Actor(0, "ASEAN", ActorKind.ORGANISATION, null, null));
    }

    @AfterEach
    void close() { lib.close(); }

    Event save(String title, String when, Category category, int importance, List<String> tags, Actor... actors) {
        List<Participant> ps = Arrays.stream(actors).map(a -> new Participant(a, null)).toList();
        return lib.events().save(new Event(0, title, DateRange.parse(when), category, ps, null, null, importance, tags, List.of()));
    }

    static long day(String date) { return EventDate.parse(date).firstDay(); }

    @Test
    void pairLaneIsTheFirstTwoCountriesSortedAndSkipsOrganisations() {
        Event putin = save("Путин в Ханое", "2024-06-19/2024-06-20", Category.STATE_VISIT, 5, List.of(), ru, vn);
        Event summit = save("ASEAN summit with Tô Lâm", "2024-10-09", Category.MEETING, 3, List.of(), asean, vn, cn, us);
        Event alone = save("Tô Lâm elected", "2024-05-22", Category.LEADERSHIP_CHANGE, 4, List.of(), vn);
        Event none = save("ASEAN statement", "2024-01", Category.STATEMENT, 2, List.of(), asean);
        Map<Long, String> keys = q.pairKeys(List.of(putin.id(), summit.id(), alone.id(), none.id()));
        assertThat(keys).containsEntry(putin.id(), LaneKeys.pairKey(vn.id(), ru.id()))
                .containsEntry(summit.id(), LaneKeys.pairKey(vn.id(), cn.id()))
                .containsEntry(alone.id(), "pair:" + vn.id())
                .containsEntry(none.id(), "pair:none");
        assertThat(LaneKeys.pairKey(ru.id(), vn.id())).isEqualTo(LaneKeys.pairKey(vn.id(), ru.id()));
    }

    @Test
    void laneTableFollowsEditsAndDeletes() {
        Event e = save("Visit", "2023-12-12", Category.STATE_VISIT, 3, List.of(), cn, vn);
        lib.events().save(new Event(e.id(), e.title(), DateRange.parse("2013-12-12"), e.category(),
                List.of(new Participant(us, null), new Participant(vn, null)), null, null, 5, List.of(), List.of()));
        assertThat(q.pairKeys(List.of(e.id()))).containsEntry(e.id(), LaneKeys.pairKey(us.id(), vn.id()));
        // moved to 2013 and more important: the density query sees the new day and importance
        List<DensityCell> cells = q.density(day("2013-01-01"), day("2014-01-01"), 365, LaneGrouping.ACTOR_PAIR, EventFilter.NONE);
        assertThat(cells).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(1);
            assertThat(c.topImportance()).isEqualTo(5);
        });
        lib.events().delete(e.id());
        assertThat(q.countStarting(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4, EventFilter.NONE)).isZero();
    }

    @Test
    void windowKeepsOverlappingEventsAndPushesFiltersIntoSql() {
        save("Putin visit", "2024-06-19/2024-06-20", Category.STATE_VISIT, 5, List.of("Russia", "visit"), ru, vn);
        save("Xi visit", "2023-12-12/2023-12-13", Category.STATE_VISIT, 4, List.of("visit"), cn, vn);
        save("Biden visit", "2023-09-10/2023-09-11", Category.STATE_VISIT, 5, List.of("upgrade"), us, vn);
        save("Long talks", "2020/2025", Category.MEETING, 2, List.of(), cn, vn);
        save("Old one", "2008-05", Category.AGREEMENT, 3, List.of(), cn, vn);
        long from = day("2023-09-01"), to = day("2024-09-01");

        assertThat(titles(q.inWindow(from, to, EventFilter.NONE, 100).events()))
                .containsExactly("Long talks", "Biden visit", "Xi visit", "Putin visit");
        assertThat(titles(q.inWindow(from, to, EventFilter.NONE.withActors(Set.of(ru.id())), 100).events())).containsExactly("Putin visit");
        assertThat(titles(q.inWindow(from, to, EventFilter.NONE.withCategories(Set.of("meeting")), 100).events())).containsExactly("Long talks");
        assertThat(titles(q.inWindow(from, to, EventFilter.NONE.withTags(Set.of("VISIT")), 100).events())).containsExactly("Xi visit", "Putin visit");
        assertThat(titles(q.inWindow(from, to, EventFilter.NONE.withImportance(5, 5), 100).events())).containsExactly("Biden visit", "Putin visit");
        assertThat(titles(q.inWindow(from, to, EventFilter.NONE.withDates(day("2024-01-01"), day("2030-01-01")), 100).events()))
                .containsExactly("Long talks", "Putin visit");
        assertThat(titles(q.inWindow(from, to, EventFilter.NONE.withPairs(Set.of(LaneKeys.pairKey(vn.id(), cn.id()))), 100).events()))
                .containsExactly("Long talks", "Xi visit");
    }

    @Test
    void windowStopsAtItsLimitAndSaysSo() {
        for (int i = 1; i <= 9; i++) save("Meeting " + i, "2019-0" + i + "-01", Category.MEETING, 3, List.of(), vn, cn);
        TimelineQueries.Window w = q.inWindow(day("2019-01-01"), day("2020-01-01"), EventFilter.NONE, 5);
        assertThat(w.complete()).isFalse();
        assertThat(w.events()).hasSize(5);
        assertThat(q.inWindow(day("2019-01-01"), day("2020-01-01"), EventFilter.NONE, 9).complete()).isTrue();
    }

    @Test
    void densityCountsPerLaneAndBucketWithTheMostImportantEvent() {
        save("a", "2010-02-01", Category.MEETING, 2, List.of(), vn, cn);
        Event top = save("b", "2010-03-01", Category.AGREEMENT, 5, List.of(), cn, vn);
        save("c", "2010-04-01", Category.MEETING, 1, List.of(), vn, cn);
        save("d", "2011-04-01", Category.MEETING, 3, List.of(), vn, ru);
        save("e", "2011-05-01", Category.STATEMENT, 3, List.of(), vn);
        long from = day("2010-01-01"), to = day("2012-01-01");
        List<DensityCell> cells = q.density(from, to, 365, LaneGrouping.ACTOR_PAIR, EventFilter.NONE);
        String vnCn = LaneKeys.pairKey(vn.id(), cn.id());
        assertThat(cells).filteredOn(c -> c.laneKey().equals(vnCn)).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(3);
            assertThat(c.topEventId()).isEqualTo(top.id());
            assertThat(c.bucketStartDay()).isEqualTo(from);
            assertThat(c.bucketEndDay()).isEqualTo(from + 365);
        });
        assertThat(cells).extracting(DensityCell::laneKey)
                .containsExactlyInAnyOrder(vnCn, LaneKeys.pairKey(vn.id(), ru.id()), "pair:" + vn.id());
        assertThat(cells.stream().mapToInt(DensityCell::count).sum()).isEqualTo(5);

        Map<String, Integer> byCategory = q.density(from, to, 10_000, LaneGrouping.CATEGORY, EventFilter.NONE).stream()
                .collect(Collectors.toMap(DensityCell::laneKey, DensityCell::count));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of("category:meeting", 3, "category:agreement", 1, "category:statement", 1));

        Map<String, Integer> byCountry = q.density(from, to, 10_000, LaneGrouping.COUNTRY, EventFilter.NONE).stream()
                .collect(Collectors.toMap(DensityCell::laneKey, DensityCell::count));
        assertThat(byCountry).containsExactlyInAnyOrderEntriesOf(Map.of(LaneKeys.countryKey(vn.id()), 5,
                LaneKeys.countryKey(cn.id()), 3, LaneKeys.countryKey(ru.id()), 1));

        // lanes outside the named ones are counted together, in SQL
        Map<String, Integer> folded = q.density(from, to, 10_000, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, Set.of(vnCn)).stream()
                .collect(Collectors.toMap(DensityCell::laneKey, DensityCell::count));
        assertThat(folded).containsExactlyInAnyOrderEntriesOf(Map.of(vnCn, 3, LaneKeys.OTHER, 2));
        Map<String, Integer> foldedCategories = q.density(from, to, 10_000, LaneGrouping.CATEGORY, EventFilter.NONE,
                Set.of("category:meeting")).stream().collect(Collectors.toMap(DensityCell::laneKey, DensityCell::count));
        assertThat(foldedCategories).containsExactlyInAnyOrderEntriesOf(Map.of("category:meeting", 3, LaneKeys.OTHER, 2));

        assertThat(q.density(from, to, 10_000, LaneGrouping.NONE, EventFilter.NONE.withImportance(3, 5)))
                .singleElement().extracting(DensityCell::count).isEqualTo(3);
    }

    @Test
    void linksAmongOnlyThoseWithBothEndsInTheSet() {
        Event a = save("Upgrade announced", "2023-09-10", Category.PARTNERSHIP_CHANGE, 5, List.of(), vn, us);
        Event b = save("Follow-up talks", "2023-11", Category.MEETING, 3, List.of(), vn, us);
        Event c = save("China responds", "2023-12-12", Category.STATE_VISIT, 4, List.of(), cn, vn);
        lib.links().save(new EventLink(0, a.id(), b.id(), LinkKind.LED_TO));
        lib.links().save(new EventLink(0, c.id(), a.id(), LinkKind.IN_RESPONSE_TO));
        assertThat(q.linksAmong(List.of(a.id(), b.id()))).singleElement().extracting(EventLink::toEventId).isEqualTo(b.id());
        assertThat(q.linksAmong(List.of(a.id(), b.id(), c.id()))).hasSize(2);
        assertThat(q.byIds(List.of(c.id(), a.id()))).extracting(EventHeader::title).containsExactly("Upgrade announced", "China responds");
    }

    static List<String> titles(List<EventHeader> hs) { return hs.stream().map(EventHeader::title).toList(); }
}
