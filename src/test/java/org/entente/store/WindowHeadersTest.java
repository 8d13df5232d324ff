package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.DatePrecision;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packed window headers of V70: what the timeline reads for a window, and how it stays right. */
class WindowHeadersTest {
    @TempDir Path dir;
    Library lib;
    Actor vn, ru, cn, asean;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("window.db"));
        vn = lib.actors().save(Actor.country("Việt Nam", "VNM"));
        ru = lib.actors().save(Actor.country("Россия", "RUS"));
        cn = lib.actors().save(Actor.country("中国", "CHN"));
        asean = lib.actors().save(new Actor(0, "ASEAN", ActorKind.ORGANISATION, null, null));
    }

    @AfterEach
    void close() { lib.close(); }

    Event event(String title, String when, Actor... actors) {
        List<Participant> ps = Arrays.stream(actors).map(a -> new Participant(a, null)).toList();
        return new Event(0, title, DateRange.parse(when), Category.STATE_VISIT, ps, null, "summary", 4, List.of(), List.of());
    }

    static long day(String date) { return EventDate.parse(date).firstDay(); }

    /** actor_ids as SQL would derive it from event_actor, for every event. */
    List<String> storedVersusDerivedActorIds() {
        return lib.read(c -> {
            List<String> mismatches = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.actor_ids, coalesce((SELECT group_concat(actor_id, ',')"
                    + " FROM (SELECT actor_id FROM event_actor x WHERE x.event_id = e.id ORDER BY x.position)), '') FROM event e");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(2).equals(rs.getString(3))) mismatches.add(rs.getLong(1) + ": " + rs.getString(2) + " ≠ " + rs.getString(3));
                }
            }
            return mismatches;
        });
    }

    @Test
    void aWindowHeaderCarriesEveryFieldOfTheEventExactly() {
        Event e = lib.events().save(event("Путин в Ханое\tvới Tô Lâm\n习近平", "~2024-06-19/2024-06-20", ru, vn, asean));
        List<EventHeader> headers = lib.events().inWindow(day("2024-01-01"), day("2025-01-01"));
        assertThat(headers).hasSize(1);
        EventHeader h = headers.get(0);
        assertThat(h.id()).isEqualTo(e.id());
        // Control characters in a title become spaces, so they can never be taken for separators.
        assertThat(h.title()).isEqualTo("Путин в Ханое với Tô Lâm 习近平").isEqualTo(e.title());
        assertThat(h.startDay()).isEqualTo(day("2024-06-19"));
        assertThat(h.endDay()).isEqualTo(day("2024-06-21"));
        assertThat(h.approximate()).isTrue();
        assertThat(h.ongoing()).isFalse();
        assertThat(h.startPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(h.category()).isEqualTo(Category.STATE_VISIT.key());
        assertThat(h.importance()).isEqualTo(4);
        assertThat(h.actorIds()).containsExactly(ru.id(), vn.id(), asean.id());
    }

    @Test
    void participantsStayInStepThroughEditsAndRepeatedActors() {
        Event e = lib.events().save(event("Summit", "2012-07", vn, ru, vn, cn));
        assertThat(lib.events().inWindow(day("2012-01-01"), day("2013-01-01")).get(0).actorIds())
                .containsExactly(vn.id(), ru.id(), cn.id());
        lib.events().save(new Event(e.id(), "Summit", DateRange.parse("2012-07"), Category.MEETING,
                List.of(new Participant(cn, "host")), null, null, 2, List.of(), List.of()));
        EventHeader after = lib.events().inWindow(day("2012-01-01"), day("2013-01-01")).get(0);
        assertThat(after.actorIds()).containsExactly(cn.id());
        assertThat(after.category()).isEqualTo(Category.MEETING.key());
        assertThat(after.startPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(storedVersusDerivedActorIds()).isEmpty();
    }

    @Test
    void bulkLoadedEventsHaveTheSameHeadersAsSavedOnes() {
        List<Event> events = List.of(event("Đổi Mới anniversary", "1996", vn), event("Visit", "1996-03-02", vn, ru, vn),
                event("No one", "1996-05"));
        lib.bulkInsert(events.iterator(), events.size(), "test", null, null);
        assertThat(storedVersusDerivedActorIds()).isEmpty();
        List<EventHeader> headers = lib.events().inWindow(day("1996-01-01"), day("1997-01-01"));
        assertThat(headers).extracting(EventHeader::title).containsExactly("Đổi Mới anniversary", "Visit", "No one");
        assertThat(headers.get(1).actorIds()).hasSize(2);
        assertThat(headers.get(2).actorIds()).isEmpty();
        assertThat(headers.get(0).startPrecision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void aWindowHoldsEventsThatBeganBeforeItInStartOrderThenIdOrder() {
        Event ongoing = lib.events().save(event("Comprehensive strategic partnership in force", "2001-03/..", vn, ru));
        Event decade = lib.events().save(event("A long process", "2010/2019", vn, cn));
        Event before = lib.events().save(event("Over before", "2019-12-30/2019-12-31", vn));
        Event b = lib.events().save(event("B", "2020-05-01", vn));
        Event a = lib.events().save(event("A", "2020-05-01", ru));
        Event first = lib.events().save(event("First", "2020-01-01", cn));
        Event after = lib.events().save(event("Next year", "2021-01-01", cn));
        List<Long> ids = lib.events().inWindow(day("2020-01-01"), day("2021-01-01")).stream().map(EventHeader::id).toList();
        assertThat(ids).containsExactly(ongoing.id(), first.id(), b.id(), a.id()).doesNotContain(before.id(), after.id(), decade.id());
        List<Long> wider = lib.events().inWindow(day("2019-06-01"), day("2021-01-01")).stream().map(EventHeader::id).toList();
        assertThat(wider).containsExactly(ongoing.id(), decade.id(), before.id(), first.id(), b.id(), a.id());
    }

    @Test
    void timelineWindowsKeepTheEarliestEventsWhenTheLimitCutsAndApplyFilters() {
        for (int i = 1; i <= 9; i++) lib.events().save(event("Visit " + i, "2020-0" + i + "-01", i % 2 == 0 ? ru : cn, vn));
        TimelineQueries q = new TimelineQueries(lib);
        TimelineQueries.Window cut = q.inWindow(day("2020-01-01"), day("2021-01-01"), EventFilter.NONE, 4);
        assertThat(cut.complete()).isFalse();
        assertThat(cut.events()).extracting(EventHeader::title).containsExactly("Visit 1", "Visit 2", "Visit 3", "Visit 4");
        TimelineQueries.Window russia = q.inWindow(day("2020-01-01"), day("2021-01-01"), EventFilter.NONE.withActors(java.util.Set.of(ru.id())), 100);
        assertThat(russia.complete()).isTrue();
        assertThat(russia.events()).extracting(EventHeader::title).containsExactly("Visit 2", "Visit 4", "Visit 6", "Visit 8");
    }

    @Test
    void aOneYearWindowIsOneRangeScanOfTheWindowIndexWithNoSort() {
        String plan = lib.read(c -> {
            StringBuilder sb = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT " + EventStore.HEADER_COLUMNS
                    + " FROM event e WHERE e.start_day >= 1 AND e.start_day < 2 ORDER BY e.start_day, e.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sb.append(rs.getString(4)).append('\n');
            }
            return sb.toString();
        });
        // The header's value is in the index: SQLite's deferred seek never visits the table row.
        assertThat(plan).contains("USING INDEX event_window (start_day>? AND start_day<?)").doesNotContain("TEMP B-TREE");
    }

    /**
     * V80 keeps only events longer than a day in the R*Tree: windows must still hold exactly the
     * events that overlap them, for spans on either side of that threshold, whether the events
     * were saved, bulk-loaded or moved across the threshold by an edit.
     */
    @Test
    void windowsHoldExactlyTheOverlappingEventsWhateverTheirLength() {
        java.util.Random r = new java.util.Random(80);
        long base = day("2000-01-01");
        int[] lengths = {1, 2, 30, 31, 32, 33, 34, 60, 365, 366, 4000};
        List<Event> bulk = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long start = base + r.nextInt(3000);
            int length = lengths[r.nextInt(lengths.length)];
            String when = java.time.LocalDate.ofEpochDay(start) + (length == 1 ? "" : "/" + java.time.LocalDate.ofEpochDay(start + length - 1));
            Event e = event("E" + i, i % 50 == 0 ? java.time.LocalDate.ofEpochDay(start) + "/.." : when, vn);
            if (i % 2 == 0) lib.events().save(e); else bulk.add(e);
        }
        lib.bulkInsert(bulk.iterator(), bulk.size(), "test", null, null);
        // Edits that move events across the threshold, both ways.
        for (EventHeader h : lib.events().allHeaders().subList(0, 40)) {
            Event e = lib.events().byId(h.id()).orElseThrow();
            long start = h.startDay();
            String when = h.endDay() - h.startDay() > 1 ? java.time.LocalDate.ofEpochDay(start).toString()
                    : java.time.LocalDate.ofEpochDay(start) + "/" + java.time.LocalDate.ofEpochDay(start + 1 + r.nextInt(40));
            lib.events().save(new Event(e.id(), e.title(), DateRange.parse(when), e.category(), e.participants(), e.place(),
                    e.summary(), e.importance(), e.tags(), e.sources()));
        }
        List<EventHeader> all = lib.events().allHeaders();
        for (int w = 0; w < 300; w++) {
            long from = base - 100 + r.nextInt(3300);
            long to = from + 1 + r.nextInt(w % 3 == 0 ? 2 : 400);
            List<Long> expected = all.stream().filter(h -> h.startDay() < to && h.endDay() > from)
                    .sorted(EventStore.START_ORDER).map(EventHeader::id).toList();
            assertThat(lib.events().inWindow(from, to)).extracting(EventHeader::id).as("window [%d, %d)", from, to).isEqualTo(expected);
        }
        Long inTree = lib.read(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM event_span")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(inTree).isEqualTo(all.stream().filter(h -> h.endDay() - h.startDay() > EventStore.SPANS_LONGER_THAN).count())
                .isLessThan(all.size());
    }

    /** The library's extent as one aggregate over every event computes it (what extent() read before it used the indexes). */
    java.util.Optional<List<Long>> extentByScan() {
        return lib.read(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT min(start_day), max(CASE WHEN ongoing = 1 THEN start_day + 1 ELSE end_day END) FROM event")) {
                rs.next();
                return rs.getObject(1) == null ? java.util.Optional.<List<Long>>empty() : java.util.Optional.of(List.of(rs.getLong(1), rs.getLong(2)));
            }
        });
    }

    java.util.Optional<List<Long>> extent() { return lib.events().extent().map(e -> List.of(e[0], e[1])); }

    /**
     * The extent (the timeline's "fit all" and its lane counts ask for it on every opening) is read
     * from the ends of the indexes, and is still exactly the first start and the latest end:
     * events ending after the last start whether long or a day, ongoing ones counted as ending the
     * day after they began, through saves, bulk loads, edits across the R*Tree's threshold and deletes.
     */
    @Test
    void theExtentIsTheFirstStartAndTheLatestEndReadFromIndexesAlone() {
        assertThat(extent()).isEmpty();
        Event early = lib.events().save(event("early", "1950-03-01", vn));
        assertThat(extent()).contains(List.of(day("1950-03-01"), day("1950-03-02")));
        // An ongoing event that began early does not stretch the extent to the end of time.
        Event ongoing = lib.events().save(event("ongoing", "1960-01-01/..", vn, ru));
        assertThat(extent()).isEqualTo(extentByScan()).contains(List.of(day("1950-03-01"), day("1960-01-02")));
        // A long event that began before the last start and ends after it.
        Event war = lib.events().save(event("war", "1955-01-01/1975-04-30", vn));
        lib.events().save(event("last start", "1970-06-01", vn));
        assertThat(extent()).isEqualTo(extentByScan()).contains(List.of(day("1950-03-01"), day("1975-05-01")));
        // A year-precision event (longer than a day) starting last, and bulk-loaded ones.
        List<Event> bulk = new ArrayList<>();
        java.util.Random r = new java.util.Random(15);
        for (int i = 0; i < 300; i++) {
            long start = day("1940-01-01") + r.nextInt(20_000);
            int length = new int[] {1, 2, 40, 900}[r.nextInt(4)];
            bulk.add(event("B" + i, i % 97 == 0 ? java.time.LocalDate.ofEpochDay(start) + "/.."
                    : length == 1 ? java.time.LocalDate.ofEpochDay(start).toString()
                    : java.time.LocalDate.ofEpochDay(start) + "/" + java.time.LocalDate.ofEpochDay(start + length - 1), cn));
        }
        lib.bulkInsert(bulk.iterator(), bulk.size(), "test", null, null);
        lib.events().save(event("a year", "1996", ru));
        assertThat(extent()).isEqualTo(extentByScan());
        // The long event made one day long (out of the R*Tree) and the early one deleted.
        lib.events().save(new Event(war.id(), war.title(), DateRange.parse("1955-01-01"), war.category(), war.participants(), null,
                war.summary(), war.importance(), List.of(), List.of()));
        lib.events().delete(early.id());
        lib.events().delete(ongoing.id());
        assertThat(extent()).isEqualTo(extentByScan());
        for (EventHeader h : lib.events().allHeaders()) {
            lib.events().delete(h.id());
            if (r.nextInt(20) == 0) assertThat(extent()).as("after deleting %d", h.id()).isEqualTo(extentByScan());
        }
        assertThat(extent()).isEmpty();
    }

    @Test
    void theExtentNeverScansTheEventTable() {
        for (String sql : List.of(EventStore.EXTENT_STARTS, EventStore.EXTENT_LONG_END)) {
            String plan = lib.read(c -> {
                StringBuilder sb = new StringBuilder();
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                    if (sql.contains("?")) ps.setLong(1, 0);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) sb.append(rs.getString(4)).append('\n');
                    }
                }
                return sb.toString();
            });
            assertThat(plan).as(sql).doesNotContainPattern("SCAN (event|e)\\b");
            if (sql.contains("event_span")) assertThat(plan).as(sql).contains("VIRTUAL TABLE INDEX");
        }
    }
}
