package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The lane summary ({@code lane_block}, V93) against the direct aggregate of the events as they
 * are, computed here in Java from every event's header: after saves, edits that move, re-categorise
 * and re-participant events, deletes, undo and redo, an actor that stops being a country, bulk
 * loads into an empty and a filled library, and the migration of a library made before it.
 */
class LaneBlocksTest {
    @TempDir Path dir;
    Library lib;
    List<Actor> countries = new ArrayList<>();
    Actor asean, person;
    final List<Category> categories = List.of(Category.STATE_VISIT, Category.MEETING, Category.AGREEMENT, Category.STATEMENT);

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lanes.entente"));
        for (String[] c : new String[][] {{"Việt Nam", "VNM"}, {"Россия", "RUS"}, {"中国", "CHN"}, {"United States", "USA"}, {"Lào", "LAO"}})
            countries.add(lib.actors().save(Actor.country(c[0], c[1])));
        asean = lib.actors().save(new Actor(0, "ASEAN", ActorKind.ORGANISATION, null, null));
        person = lib.actors().save(new Actor(0, "Tô Lâm", ActorKind.PERSON, null, null));
    }

    @AfterEach
    void close() { lib.close(); }

    // ---- the direct aggregate ------------------------------------------------------------------

    /** lane → block → "count top-id top-importance top-start", from every event's header and the actors' kinds. */
    static Map<String, String> directAggregate(Library lib) {
        Map<Long, ActorKind> kinds = new HashMap<>();
        for (Actor a : lib.actors().all()) kinds.put(a.id(), a.kind());
        record Top(int n, long id, int importance, long start) {}
        Map<String, Top> cells = new TreeMap<>();
        for (EventHeader h : lib.events().allHeaders()) {
            List<Long> inCountries = new ArrayList<>();
            for (long id : h.actorIds()) if (kinds.get(id) == ActorKind.COUNTRY && !inCountries.contains(id)) inCountries.add(id);
            List<String> lanes = new ArrayList<>();
            lanes.add(LaneKeys.pairKey(inCountries.isEmpty() ? 0 : inCountries.get(0), inCountries.size() < 2 ? 0 : inCountries.get(1)));
            for (long id : inCountries) lanes.add(LaneKeys.countryKey(id));
            lanes.add(LaneKeys.categoryKey(h.category()));
            long block = Math.floorDiv(h.startDay(), 512);
            for (String lane : lanes) {
                cells.merge(lane + " @" + block, new Top(1, h.id(), h.importance(), h.startDay()), (a, b) -> {
                    boolean bWins = b.importance() != a.importance() ? b.importance() > a.importance()
                            : b.start() != a.start() ? b.start() < a.start() : b.id() < a.id();
                    Top t = bWins ? b : a;
                    return new Top(a.n() + b.n(), t.id(), t.importance(), t.start());
                });
            }
        }
        Map<String, String> out = new TreeMap<>();
        cells.forEach((k, t) -> out.put(k, t.n() + " " + t.id() + " " + t.importance() + " " + t.start()));
        return out;
    }

    static Map<String, String> summary(Library lib) {
        return lib.read(c -> {
            Map<String, String> out = new TreeMap<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT lane, block, events, top_event, top_importance, top_start FROM lane_block")) {
                while (rs.next())
                    out.put(rs.getString(1) + " @" + rs.getLong(2), rs.getLong(3) + " " + rs.getString(4) + " " + rs.getString(5) + " " + rs.getString(6));
            }
            return out;
        });
    }

    void assertSummaryExact(String after) {
        assertThat(summary(lib)).as("lane_block after " + after).isEqualTo(directAggregate(lib));
    }

    // ---- events --------------------------------------------------------------------------------

    Event randomEvent(Random r, long id) {
        // Few blocks of 512 days, so that cells hold many events, tops are often taken away and
        // ties (same importance, same day) happen; a few BCE years for negative blocks.
        int year = r.nextInt(10) == 0 ? -1 - r.nextInt(3) : 1998 + r.nextInt(6);
        EventDate start = EventDate.ofDay(year, 1 + r.nextInt(12), 1 + r.nextInt(3));
        List<Participant> ps = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(countries.size() + 2);
            Actor a = pick < countries.size() ? countries.get(pick) : pick == countries.size() ? asean : person;
            if (ps.stream().noneMatch(p -> p.actor().id() == a.id())) ps.add(new Participant(a, null));
        }
        return new Event(id, "Sự kiện " + r.nextInt(1000), DateRange.of(start), categories.get(r.nextInt(categories.size())), ps, null,
                null, 1 + r.nextInt(5), List.of(), List.of());
    }

    @Test
    void theSummaryIsTheDirectAggregateThroughSavesEditsDeletesAndUndo() {
        Random r = new Random(15);
        List<Event> saved = new ArrayList<>();
        for (int i = 0; i < 120; i++) saved.add(lib.events().save(randomEvent(r, 0)));
        assertSummaryExact("saves");

        for (int i = 0; i < 60; i++) {
            Event e = saved.get(r.nextInt(saved.size()));
            Event other = randomEvent(r, e.id());
            Event edited = switch (i % 4) {
                case 0 -> new Event(e.id(), e.title(), other.when(), e.category(), e.participants(), null, null, e.importance(), List.of(), List.of());
                case 1 -> new Event(e.id(), e.title(), e.when(), other.category(), e.participants(), null, null, other.importance(), List.of(), List.of());
                case 2 -> new Event(e.id(), e.title(), e.when(), e.category(), other.participants(), null, null, e.importance(), List.of(), List.of());
                default -> other;
            };
            saved.set(saved.indexOf(e), lib.events().save(edited));
            assertSummaryExact("edit " + i + " (" + (i % 4) + ")");
        }

        // The most important events first: each is the top of its cells.
        saved.sort(java.util.Comparator.comparingInt(Event::importance).reversed());
        for (int i = 0; i < 20; i++) lib.events().delete(saved.remove(0).id());
        assertSummaryExact("deletes");

        // Undo and redo of an edit that moves an event, changes its category and its countries.
        Event e = saved.get(0);
        Map<String, String> before = summary(lib);
        ChangeRecorder.Recorded<Event> edit = ChangeRecorder.record(lib, c -> EventStore.save(c,
                new Event(e.id(), e.title(), DateRange.parse("-0044-03-15"), Category.AGREEMENT,
                        List.of(new Participant(countries.get(4), null), new Participant(countries.get(2), null)), null, null, 5,
                        List.of(), List.of()), "user"));
        assertSummaryExact("the recorded edit");
        ChangeRecorder.revert(lib, edit.delta());
        assertSummaryExact("undo");
        assertThat(summary(lib)).isEqualTo(before);
        ChangeRecorder.reapply(lib, edit.delta());
        assertSummaryExact("redo");

        // Undo of a delete puts the event back in its cells.
        ChangeRecorder.Recorded<Void> delete = ChangeRecorder.record(lib, c -> {
            EventStore.delete(c, saved.get(1).id());
            return null;
        });
        assertSummaryExact("the recorded delete");
        ChangeRecorder.revert(lib, delete.delta());
        assertSummaryExact("undo of the delete");

        // An actor that stops being a country leaves the pair and country lanes; and comes back.
        Actor ru = countries.get(1);
        lib.actors().save(new Actor(ru.id(), ru.name(), ActorKind.ORGANISATION, null, null));
        assertSummaryExact("Russia made an organisation");
        lib.actors().save(new Actor(ru.id(), ru.name(), ActorKind.COUNTRY, "RUS", null));
        assertSummaryExact("Russia a country again");

        for (Event left : saved) lib.events().delete(left.id());
        assertSummaryExact("deleting every event");
        assertThat(summary(lib)).isEmpty();
    }

    @Test
    void bulkLoadsIntoAnEmptyAndAFilledLibraryFillTheSummaryAsTheTriggersWould() {
        Random r = new Random(7);
        List<Event> first = new ArrayList<>();
        for (int i = 0; i < 400; i++) first.add(randomEvent(r, 0));
        lib.bulkInsert(first.iterator(), first.size(), "test", null, null);
        assertSummaryExact("a bulk load into an empty library");
        for (int i = 0; i < 30; i++) lib.events().save(randomEvent(r, 0));
        List<Event> second = new ArrayList<>();
        for (int i = 0; i < 300; i++) second.add(randomEvent(r, 0));
        lib.bulkInsert(second.iterator(), second.size(), "test", null, null);
        assertSummaryExact("a second bulk load on top of saved events");
        // The triggers are back after the load.
        lib.events().save(randomEvent(r, 0));
        assertSummaryExact("a save after the loads");
        List<String> triggers = lib.read(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'lane_block%'")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
        assertThat(triggers).containsAll(LaneBlocks.INSERT_TRIGGERS);
    }

    @Test
    void aLibraryMadeBeforeTheSummaryIsFilledByItsMigration() throws Exception {
        lib.close();
        Path file = dir.resolve("v92.entente");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").mixed(true).target("92").load().migrate();
        Random r = new Random(92);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("INSERT INTO actor (id, name, kind) VALUES (1, 'Việt Nam', 'country'), (2, 'Россия', 'country'),"
                    + " (3, '中国', 'country'), (4, 'ASEAN', 'organisation')");
            for (int i = 1; i <= 300; i++) {
                long day = -30_000 + r.nextInt(50_000);
                st.execute("INSERT INTO event (id, title, when_text, start_day, end_day, category, importance) VALUES (" + i + ", 'E" + i
                        + "', 'x', " + day + ", " + (day + 1) + ", '" + categories.get(r.nextInt(categories.size())).key() + "', "
                        + (1 + r.nextInt(5)) + ")");
                int position = 0;
                for (int a = 1; a <= 4; a++)
                    if (r.nextInt(3) == 0) st.execute("INSERT INTO event_actor (event_id, actor_id, position) VALUES (" + i + ", " + a + ", " + position++ + ")");
                st.execute("UPDATE event SET actor_ids = coalesce((SELECT group_concat(actor_id, ',' ORDER BY position) FROM event_actor"
                        + " WHERE event_id = " + i + "), '') WHERE id = " + i);
            }
        }
        lib = Library.open(file);
        int cells = lib.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM lane_block")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(cells).isPositive();
        assertSummaryExact("the migration");
        lib.events().delete(5);
        assertSummaryExact("a delete after the migration");
    }

    // ---- what is read from it -------------------------------------------------------------------

    @Test
    void laneCountsAndWideOverviewsFromTheSummaryEqualTheRowScan() {
        Random r = new Random(3);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) events.add(randomEvent(r, 0));
        lib.bulkInsert(events.iterator(), events.size(), "test", null, null);
        for (int i = 0; i < 50; i++) lib.events().save(randomEvent(r, 0));
        TimelineQueries q = new TimelineQueries(lib);
        long[] ext = lib.events().extent().orElseThrow();
        // A filter that keeps every event but is not "no filter": the rows answer it.
        EventFilter rows = EventFilter.NONE.withDates(Long.MIN_VALUE + 1, Long.MAX_VALUE);
        long from = Math.floorDiv(ext[0], 512) * 512, to = (Math.floorDiv(ext[1], 512) + 1) * 512;
        for (LaneGrouping g : LaneGrouping.values()) {
            Map<String, Long> byRows = new HashMap<>();
            for (DensityCell c : q.density(ext[0], ext[1] + 1, ext[1] + 1 - ext[0], g, rows)) byRows.merge(c.laneKey(), (long) c.count(), Long::sum);
            assertThat(q.laneCounts(g)).as("lane counts by " + g).isEqualTo(byRows);

            List<String> named = byRows.keySet().stream().sorted().limit(3).toList();
            for (long bucket : new long[] {512, 1536}) {
                for (List<String> names : java.util.Arrays.asList(null, named)) {
                    List<DensityCell> summary = q.density(from, to, bucket, g, EventFilter.NONE, names);
                    List<DensityCell> scan = q.density(from, to, bucket, g, rows, names);
                    assertThat(counts(summary)).as(g + " per " + bucket + " days, named " + names).isEqualTo(counts(scan));
                    // Ties aside, the row scan keeps some most important event: the same importance.
                    assertThat(tops(summary)).isEqualTo(tops(scan));
                    // The summary's is the one the rule names: most important, then earliest, then lowest id.
                    assertThat(topIds(summary)).isEqualTo(expectedTopIds(g, from, bucket, names));
                }
            }
            assertThat(q.countStarting(from, to, EventFilter.NONE)).isEqualTo(q.countStarting(from, to, rows)).isEqualTo(550);
        }
    }

    static Map<String, Integer> counts(List<DensityCell> cells) {
        Map<String, Integer> out = new TreeMap<>();
        for (DensityCell c : cells) out.put(c.laneKey() + " " + c.bucketStartDay() + "–" + c.bucketEndDay(), c.count());
        return out;
    }

    static Map<String, Long> topIds(List<DensityCell> cells) {
        Map<String, Long> out = new TreeMap<>();
        for (DensityCell c : cells) out.put(c.laneKey() + " " + c.bucketStartDay(), c.topEventId());
        return out;
    }

    /** Shown lane and bucket → id of its top event, computed from every header. */
    Map<String, Long> expectedTopIds(LaneGrouping g, long from, long bucketDays, List<String> named) {
        Map<Long, ActorKind> kinds = new HashMap<>();
        for (Actor a : lib.actors().all()) kinds.put(a.id(), a.kind());
        Map<String, EventHeader> best = new TreeMap<>();
        for (EventHeader h : lib.events().allHeaders()) {
            List<String> lanes = new ArrayList<>();
            List<Long> inCountries = new ArrayList<>();
            for (long id : h.actorIds()) if (kinds.get(id) == ActorKind.COUNTRY) inCountries.add(id);
            switch (g) {
                case ACTOR_PAIR -> lanes.add(LaneKeys.pairKey(inCountries.isEmpty() ? 0 : inCountries.get(0), inCountries.size() < 2 ? 0 : inCountries.get(1)));
                case COUNTRY -> {
                    if (inCountries.isEmpty()) lanes.add(LaneKeys.countryKey(0));
                    for (long id : inCountries) lanes.add(LaneKeys.countryKey(id));
                }
                case CATEGORY -> lanes.add(LaneKeys.categoryKey(h.category()));
                case NONE -> lanes.add(LaneKeys.ALL);
            }
            long bucketStart = from + Math.floorDiv(h.startDay() - from, bucketDays) * bucketDays;
            for (String lane : lanes) {
                String shown = named == null || named.contains(lane) ? lane : LaneKeys.OTHER;
                best.merge(shown + " " + bucketStart, h, (a, b) -> {
                    boolean bWins = b.importance() != a.importance() ? b.importance() > a.importance()
                            : b.startDay() != a.startDay() ? b.startDay() < a.startDay() : b.id() < a.id();
                    return bWins ? b : a;
                });
            }
        }
        Map<String, Long> out = new TreeMap<>();
        best.forEach((k, h) -> out.put(k, h.id()));
        return out;
    }

    static Map<String, Integer> tops(List<DensityCell> cells) {
        Map<String, Integer> out = new TreeMap<>();
        for (DensityCell c : cells) out.put(c.laneKey() + " " + c.bucketStartDay(), c.topImportance());
        return out;
    }

    @Test
    void laneCountsReadTheSummaryAloneNotTheLaneRows() {
        for (LaneGrouping g : LaneGrouping.values()) {
            String plan = lib.read(c -> {
                StringBuilder out = new StringBuilder();
                try (var st = c.createStatement(); var rs = st.executeQuery("EXPLAIN QUERY PLAN " + LaneBlocks.laneCountsSql(g))) {
                    while (rs.next()) out.append(rs.getString("detail")).append('\n');
                }
                return out.toString();
            });
            assertThat(plan).as(g.name()).contains("lane_block").doesNotContain("event_lane").doesNotContain("event ")
                    .doesNotContain("SCAN lane_block");
        }
    }
}
