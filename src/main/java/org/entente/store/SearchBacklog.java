package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.entente.model.TextFolding;

/**
 * Events whose search-index rows are still to be written: a large import commits its events
 * first and leaves their search index to be filled afterwards, in batches, each its own
 * transaction (issue #15: a million rows imported within 1.25× of what SQLite alone needs; the
 * search index was a third of that work). How far the filling got is kept in the library itself
 * ({@code library_info}, key {@value #KEY}: the first and last event id still to index), written
 * in the same transaction as the events and then as each batch, so a crash or a kill at any
 * point leaves a library that knows exactly what is left, and the next open resumes it.
 *
 * <p>While a backlog exists, a search finds only the events already indexed; callers say so
 * ({@link Library#searchBacklog()}).
 *
 * @param firstId   the first event id still to index
 * @param lastId    the last event id still to index
 * @param remaining events with an id in that range (some may have been indexed by an edit already)
 */
public record SearchBacklog(long firstId, long lastId, long remaining) {
    /** library_info key of the backlog: "FIRST LAST". */
    static final String KEY = "search_index.pending";

    /** The backlog as recorded, or empty when the search index is complete. */
    static Optional<SearchBacklog> read(Connection c) throws SQLException {
        long[] range = range(c);
        if (range == null) return Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM event WHERE id BETWEEN ? AND ?")) {
            ps.setLong(1, range[0]);
            ps.setLong(2, range[1]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.of(new SearchBacklog(range[0], range[1], rs.getLong(1)));
            }
        }
    }

    private static long[] range(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM library_info WHERE key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) return null;
                String[] parts = rs.getString(1).trim().split(" ");
                return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
            }
        }
    }

    /**
     * Adds events {@code [firstId, lastId]} to the backlog, inside the caller's transaction. The
     * backlog stays one range: ids only grow, and an event in between that an edit indexed
     * already is indexed again with the same text.
     */
    static void add(Connection c, long firstId, long lastId) throws SQLException {
        if (lastId < firstId) return;
        long[] before = range(c);
        if (before != null) {
            firstId = Math.min(firstId, before[0]);
            lastId = Math.max(lastId, before[1]);
        }
        record(c, firstId, lastId);
    }

    private static void record(Connection c, long firstId, long lastId) throws SQLException {
        if (lastId < firstId) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM library_info WHERE key = ?")) {
                ps.setString(1, KEY);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO library_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, KEY);
            ps.setString(2, firstId + " " + lastId);
            ps.executeUpdate();
        }
    }

    /**
     * Indexes up to {@code batch} events of the backlog, from its first id on, and records how far
     * it got, inside the caller's transaction. Each event's index row is written exactly as
     * {@link EventStore#index} writes it (title, summary, participant names in order, notes and
     * tags, all folded); a row an edit wrote meanwhile is replaced.
     *
     * @return the backlog left, or empty when the index is now complete
     */
    static Optional<SearchBacklog> indexBatch(Connection c, int batch) throws SQLException {
        long[] range = range(c);
        if (range == null) return Optional.empty();
        long from = range[0], to = Math.min(range[1], range[0] + batch - 1);
        try (PreparedStatement select = c.prepareStatement("SELECT e.id, e.title, e.summary,"
                + " (SELECT group_concat(a.name, ', ' ORDER BY ea.position) FROM event_actor ea JOIN actor a ON a.id = ea.actor_id"
                + " WHERE ea.event_id = e.id), " + EventStore.notesTextSql("e.id") + " FROM event e WHERE e.id BETWEEN ? AND ? ORDER BY e.id");
             PreparedStatement delete = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO event_fts (rowid, title, summary, participants, notes) VALUES (?, ?, ?, ?, ?)")) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    delete.setLong(1, id);
                    delete.addBatch();
                    insert.setLong(1, id);
                    insert.setString(2, TextFolding.fold(rs.getString(2)));
                    insert.setString(3, TextFolding.fold(rs.getString(3)));
                    insert.setString(4, TextFolding.fold(rs.getString(4)));
                    insert.setString(5, TextFolding.fold(rs.getString(5)));
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        record(c, to + 1, range[1]);
        return read(c);
    }
}
