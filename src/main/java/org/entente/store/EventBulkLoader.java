package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.Source;
import org.entente.model.TextFolding;

/**
 * Adds many new events at once, for imports and generated libraries. It stores exactly what
 * {@link EventStore#save} would for each event (same ids, participants, tags, citations and
 * search index), but much faster:
 * <ul>
 * <li>rows go in through a few prepared statements in batches, with ids assigned here (the next
 *     free rowids, as SQLite would) so no {@code RETURNING} round trip is needed per event;</li>
 * <li>actors, sources, tags and categories are resolved once each and remembered;</li>
 * <li>the per-row triggers that keep the derived tables in step (the R*Tree of time spans, the
 *     timeline lanes) are suspended during the load, inside the same transaction: the lane rows
 *     are written here with the event rows (the pair is known from the participants in hand) and
 *     the R*Tree is filled afterwards by one {@code INSERT … SELECT}, each with exactly what the
 *     triggers would have written; the triggers are then restored from their own stored SQL. A
 *     rollback restores them too, since SQLite's schema changes are transactional;</li>
 * <li>the events are pulled from their source (often a file being parsed) and their text folded
 *     on a second thread, a few batches ahead ({@link Prefetcher}), so that work overlaps the
 *     SQLite work on this one;</li>
 * <li>the search index loads with a large term buffer and no segment merging, set back before
 *     the commit;</li>
 * <li>the full-text index rows go in with the event rows, in the same batches, folded here in
 *     Java exactly as {@link EventStore#index} folds them. An {@code INSERT … SELECT} after the
 *     rows that folded through the connection's SQL {@code fold()} function was measured to
 *     spend more than half its time in that function's JNI call-backs (3 per event: 2.0 s of
 *     3.4 s CPU for 100,000 events), so the text is folded before it reaches SQLite;</li>
 * </ul>
 * The caller runs it inside one transaction: a cancel or a failure leaves nothing behind.
 */
final class EventBulkLoader {
    static final String PHASE_ROWS = BulkProgress.PHASE_ROWS;
    static final String PHASE_INDEX = BulkProgress.PHASE_INDEX;

