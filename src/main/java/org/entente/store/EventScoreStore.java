package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

import org.entente.model.EventScore;

/**
 * The scores of coded events (table {@code event_score}, V91): Goldstein, tone and GDELT's
 * counts. A score lives and dies with its event (deleting the event deletes it).
 */
public final class EventScoreStore {
    static final String UPSERT = "INSERT INTO event_score (event_id, goldstein, avg_tone, mentions, sources, articles,"
            + " cameo_code, gdelt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (event_id) DO UPDATE SET goldstein = excluded.goldstein, avg_tone = excluded.avg_tone,"
            + " mentions = excluded.mentions, sources = excluded.sources, articles = excluded.articles,"
            + " cameo_code = excluded.cameo_code, gdelt_id = excluded.gdelt_id";

    private final Library library;

    EventScoreStore(Library library) { this.library = library; }

    /** The event's score, if it has one. */
    public Optional<EventScore> find(long eventId) {
        return library.read(c -> find(c, eventId));
    }

    /** Gives the event this score (replacing any it had), in its own transaction. */
    public void save(long eventId, EventScore score) {
        library.write(c -> {
            save(c, eventId, score);
            return null;
        });
    }

    /** Removes the event's score, if any. */
    public void remove(long eventId) {
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_score WHERE event_id = ?")) {
                ps.setLong(1, eventId);
                return ps.executeUpdate();
            }
        });
    }

    /** Whether an event of the library already carries this GDELT id (a second import of the same row). */
    public boolean hasGdeltId(long gdeltId) {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM event_score WHERE gdelt_id = ?")) {
                ps.setLong(1, gdeltId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Writes a score inside the caller's transaction (imports write many in one). */
    public static void save(Connection c, long eventId, EventScore score) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            bind(ps, eventId, score);
            ps.executeUpdate();
        }
    }

    /** Binds the eight parameters of {@link #UPSERT}, for callers that batch it. */
    public static void bind(PreparedStatement ps, long eventId, EventScore s) throws SQLException {
        ps.setLong(1, eventId);
        setDouble(ps, 2, s.goldstein());
        setDouble(ps, 3, s.avgTone());
        setInt(ps, 4, s.mentions());
        setInt(ps, 5, s.sources());
        setInt(ps, 6, s.articles());
        if (s.cameoCode() == null) ps.setNull(7, Types.VARCHAR); else ps.setString(7, s.cameoCode());
        if (s.gdeltId() == null) ps.setNull(8, Types.INTEGER); else ps.setLong(8, s.gdeltId());
    }

    /** The event's score read inside the caller's transaction. */
    public static Optional<EventScore> find(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT goldstein, avg_tone, mentions, sources, articles, cameo_code,"
                + " gdelt_id FROM event_score WHERE event_id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new EventScore(getDouble(rs, 1), getDouble(rs, 2), getInt(rs, 3), getInt(rs, 4),
                        getInt(rs, 5), rs.getString(6), getLong(rs, 7)));
            }
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.REAL); else ps.setDouble(i, v);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setInt(i, v);
    }

    private static Double getDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer getInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
