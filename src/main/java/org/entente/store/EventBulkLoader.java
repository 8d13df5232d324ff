package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.Source;

/**
 * Adds many new events at once, for imports and generated libraries. It stores exactly what
 * {@link EventStore#save} would for each event (same ids, participants, tags, citations and
 * search index), but much faster:
 * <ul>
 * <li>rows go in through a few prepared statements in batches, with ids assigned here (the next
 *     free rowids, as SQLite would) so no {@code RETURNING} round trip is needed per event;</li>
 * <li>actors, sources, tags and categories are resolved once each and remembered;</li>
 * <li>the full-text index is filled after all rows, by one {@code INSERT … SELECT} per chunk
 *     that folds the text with the connection's {@code fold()} function ({@link Library}
 *     registers it), because writing FTS5 rows interleaved with table rows was measured to be
 *     slower (../shared/design/STACK.md, pitfall 5).</li>
 * </ul>
 * The caller runs it inside one transaction: a cancel or a failure leaves nothing behind.
 */
final class EventBulkLoader {
    static final String PHASE_ROWS = "Adding events";
    static final String PHASE_INDEX = "Indexing for search";

    /** Events per JDBC batch; large enough to amortise the JNI calls, small enough to react to a cancel quickly. */
    private static final int BATCH = 1_000;
    /** Events per FTS chunk: each chunk is one statement, between which progress and cancel are checked. */
    private static final int INDEX_CHUNK = 50_000;
    /** Page cache during a load, in KiB. */
    private static final long BULK_CACHE_KIB = 256 * 1024;

    private final Connection c;
    private final String origin;
    private final BulkProgress progress;
    private final BooleanSupplier cancelled;

    private final Map<String, Long> actorIdsByName = new HashMap<>();
    private final Map<SourceKey, Long> sourceIds = new HashMap<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    private final Set<String> categories = new HashSet<>();

    private record SourceKey(String title, String url) { }

    EventBulkLoader(Connection c, String origin, BulkProgress progress, BooleanSupplier cancelled) {
        this.c = c;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.progress = progress == null ? BulkProgress.NONE : progress;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /**
     * Stores every event of {@code events} (their ids are ignored: all are added as new).
     *
     * @param expected number of events, for progress only, or -1 if unknown
     * @throws CancellationException when {@code cancelled} turned true; the caller's transaction must then roll back
     */
    BulkLoadResult load(Iterator<? extends Event> events, long expected) throws SQLException {
        long previousCacheSize = pragma("cache_size");
        // A big page cache for the load: index and R*Tree pages are touched in date order, not
        // insertion order, and a small cache spills dirty pages to the WAL again and again.
        setPragma("cache_size", -BULK_CACHE_KIB);
        try {
            return loadRows(events, expected);
        } finally {
            setPragma("cache_size", previousCacheSize);
        }
    }

    private long pragma(String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void setPragma(String name, long value) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA " + name + " = " + value);
        }
    }

    private BulkLoadResult loadRows(Iterator<? extends Event> events, long expected) throws SQLException {
        long started = System.nanoTime();
        long firstId = nextEventId();
        long id = firstId;
        progress.update(PHASE_ROWS, 0, expected);
        StringBuilder actorIds = new StringBuilder();
        Set<Long> seenActors = new HashSet<>();
        try (PreparedStatement event = c.prepareStatement("INSERT INTO event (id, title, when_text, start_day, end_day, ongoing,"
                + " category, place, summary, importance, origin, actor_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement participant = c.prepareStatement(
                     "INSERT OR IGNORE INTO event_actor (event_id, actor_id, role, position) VALUES (?, ?, ?, ?)");
             PreparedStatement tag = c.prepareStatement(
                     "INSERT OR IGNORE INTO event_tag (event_id, tag_id) VALUES (?, ?)");
             PreparedStatement citation = c.prepareStatement("INSERT OR IGNORE INTO citation (record_kind, record_id, source_id,"
                     + " locator, position) VALUES ('" + RecordKind.EVENT.name() + "', ?, ?, ?, ?)")) {
            int inBatch = 0;
            boolean tagsPending = false, citationsPending = false;
            while (events.hasNext()) {
                Event e = events.next();
                ensureCategory(e);
                bindEvent(event, id, e);
                int position = 0;
                actorIds.setLength(0);
                seenActors.clear();
                for (Participant p : e.participants()) {
                    long actor = actorId(p.actor());
                    participant.setLong(1, id);
                    participant.setLong(2, actor);
                    participant.setString(3, p.role());
                    participant.setInt(4, position++);
                    participant.addBatch();
                    if (seenActors.add(actor)) { // as EventStore.actorIds: INSERT OR IGNORE keeps the first
                        if (actorIds.length() > 0) actorIds.append(',');
                        actorIds.append(actor);
                    }
                }
                event.setString(12, actorIds.toString());
                event.addBatch();
                for (String t : e.tags()) {
                    if (t.isBlank()) continue;
                    tag.setLong(1, id);
                    tag.setLong(2, tagId(t.strip()));
                    tag.addBatch();
                    tagsPending = true;
                }
                position = 0;
                for (Citation ci : e.sources()) {
                    citation.setLong(1, id);
                    citation.setLong(2, sourceId(ci.source()));
                    citation.setString(3, ci.locator());
                    citation.setInt(4, position++);
                    citation.addBatch();
                    citationsPending = true;
                }
                id++;
                if (++inBatch == BATCH) {
                    flush(event, participant, tagsPending ? tag : null, citationsPending ? citation : null);
                    inBatch = 0;
                    tagsPending = citationsPending = false;
                    checkCancelled();
                    progress.update(PHASE_ROWS, id - firstId, expected);
                }
            }
            if (inBatch > 0) flush(event, participant, tagsPending ? tag : null, citationsPending ? citation : null);
        }
        long count = id - firstId;
        progress.update(PHASE_ROWS, count, count);
        long rowsDone = System.nanoTime();
        checkCancelled();
        index(firstId, id - 1);
        long indexDone = System.nanoTime();
        return new BulkLoadResult(count, count == 0 ? 0 : firstId, count == 0 ? 0 : id - 1, rowsDone - started, indexDone - rowsDone);
    }