    /** Events per JDBC batch; large enough to amortise the JNI calls, small enough to react to a cancel quickly. */
    private static final int BATCH = 1_000;
    /** Page cache during a load, in KiB. */
    private static final long BULK_CACHE_KIB = 256 * 1024;
    /**
     * Per-row triggers on the tables this loader fills, whose work it does itself: lane rows are
     * written with the event rows, the R*Tree is filled set-based afterwards ({@link #rebuildDerived}). Measured on 100,000 events: with them the row phase took 43 s, without
     * them 7 s (docs/bench/import.md). Any other trigger stays in place and fires as usual.
     */
    static final List<String> SUSPENDED_TRIGGERS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("event_span_insert", "event_lane_event_insert", "event_lane_actor_insert"),
            LaneBlocks.INSERT_TRIGGERS.stream()).toList();
    private static final String LANE_EVENT_TRIGGER = "event_lane_event_insert", LANE_ACTOR_TRIGGER = "event_lane_actor_insert";

    private final Connection c;
    private final String origin;
    private final BulkProgress progress;
    private final BooleanSupplier cancelled;
    /** Events whose search-index rows go in with them; the rest become the library's {@link SearchBacklog}. */
    private long indexedInline = Long.MAX_VALUE;

    private final Map<String, Actor> actorsByName = new HashMap<>();
    private final Map<SourceKey, Long> sourceIds = new HashMap<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    private final Set<String> categories = new HashSet<>();
    private final Map<String, String> foldedNames = new HashMap<>();
    private static final int FOLDED_NAMES_KEPT = 10_000;

    private record SourceKey(String title, String url) { }

    /** An event with its title and summary folded for the search index, as {@link EventStore#index} folds them. */
    private record Staged(Event event, String ftsTitle, String ftsSummary) { }

    EventBulkLoader(Connection c, String origin, BulkProgress progress, BooleanSupplier cancelled) {
        this.c = c;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.progress = progress == null ? BulkProgress.NONE : progress;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /**
     * Writes the search-index rows of only the first {@code events} events with the rows; the
     * others are recorded, in the same transaction, as the library's {@link SearchBacklog}, indexed
     * after the commit. Their text is then not folded during the load either.
     */
    EventBulkLoader indexingInlineOnly(long events) {
        this.indexedInline = Math.max(0, events);
        return this;
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
        Map<String, String> suspended = suspendTriggers();
        Map<String, Object> searchConfig = tuneSearchIndex();
        Map<String, String> indexes = suspendIndexes();
        Throwable failed = null;
        try {
            BulkLoadResult result = loadRows(events, expected, suspended);
            // Only after a load that will be committed: a failed one is rolled back by the
            // caller's transaction (Library.write), which brings the indexes back with it.
            long started = System.nanoTime();
            restoreIndexes(indexes);
            return result.withMoreIndexTime(System.nanoTime() - started);
        } catch (Throwable t) {
            failed = t;
            throw t;
        } finally {
            // On failure the caller rolls back, which restores them anyway; restoring here too
            // keeps this connection's schema right even if a caller were to commit after a failure.
            // Each step runs even if one before it fails; the load's own failure stays the one thrown.
            List<SqlStep> restores = List.of(() -> restoreSearchIndex(searchConfig), () -> restoreTriggers(suspended),
                    () -> setPragma("cache_size", previousCacheSize));
            for (SqlStep step : restores) {
                try {
                    step.run();
                } catch (SQLException | RuntimeException e) {
                    if (failed != null) failed.addSuppressed(e);
                    else failed = e;
                }
            }
            if (failed instanceof SQLException e) throw e;
            if (failed instanceof RuntimeException e) throw e;
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    /**
     * FTS5 settings for a load, by name, with the value each has when the library does not set
     * it. A large in-memory buffer of pending terms (64 MiB instead of 1 MiB) and no merging of
     * segments while loading: measured on 1,000,000 events, the index filled in 10 s instead of
     * 15 s. They are set back after the load, before its commit.
     */
    private static final Map<String, Object> SEARCH_LOAD_SETTINGS = Map.of("hashsize", 64L << 20, "automerge", 0L);
    private static final Map<String, Object> SEARCH_DEFAULTS = Map.of("hashsize", 1L << 20, "automerge", 4L);

    /** Applies {@link #SEARCH_LOAD_SETTINGS}, returning the library's own values (null where it has none). */
    private Map<String, Object> tuneSearchIndex() throws SQLException {
        Map<String, Object> before = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v FROM event_fts_config WHERE k = ?")) {
            for (String key : SEARCH_LOAD_SETTINGS.keySet()) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    before.put(key, rs.next() ? rs.getObject(1) : null);
                }
            }
        }
        for (Map.Entry<String, Object> setting : SEARCH_LOAD_SETTINGS.entrySet()) configureSearchIndex(setting.getKey(), setting.getValue());
        return before;
    }

    /** Puts back the values {@link #tuneSearchIndex} found, leaving no setting the library did not have. */
    private void restoreSearchIndex(Map<String, Object> before) throws SQLException {
        for (Map.Entry<String, Object> setting : before.entrySet()) {
            Object value = setting.getValue();
            // Through FTS5 itself, so this connection's copy of the settings follows too.
            configureSearchIndex(setting.getKey(), value != null ? value : SEARCH_DEFAULTS.get(setting.getKey()));
            if (value == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_fts_config WHERE k = ?")) {
                    ps.setString(1, setting.getKey());
                    ps.executeUpdate();
                }
            }
        }
    }

    private void configureSearchIndex(String key, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_fts (event_fts, rank) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setObject(2, value);
            ps.executeUpdate();
        }
    }

    /**
     * Below this many events in the library, its secondary indexes on the tables a load fills are
     * dropped for the load and built again after it: building an index from sorted rows costs
     * less than keeping it up to date row by row (random inserts into five B-trees), as long as
     * the rows already there are few. A big library keeps its indexes.
     */
    static final long REBUILD_INDEXES_BELOW = 10_000;
    private static final List<String> LOADED_TABLES = List.of("event", "event_actor", "event_lane", "event_tag", "citation");

    /** Drops the loaded tables' plain secondary indexes if the library is small; their SQL by name, to be restored. */
    private Map<String, String> suspendIndexes() throws SQLException {
        Map<String, String> sql = new LinkedHashMap<>();
        // Counted only up to the threshold: a full count reads a whole index (seconds at ten million).
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT 1 FROM event LIMIT " + REBUILD_INDEXES_BELOW + ")")) {
            rs.next();
            if (rs.getLong(1) >= REBUILD_INDEXES_BELOW) return sql;
        }
        // Plain indexes only: a UNIQUE one enforces a rule the load must meet row by row, and
        // those without SQL belong to a primary key or constraint.
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM main.sqlite_master WHERE type = 'index'"
                + " AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' AND tbl_name = ? ORDER BY name")) {
            for (String table : LOADED_TABLES) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sql.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : sql.keySet()) st.execute("DROP INDEX main.\"" + name + "\"");
        }
        return sql;
    }

    private void restoreIndexes(Map<String, String> sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String create : sql.values()) {
                checkCancelled();
                st.execute(create);
            }
        }
    }

    /** Drops the {@link #SUSPENDED_TRIGGERS} that exist, returning their SQL by name, to be restored. */
    private Map<String, String> suspendTriggers() throws SQLException {
        Map<String, String> sql = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND name = ?")) {
            for (String name : SUSPENDED_TRIGGERS) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) sql.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        // The lane rows are written with the event rows (see loadRows), which stands for both lane triggers only.
        if (!sql.containsKey(LANE_EVENT_TRIGGER) || !sql.containsKey(LANE_ACTOR_TRIGGER)) {
            sql.remove(LANE_EVENT_TRIGGER);
            sql.remove(LANE_ACTOR_TRIGGER);
        }
        // Likewise the summary's: LaneBlocks.fill stands for all three.
        if (!sql.keySet().containsAll(LaneBlocks.INSERT_TRIGGERS)) LaneBlocks.INSERT_TRIGGERS.forEach(sql::remove);
        try (Statement st = c.createStatement()) {
            for (String name : sql.keySet()) st.execute("DROP TRIGGER main.\"" + name + "\"");
        }
        return sql;
    }

    private void restoreTriggers(Map<String, String> sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, String> t : sql.entrySet()) {
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM main.sqlite_master WHERE type = 'trigger' AND name = '"
                        + t.getKey().replace("'", "''") + "'")) {
                    if (rs.next()) continue;
                }
                st.execute(t.getValue());
            }
        }
    }

    /**
     * Writes for events {@code [fromId, toId]} what the suspended span and summary triggers would
     * have: their time spans into the R*Tree and their counts into {@code lane_block} (lane rows
     * were written with the event rows).
     */
    private void rebuildDerived(Map<String, String> suspended, long fromId, long toId) throws SQLException {
        if (toId < fromId) return;
        long total = toId - fromId + 1;
        progress.update(PHASE_INDEX, 0, total);
        checkCancelled();
        if (suspended.containsKey("event_span_insert")) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_span (id, first_day, last_day)"
                    + " SELECT id, start_day, end_day - 1 FROM event WHERE id BETWEEN ? AND ?"
                    + " AND end_day - start_day > " + EventStore.SPANS_LONGER_THAN + " ORDER BY id")) {
                ps.setLong(1, fromId);
                ps.setLong(2, toId);
                ps.executeUpdate();
            }
        }
        checkCancelled();
        // The lane summary's three insert triggers go together: filled set-based from the loaded rows.
        if (suspended.keySet().containsAll(LaneBlocks.INSERT_TRIGGERS)) LaneBlocks.fill(c, fromId, toId);
        checkCancelled();
        progress.update(PHASE_INDEX, total, total);
        checkCancelled();
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

    private BulkLoadResult loadRows(Iterator<? extends Event> events, long expected, Map<String, String> suspended) throws SQLException {
        long started = System.nanoTime();
        long firstId = nextEventId();
        long id = firstId;
        progress.update(PHASE_ROWS, 0, expected);
        StringBuilder actorIds = new StringBuilder();
        Set<Long> seenActors = new HashSet<>();
        // The source (a file being parsed, say) and the folding of each event's text run on a
        // second thread, a few batches ahead of the SQLite work here.
        long[] staging = {0}; // counted on the reading thread, which stages the events in order
        try (Prefetcher<Event, Staged> staged = Prefetcher.of(events, e -> staging[0]++ < indexedInline
                     ? new Staged(e, TextFolding.fold(e.title()), TextFolding.fold(e.summary())) : new Staged(e, null, null),
                     "entente-bulk-reader");
             PreparedStatement event = c.prepareStatement("INSERT INTO event (id, title, when_text, start_day, end_day, ongoing,"
                + " category, place, summary, importance, origin, actor_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement participant = c.prepareStatement(
                     "INSERT OR IGNORE INTO event_actor (event_id, actor_id, role, position) VALUES (?, ?, ?, ?)");
             PreparedStatement tag = c.prepareStatement(
                     "INSERT OR IGNORE INTO event_tag (event_id, tag_id) VALUES (?, ?)");
             PreparedStatement citation = c.prepareStatement("INSERT OR IGNORE INTO citation (record_kind, record_id, source_id,"
                     + " locator, position) VALUES ('" + RecordKind.EVENT.name() + "', ?, ?, ?, ?)");
             PreparedStatement fts = c.prepareStatement(
                     "INSERT INTO event_fts (rowid, title, summary, participants, notes) VALUES (?, ?, ?, ?, '')");
             PreparedStatement lane = c.prepareStatement(
                     "INSERT OR IGNORE INTO event_lane (event_id, start_day, importance, actor_a, actor_b) VALUES (?, ?, ?, ?, ?)")) {
            boolean lanes = suspended.containsKey(LANE_EVENT_TRIGGER);
            StringBuilder names = new StringBuilder();
            int inBatch = 0;
            boolean tagsPending = false, citationsPending = false;
            while (staged.hasNext()) {
                Staged row = staged.next();
                Event e = row.event();
                boolean indexed = id - firstId < indexedInline;
                ensureCategory(e);
                bindEvent(event, id, e);
                int position = 0;
                actorIds.setLength(0);
                seenActors.clear();
                names.setLength(0);
                long countryA = 0, countryB = 0;
                for (Participant p : e.participants()) {
                    Actor actor = actor(p.actor());
                    // The lane pair as V20__timeline_lanes.sql defines it: the first two distinct countries by position.
                    if (actor.kind() == ActorKind.COUNTRY) {
                        if (countryA == 0) countryA = actor.id();
                        else if (countryB == 0 && actor.id() != countryA) countryB = actor.id();
                    }
                    participant.setLong(1, id);
                    participant.setLong(2, actor.id());
                    participant.setString(3, p.role());
                    participant.setInt(4, position++);
                    participant.addBatch();
                    if (indexed) {
                        if (!names.isEmpty()) names.append(", ");
                        names.append(actor.name());
                    }
                    if (seenActors.add(actor.id())) { // as EventStore.actorIds: INSERT OR IGNORE keeps the first
                        if (actorIds.length() > 0) actorIds.append(',');
                        actorIds.append(actor.id());
                    }
                }
                if (indexed) {
                    fts.setLong(1, id);
                    fts.setString(2, row.ftsTitle());
                    fts.setString(3, row.ftsSummary());
                    fts.setString(4, foldedNames(names.toString()));
                    fts.addBatch();
                }
                if (lanes) {
                    lane.setLong(1, id);
                    lane.setLong(2, e.when().firstDay());
                    lane.setInt(3, e.importance());
                    if (countryA == 0) lane.setNull(4, java.sql.Types.INTEGER); else lane.setLong(4, countryA);
                    if (countryB == 0) lane.setNull(5, java.sql.Types.INTEGER); else lane.setLong(5, countryB);
                    lane.addBatch();
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
                    flush(event, participant, tagsPending ? tag : null, citationsPending ? citation : null, fts, lanes ? lane : null);
                    inBatch = 0;
                    tagsPending = citationsPending = false;
                    checkCancelled();
                    progress.update(PHASE_ROWS, id - firstId, expected);
                }
            }
            if (inBatch > 0) flush(event, participant, tagsPending ? tag : null, citationsPending ? citation : null, fts, lanes ? lane : null);
        }
        long count = id - firstId;
        if (count > indexedInline) SearchBacklog.add(c, firstId + indexedInline, id - 1);
        progress.update(PHASE_ROWS, count, count);
        long rowsDone = System.nanoTime();
        checkCancelled();
        rebuildDerived(suspended, firstId, id - 1);
        long indexDone = System.nanoTime();
        return new BulkLoadResult(count, count == 0 ? 0 : firstId, count == 0 ? 0 : id - 1, rowsDone - started, indexDone - rowsDone);
    }

    private static void flush(PreparedStatement event, PreparedStatement participant, PreparedStatement tag,
                              PreparedStatement citation, PreparedStatement fts, PreparedStatement lane) throws SQLException {
        event.executeBatch();
        participant.executeBatch();
        if (tag != null) tag.executeBatch();
        if (citation != null) citation.executeBatch();
        fts.executeBatch();
        if (lane != null) lane.executeBatch();
    }

    /**
     * Folded participant names (the stored actors' names in order, ", "-joined, as
     * {@link EventStore#index} writes them); the same casts recur, so they are remembered.
     */
    private String foldedNames(String names) {
        String folded = foldedNames.get(names);
        if (folded == null) {
            if (foldedNames.size() >= FOLDED_NAMES_KEPT) foldedNames.clear();
            folded = TextFolding.fold(names);
            foldedNames.put(names, folded);
        }
        return folded;
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

    /** The stored actor for {@code actor}, as {@link ActorStore#resolve} gives it; resolved once per name. */
    private Actor actor(Actor actor) throws SQLException {
        if (actor.id() != 0) return actor;
        Actor known = actorsByName.get(actor.name());
        if (known != null) return known;
        Actor stored = ActorStore.resolve(c, actor, origin);
        actorsByName.put(actor.name(), stored);
        return stored;
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
