package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.model.RecordKind;

/**
 * Store work the edit layer needs beyond the repositories' own: what still uses an actor or a
 * source, deleting those, and deleting the notes attached to a record. Each call joins the
 * caller's transaction when made inside {@link Library#write}.
 */
public final class EditSupport {
    private EditSupport() {}

    /** How many records of each kind ("events", "partnerships", "trade figures") refer to an actor; kinds with none left out. */
    public static Map<String, Long> usesOfActor(Library library, long actorId) {
        return library.read(c -> counts(c, actorId, new String[][] {
                {"events", "SELECT count(DISTINCT event_id) FROM event_actor WHERE actor_id = ?1"},
                {"partnerships", "SELECT count(*) FROM partnership WHERE actor_a = ?1 OR actor_b = ?1"},
                {"trade figures", "SELECT (SELECT count(*) FROM trade_figure WHERE reporter_id = ?1 OR partner_id = ?1)"
                        + " + (SELECT count(*) FROM trade_change WHERE reporter_id = ?1 OR partner_id = ?1)"}}));
    }

    /** How many records of each kind cite a source; kinds with none left out. */
    public static Map<String, Long> usesOfSource(Library library, long sourceId) {
        return library.read(c -> counts(c, sourceId, new String[][] {
                {"events", "SELECT count(*) FROM citation WHERE source_id = ?1 AND record_kind = 'EVENT'"},
                {"partnerships", "SELECT count(*) FROM citation WHERE source_id = ?1 AND record_kind = 'PARTNERSHIP'"},
                {"other records", "SELECT count(*) FROM citation WHERE source_id = ?1 AND record_kind NOT IN ('EVENT', 'PARTNERSHIP')"},
                {"trade figures", "SELECT (SELECT count(*) FROM trade_figure WHERE source_id = ?1)"
                        + " + (SELECT count(*) FROM trade_change WHERE source_id = ?1)"}}));
    }

    private static Map<String, Long> counts(Connection c, long id, String[][] queries) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String[] q : queries) {
            try (PreparedStatement ps = c.prepareStatement(q[1])) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    long n = rs.next() ? rs.getLong(1) : 0;
                    if (n > 0) out.put(q[0], n);
                }
            }
        }
        return out;
    }

    /** Deletes an actor with the notes on it and its places in network drawings; fails while records use it. */
    public static void deleteActor(Library library, long actorId) {
        library.write(c -> {
            deleteNotes(c, RecordKind.ACTOR, actorId);
            return deleteRow(c, "actor", actorId);
        });
    }

    /** Deletes a source with the notes on it; fails while records cite it. */
    public static void deleteSource(Library library, long sourceId) {
        library.write(c -> {
            deleteNotes(c, RecordKind.SOURCE, sourceId);
            return deleteRow(c, "source", sourceId);
        });
    }

    /** Deletes the notes attached to one record; events' notes also leave the search index. */
    public static void deleteNotesOf(Library library, RecordKind kind, long recordId) {
        library.write(c -> {
            deleteNotes(c, kind, recordId);
            if (kind == RecordKind.EVENT) EventStore.reindex(c, recordId);
            return null;
        });
    }

    private static void deleteNotes(Connection c, RecordKind kind, long recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE record_kind = ? AND record_id = ?")) {
            ps.setString(1, kind.name());
            ps.setLong(2, recordId);
            ps.executeUpdate();
        }
    }

    private static int deleteRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            int n = ps.executeUpdate();
            if (n == 0) throw new SQLException("no " + table + " with id " + id);
            return n;
        }
    }
}
