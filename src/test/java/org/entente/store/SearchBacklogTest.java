package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.model.Event;
import org.entente.model.Note;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load that leaves part of its search index for after the commit (issue #15): the backlog
 * is recorded in the library, search says what is missing, the index is filled in batches that
 * survive an interruption and a reopen, and the finished index is exactly the one an inline load
 * writes. Real SQLite files throughout.
 */
class SearchBacklogTest {
    private static final int N = 3_000, INLINE = 1_000;
    private static final List<String> QUERIES = List.of("viet nam", "Việt Nam", "россия", "中国", "cooperation", "hop tac",
            "trade deal 12", "Trần Thị Hương", "ha noi", "sapphire", "economic security", "jose nunez");

    @TempDir Path dir;

    private static List<Event> events() {
        return new SyntheticLibrary(21, N).events().toList();
    }

    @Test
    void aDeferredIndexIsRecordedFilledInBatchesAndEndsExactlyAsAnInlineOne() throws Exception {
        List<Event> events = events();
        Path inlineFile = dir.resolve("inline.entente"), deferredFile = dir.resolve("deferred.entente");
        try (Library inline = Library.open(inlineFile)) {
            inline.bulkInsert(events.iterator(), N, "import:x", null, null);
            assertThat(inline.searchBacklog()).isEmpty();
        }
        long lastTitleHits;
        try (Library deferred = Library.open(deferredFile)) {
            BulkLoadResult r = deferred.bulkInsert(events.iterator(), N, "import:x", null, null, INLINE);
            assertThat(r.events()).isEqualTo(N);
            SearchBacklog backlog = deferred.searchBacklog().orElseThrow();
            assertThat(backlog.firstId()).isEqualTo(r.firstId() + INLINE);
            assertThat(backlog.lastId()).isEqualTo(r.lastId());
            assertThat(backlog.remaining()).isEqualTo(N - INLINE);
            // The last event is not searchable yet; the first one is.
            Event last = deferred.events().byId(r.lastId()).orElseThrow();
            Event first = deferred.events().byId(r.firstId()).orElseThrow();
            assertThat(ids(deferred.events().search(last.title(), 50))).doesNotContain(r.lastId());
            assertThat(ids(deferred.events().search(first.title(), 50))).contains(r.firstId());

            // Interrupted after the first batch (a cancel here, a kill in KillTest).
            AtomicInteger batches = new AtomicInteger();
            // Progress is told at the start and after each batch: the second call follows the first batch.
            boolean complete = deferred.indexSearchBacklog((phase, done, total) -> batches.incrementAndGet(),
                    () -> batches.get() >= 2, 500);
            assertThat(complete).isFalse();
            assertThat(deferred.searchBacklog().orElseThrow().firstId()).isEqualTo(r.firstId() + INLINE + 500);
            assertThat(deferred.searchBacklog().orElseThrow().remaining()).isEqualTo(N - INLINE - 500);
            lastTitleHits = r.lastId();
        }
        try (Library reopened = Library.open(deferredFile)) {
            assertThat(reopened.searchBacklog()).isPresent(); // the marker is in the file: the next open resumes
            assertThat(reopened.indexSearchBacklog(null, null, 700)).isTrue();
            assertThat(reopened.searchBacklog()).isEmpty();
            Event last = reopened.events().byId(lastTitleHits).orElseThrow();
            assertThat(ids(reopened.events().search(last.title(), 50))).contains(lastTitleHits);
        }
        try (Library inline = Library.open(inlineFile); Library deferred = Library.open(deferredFile)) {
            for (String q : QUERIES) assertThat(ids(deferred.events().search(q, 10_000))).as(q).isEqualTo(ids(inline.events().search(q, 10_000)));
            assertThat(instances(deferred)).isEqualTo(instances(inline));
        }
    }

    @Test
    void anEventEditedOrGivenANoteBeforeItsTurnIsIndexedOnceWithItsLatestText() throws Exception {
        try (Library lib = Library.open(dir.resolve("edited.entente"))) {
            BulkLoadResult r = lib.bulkInsert(events().iterator(), N, "import:x", null, null, INLINE);
            long edited = r.lastId() - 1, noted = r.lastId() - 2, deleted = r.lastId();
            Event e = lib.events().byId(edited).orElseThrow();
            lib.events().save(new Event(e.id(), "Quýt ngọt summit", e.when(), e.category(), e.participants(), e.place(),
                    e.summary(), e.importance(), e.tags(), e.sources()));
            lib.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, noted), "Marginalia about tangerines", List.of(), null, null, null));
            lib.events().delete(deleted);
            assertThat(ids(lib.events().search("quyt ngot", 10))).containsExactly(edited); // the edit indexed it at once

            assertThat(lib.indexSearchBacklog(null, null)).isTrue();

            assertThat(ids(lib.events().search("quyt ngot", 10))).containsExactly(edited);
            assertThat(ids(lib.events().search(e.title(), 10))).doesNotContain(edited);
            assertThat(ids(lib.events().search("tangerines", 10))).containsExactly(noted);
            long quyt = lib.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM event_fts WHERE event_fts MATCH 'quyt'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(quyt).isEqualTo(1);
            assertThat(integrity(lib)).isEqualTo("ok");
        }
    }

    @Test
    void aSecondLargeLoadBeforeTheFirstIsIndexedExtendsTheBacklog() {
        try (Library lib = Library.open(dir.resolve("twice.entente"))) {
            BulkLoadResult a = lib.bulkInsert(events().iterator(), N, "import:a", null, null, INLINE);
            BulkLoadResult b = lib.bulkInsert(events().iterator(), N, "import:b", null, null, INLINE);
            SearchBacklog backlog = lib.searchBacklog().orElseThrow();
            assertThat(backlog.firstId()).isEqualTo(a.firstId() + INLINE);
            assertThat(backlog.lastId()).isEqualTo(b.lastId());
            assertThat(lib.indexSearchBacklog(null, null)).isTrue();
            Event last = lib.events().byId(b.lastId()).orElseThrow();
            assertThat(ids(lib.events().search(last.title(), 50))).contains(a.lastId(), b.lastId());
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.event().id()).sorted().toList();
    }

    /** Every token instance of the search index (term, event, column, offset), sorted. */
    private static List<String> instances(Library lib) {
        return lib.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, event_fts, instance)");
                try (ResultSet rs = st.executeQuery("SELECT term, doc, col, offset FROM temp.fts_instances ORDER BY 1, 2, 3, 4")) {
                    while (rs.next()) out.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getLong(4));
                }
            }
            return out;
        });
    }

    private static String integrity(Library lib) {
        return lib.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
