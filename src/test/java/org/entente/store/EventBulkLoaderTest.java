package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.LibraryContent;
import org.entente.model.Note;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventBulkLoaderTest {
    private static final int N = 5_000;
    private static final List<String> QUERIES = List.of("viet nam", "Việt Nam", "россия", "中国", "cooperation", "hop tac",
            "trade deal 12", "Trần Thị Hương", "ha noi", "sapphire", "un vote 4", "economic security", "jose nunez", "synthetic source");

    @TempDir Path dir;

    /** Synthetic events, every 40th citing one of two sources (with locators) so citations take the bulk path too. */
    private static List<Event> events(long seed, int n) {
        Source a = new Source(0, "Synthetic source A", "Generator", null, null, "https://example.org/a", null, null);
        Source b = new Source(0, "Synthetic source Б", "Генератор", null, null, null, null, null);
        List<Event> out = new ArrayList<>();
        int i = 0;
        for (Iterator<Event> it = new SyntheticLibrary(seed, n).iterator(); it.hasNext(); i++) {
            Event e = it.next();
            if (i % 40 == 0) {
                e = new Event(0, e.title(), e.when(), e.category(), e.participants(), e.place(), e.summary(), e.importance(),
                        e.tags(), List.of(new Citation(a, "p. " + i), Citation.of(b)));
            }
            out.add(e);
        }
        return out;
    }

    @Test
    void bulkInsertStoresWhatSavingOneByOneStores() throws Exception {
        List<Event> events = events(11, N);
        Path slow = dir.resolve("one-by-one.entente"), fast = dir.resolve("bulk.entente");
        try (Library one = Library.open(slow); Library bulk = Library.open(fast)) {
            one.importContent(new LibraryContent(null, null, events, null, null, null), "synthetic");
            BulkLoadResult r = bulk.bulkInsert(events.iterator(), events.size(), "synthetic", null, null);

            assertThat(r.events()).isEqualTo(N);
            assertThat(r.firstId()).isEqualTo(1);
            assertThat(r.lastId()).isEqualTo(N);
            assertThat(bulk.counts()).isEqualTo(one.counts());
            assertThat(headers(bulk.events().allHeaders())).isEqualTo(headers(one.events().allHeaders()));
            assertThat(bulk.actors().all()).isEqualTo(one.actors().all());
            assertThat(bulk.sources().all()).isEqualTo(one.sources().all());
            assertThat(bulk.events().tags()).isEqualTo(one.events().tags()).isNotEmpty();
            assertThat(bulk.events().categories()).isEqualTo(one.events().categories());
            for (long id = 1; id <= N; id += 97) assertThat(bulk.events().byId(id)).isEqualTo(one.events().byId(id));
            assertThat(bulk.events().byId(1).orElseThrow().sources()).hasSize(2);
            for (String q : QUERIES) {
                List<String> expected = hits(one.events().search(q, 100));
                assertThat(hits(bulk.events().search(q, 100))).as("search \"%s\"", q).isEqualTo(expected);
            }
            assertThat(one.events().search("россия", 10)).isNotEmpty();
            assertThat(one.events().search("Trần Thị Hương", 10)).isNotEmpty();
            assertThat(one.events().search("synthetic source", 10)).isEmpty(); // sources are not indexed, on either path
        }
        assertThat(dump(fast, false)).isEqualTo(dump(slow, false));
        // The search index's load settings (a big term buffer, no merging) are gone again.
        assertThat(searchConfig(fast)).isEqualTo(searchConfig(slow)).noneMatch(kv -> kv.startsWith("hashsize") || kv.startsWith("automerge"));
        // The triggers suspended during the load are back, word for word.
        assertThat(schema(fast)).isEqualTo(schema(slow)).containsAll(EventBulkLoader.SUSPENDED_TRIGGERS);
    }

    @Test
    void laterEditsAfterABulkLoadKeepLanesAndSpansInStep() throws Exception {
        List<Event> events = events(14, 500);
        Path slow = dir.resolve("one-by-one.entente"), fast = dir.resolve("bulk.entente");
        try (Library one = Library.open(slow); Library bulk = Library.open(fast)) {
            one.importContent(new LibraryContent(null, null, events, null, null, null), "synthetic");
            bulk.bulkInsert(events.iterator(), events.size(), "synthetic", null, null);
            // The restored triggers must work: the same edits on both libraries give the same derived rows.
            for (Library lib : List.of(one, bulk)) {
                Event e = lib.events().byId(10).orElseThrow();
                lib.events().save(new Event(e.id(), e.title(), org.entente.model.DateRange.parse("1999-01-02"), e.category(),
                        List.of(e.participants().get(e.participants().size() - 1)), e.place(), e.summary(), 5, e.tags(), e.sources()));
                lib.events().save(events(15, 1).get(0));
                lib.events().delete(20);
            }
        }
        assertThat(dump(fast, false)).isEqualTo(dump(slow, false));
    }

    private static List<String> searchConfig(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT k, v FROM event_fts_config ORDER BY k")) {
            while (rs.next()) out.add(rs.getString(1) + "=" + rs.getString(2));
        }
        return out;
    }

    /** Names and SQL of the library's triggers and indexes. */
    private static List<String> schema(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
                out.add(String.valueOf(rs.getString(2)));
            }
        }
        return out;
    }

    @Test
    void bulkInsertIntoALibraryWithEventsContinuesItsIdsAndKeepsSearchWorking() {
        try (Library lib = Library.open(dir.resolve("lib.entente"))) {
            lib.importContent(new LibraryContent(null, null, events(1, 300), null, null, null), "user");
            BulkLoadResult r = lib.bulkInsert(events(2, 1_000).iterator(), -1, "import:test", null, null);
            assertThat(r.firstId()).isEqualTo(301);
            assertThat(r.lastId()).isEqualTo(1_300);
            assertThat(lib.counts().events()).isEqualTo(1_300);
            Event later = lib.events().save(events(3, 1).get(0));
            assertThat(later.id()).isEqualTo(1_301);
            assertThat(lib.events().search(later.title(), 5)).extracting(h -> h.event().id()).contains(later.id());
            assertThat(lib.events().search(lib.events().byId(1_000).orElseThrow().title(), 5))
                    .extracting(h -> h.event().id()).contains(1_000L);
        }
    }

    @Test
    void aCancelWhileAddingRowsLeavesTheLibraryExactlyAsItWas() throws Exception {
        Path file = dir.resolve("lib.entente");
        seed(file);
        String before = dump(file, true);
        try (Library lib = Library.open(file)) {
            AtomicBoolean cancel = new AtomicBoolean();
            assertThatThrownBy(() -> lib.bulkInsert(events(5, N).iterator(), N, "import:x",
                    (phase, done, total) -> {
                        if (done >= N / 2) cancel.set(true);
                    }, cancel::get))
                    .isInstanceOf(CancellationException.class);
            assertThat(lib.counts().events()).isEqualTo(300);
        }
        assertThat(dump(file, true)).isEqualTo(before);
        try (Library lib = Library.open(file)) {
            // Still usable afterwards: the same load, not cancelled, goes through.
            assertThat(lib.bulkInsert(events(5, 100).iterator(), 100, "import:x", null, null).events()).isEqualTo(100);
            assertThat(lib.counts().events()).isEqualTo(400);
        }
    }

    @Test
    void aCancelWhileIndexingLeavesTheLibraryExactlyAsItWas() throws Exception {
        Path file = dir.resolve("lib.entente");
        seed(file);
        String before = dump(file, true);
        List<String> phases = new ArrayList<>();
        try (Library lib = Library.open(file)) {
            AtomicBoolean cancel = new AtomicBoolean();
            assertThatThrownBy(() -> lib.bulkInsert(events(6, N).iterator(), N, "import:x", (phase, done, total) -> {
                phases.add(phase);
                if (phase.equals(EventBulkLoader.PHASE_INDEX)) cancel.set(true);
            }, cancel::get)).isInstanceOf(CancellationException.class);
        }
        assertThat(phases).contains(EventBulkLoader.PHASE_ROWS, EventBulkLoader.PHASE_INDEX);
        assertThat(dump(file, true)).isEqualTo(before);
    }

    @Test
    void aFailingIteratorMidwayLeavesTheLibraryExactlyAsItWas() throws Exception {
        Path file = dir.resolve("lib.entente");
        seed(file);
        String before = dump(file, true);
        List<Event> events = events(7, N);
        Iterator<Event> failing = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() { return i < N; }

            @Override
            public Event next() {
                if (i == N / 2) throw new IllegalStateException("line 2501: bad date");
                return events.get(i++);
            }
        };
        try (Library lib = Library.open(file)) {
            assertThatThrownBy(() -> lib.bulkInsert(failing, N, "import:x", null, null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2501");
        }
        assertThat(dump(file, true)).isEqualTo(before);
    }

    @Test
    void aRefusedRowMidwayLeavesTheLibraryExactlyAsItWas() throws Exception {
        Path file = dir.resolve("lib.entente");
        seed(file);
        String before = dump(file, true);
        List<Event> events = new ArrayList<>(events(8, N));
        Event e = events.get(N / 2);
        // An actor id that is not in the library: the foreign key refuses the participant row.
        Actor ghost = new Actor(987_654, "Ghost", ActorKind.COUNTRY, null, null);
        events.set(N / 2, new Event(0, e.title(), e.when(), e.category(), List.of(new Participant(ghost, null)), null, null, 3,
                null, null));
        try (Library lib = Library.open(file)) {
            assertThatThrownBy(() -> lib.bulkInsert(events.iterator(), N, "import:x", null, null))
                    .isInstanceOf(LibraryException.class)
                    .satisfies(x -> assertThat(((LibraryException) x).reason()).isEqualTo(LibraryException.Reason.INVALID_DATA));
        }
        assertThat(dump(file, true)).isEqualTo(before);
    }

    @Test
    void progressRisesToTheTotalInBothPhases() {
        List<long[]> rows = new ArrayList<>(), index = new ArrayList<>();
        try (Library lib = Library.open(dir.resolve("lib.entente"))) {
            lib.bulkInsert(events(9, 2_345).iterator(), 2_345, "x", (phase, done, total) ->
                    (phase.equals(EventBulkLoader.PHASE_ROWS) ? rows : index).add(new long[] {done, total}), null);
        }
        assertThat(rows).extracting(p -> p[0]).isSorted().startsWith(0L).endsWith(2_345L);
        assertThat(rows.get(rows.size() - 1)[1]).isEqualTo(2_345);
        assertThat(index).extracting(p -> p[0]).isSorted().endsWith(2_345L);
    }

    @Test
    void aSearchMatchingMoreEventsThanAreRankedReturnsTheNewestMatchesFirst() {
        try (Library lib = Library.open(dir.resolve("lib.entente"))) {
            lib.bulkInsert(events(12, 2_000).iterator(), 2_000, "x", null, null);
            List<SearchHit> ranked = lib.events().search("cooperation", 50, 100_000);
            List<SearchHit> broad = lib.events().search("cooperation", 50, 100);
            assertThat(ranked).hasSize(50).isSortedAccordingTo(java.util.Comparator.comparingDouble(SearchHit::rank));
            assertThat(broad).hasSize(50).extracting(h -> h.event().id()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            // Ranked hits carry bm25's rank; a broad search's hits none (bm25 would count every event holding each word).
            assertThat(ranked).allMatch(SearchHit::ranked);
            assertThat(broad).noneMatch(SearchHit::ranked);
            assertThat(broad.get(0).event().id()).isLessThanOrEqualTo(2_000L).isGreaterThan(1_900L);
            for (SearchHit h : broad)
                assertThat(org.entente.model.TextFolding.fold(lib.events().byId(h.event().id()).orElseThrow().summary())).contains("cooperation");
            // A query with fewer matches than the limit is ranked as before.
            assertThat(hits(lib.events().search("sapphire", 50, 100))).isEqualTo(hits(lib.events().search("sapphire", 50, 100_000)));
        }
    }

    @Test
    void expandingTheTypedPrefixIntoIndexedWordsFindsExactlyWhatThePrefixQueryFinds() {
        try (Library lib = Library.open(dir.resolve("lib.entente"))) {
            lib.bulkInsert(events(13, 3_000).iterator(), 3_000, "x", null, null);
            for (String typed : List.of("coop", "viet na", "Trần Thị H", "сотруд", "合", "s", "ha noi", "zzz", "trade deal 1")) {
                List<Long> viaPrefix = lib.read(c -> {
                    try (var ps = c.prepareStatement("SELECT rowid FROM event_fts WHERE event_fts MATCH ? ORDER BY rowid")) {
                        ps.setString(1, EventStore.ftsQuery(typed));
                        List<Long> ids = new ArrayList<>();
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) ids.add(rs.getLong(1));
                        }
                        return ids;
                    }
                });
                List<Long> viaSearch = lib.events().search(typed, 10_000, 100_000).stream().map(h -> h.event().id()).sorted().toList();
                assertThat(viaSearch).as("\"%s\" → %s", typed, lib.read(c -> EventStore.matchExpression(c, typed))).isEqualTo(viaPrefix);
            }
            assertThat(lib.<String>read(c -> EventStore.matchExpression(c, "viet nam"))).isEqualTo("\"viet\" AND \"nam\"");
        }
    }

    @Test
    void theCompletionsOfAPrefixAreEveryIndexedWordStartingSoInOrder() {
        try (Library lib = Library.open(dir.resolve("lib.entente"))) {
            lib.bulkInsert(events(14, 3_000).iterator(), 3_000, "x", null, null);
            lib.importContent(new LibraryContent(null, null, List.of(new Event(0, "Võ Văn Thưởng và Tô Lâm; Путин; 习近平",
                    org.entente.model.DateRange.parse("2024-05-22"), org.entente.model.Category.OTHER, List.of(), null,
                    "state statement states stated", 3, List.of(), List.of())), null, null, null), "user");
            for (String prefix : List.of("s", "sta", "state", "stat", "v", "vo", "t", "th", "пу", "习", "合", "zzz")) {
                List<String> all = lib.read(c -> {
                    // The vocabulary's row table lists each word once (and counts it, the cost the store avoids).
                    try (var st = c.createStatement()) {
                        st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_counted USING fts5vocab(main, event_fts, row)");
                    }
                    try (var ps = c.prepareStatement("SELECT term FROM temp.words_counted WHERE term >= ? AND term < ? ORDER BY term")) {
                        ps.setString(1, prefix);
                        ps.setString(2, prefix + "\uDBFF\uDFFF");
                        List<String> words = new ArrayList<>();
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) words.add(rs.getString(1));
                        }
                        return words;
                    }
                });
                assertThat(lib.<List<String>>read(c -> EventStore.completions(c, prefix, 10_000))).as(prefix).isEqualTo(all);
                assertThat(lib.<List<String>>read(c -> EventStore.completions(c, prefix, 3))).as(prefix).isEqualTo(all.subList(0, Math.min(3, all.size())));
            }
            assertThat(lib.<List<String>>read(c -> EventStore.completions(c, "stat", 10))).contains("state", "stated", "statement", "states");
        }
    }

    /** A library with 300 events saved one by one, a note on one of them, and a trade-free actor. */
    private static void seed(Path file) {
        try (Library lib = Library.open(file)) {
            lib.importContent(new LibraryContent(null, null, events(4, 300), null, null, null), "user");
            lib.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, 7), "ghi chú: Tô Lâm", List.of("x"), null, null, null));
            lib.actors().save(Actor.country("Zélande", "ZZZ"));
        }
    }

    private static List<String> headers(List<EventHeader> headers) {
        return headers.stream().map(h -> String.join("|", Long.toString(h.id()), h.title(), Long.toString(h.startDay()),
                Long.toString(h.endDay()), h.startPrecision().name(), Boolean.toString(h.approximate()), Boolean.toString(h.ongoing()),
                h.category(), Integer.toString(h.importance()), Arrays.toString(h.actorIds()))).toList();
    }

    private static List<String> hits(List<SearchHit> hits) {
        return hits.stream().map(h -> h.event().id() + "@" + h.rank()).toList();
    }

    /**
     * Every row of every table, in order. Time stamps of row creation are left out when
     * comparing two libraries made at different moments; with {@code exact} the FTS and R*Tree
     * shadow tables are included byte for byte (a rollback must restore them exactly).
     */
    static String dump(Path file, boolean exact) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rs.next()) {
                    String name = rs.getString(1), sql = rs.getString(2);
                    boolean virtual = sql.startsWith("CREATE VIRTUAL");
                    boolean shadow = name.startsWith("event_fts_") || name.startsWith("event_span_");
                    if (name.equals("event_fts")) continue; // contentless: nothing to read back
                    if (shadow && !exact) continue;
                    if (virtual && exact) continue; // its shadow tables are dumped instead
                    tables.add(name);
                }
            }
            for (String table : tables) {
                out.append("## ").append(table).append('\n');
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> lines = new ArrayList<>();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String col = md.getColumnName(i);
                            if (!exact && (col.equals("created_at") || col.equals("updated_at"))) continue;
                            Object v = rs.getObject(i);
                            line.append(col).append('=').append(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v).append('|');
                        }
                        lines.add(line.toString());
                    }
                    out.append(lines.stream().sorted().collect(Collectors.joining("\n"))).append('\n');
                }
            }
        }
        return out.toString();
    }
}