    private static void flush(PreparedStatement event, PreparedStatement participant, PreparedStatement tag,
                              PreparedStatement citation) throws SQLException {
        event.executeBatch();
        participant.executeBatch();
        if (tag != null) tag.executeBatch();
        if (citation != null) citation.executeBatch();
    }

    /**
     * Fills the search index for events {@code [fromId, toId]} exactly as {@link EventStore#index}
     * would: folded title, summary and participant names (in their order, ", "-joined); new
     * events have no notes.
     */
    private void index(long fromId, long toId) throws SQLException {
        long total = toId - fromId + 1;
        if (total <= 0) return;
        progress.update(PHASE_INDEX, 0, total);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_fts (rowid, title, summary, participants, notes)"
                + " SELECT e.id, fold(e.title), fold(e.summary), fold((SELECT group_concat(a.name, ', ' ORDER BY ea.position)"
                + " FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = e.id)), ''"
                + " FROM event e WHERE e.id BETWEEN ? AND ?")) {
            for (long from = fromId; from <= toId; from += INDEX_CHUNK) {
                long to = Math.min(toId, from + INDEX_CHUNK - 1);
                ps.setLong(1, from);
                ps.setLong(2, to);
                ps.executeUpdate();
                progress.update(PHASE_INDEX, to - fromId + 1, total);
                checkCancelled();
            }
        }
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) throw new CancellationException("bulk insert cancelled; nothing was added");
    }

    private long nextEventId() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void bindEvent(PreparedStatement ps, long id, Event e) throws SQLException {
        DateRange when = e.when();
        ps.setLong(1, id);
        ps.setString(2, e.title());
        ps.setString(3, when.toString());
        ps.setLong(4, when.firstDay());
        ps.setLong(5, when.ongoing() ? EventHeader.ONGOING_END : endDay(when));
        ps.setInt(6, when.ongoing() ? 1 : 0);
        ps.setString(7, e.category().key());
        ps.setString(8, e.place());
        ps.setString(9, e.summary());
        ps.setInt(10, e.importance());
        ps.setString(11, origin);
    }

    /** The exclusive end of a closed range (what {@link DateRange#endDay()} gives, without asking the clock). */
    private static long endDay(DateRange when) {
        return when.end() != null ? when.end().endDay() : when.start().endDay();
    }

    private void ensureCategory(Event e) throws SQLException {
        String key = e.category().key();
        if (categories.add(key)) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO category (key, label) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, e.category().label());
                ps.executeUpdate();
            }
        }
    }

    private long actorId(Actor actor) throws SQLException {
        if (actor.id() != 0) return actor.id();
        Long known = actorIdsByName.get(actor.name());
        if (known != null) return known;
        long id = ActorStore.resolve(c, actor, origin).id();
        actorIdsByName.put(actor.name(), id);
        return id;
    }

    private long sourceId(Source source) throws SQLException {
        if (source.id() != 0) return source.id();
        SourceKey key = new SourceKey(source.title(), source.url());
        Long known = sourceIds.get(key);
        if (known != null) return known;
        long id = SourceStore.resolve(c, source, origin).id();
        sourceIds.put(key, id);
        return id;
    }

    private long tagId(String name) throws SQLException {
        Long known = tagIds.get(name);
        if (known != null) return known;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                tagIds.put(name, id);
                return id;
            }
        }
    }
}
