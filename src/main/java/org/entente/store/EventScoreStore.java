package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.model.EventScore;
import org.entente.model.PairMonth;

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
        library.write(c -> Sql.update(c, "DELETE FROM event_score WHERE event_id = ?", eventId));
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

    /**
     * Per unordered pair of countries and per month of the events' start, the coded events both
     * took part in, how many have a Goldstein score and their sum, in pair then month order. One
     * query; with {@code pair} (two actor ids, either order) only that pair's months, read through
     * the participants' index by actor. Only countries count: an organisation taking part makes no
     * pair, and an event of three countries counts for each of its three pairs.
     */
    public List<PairMonth> pairMonths(long[] pair) {
        return library.read(c -> pairMonths(c, pair));
    }

    /** Every pair's months ({@link #pairMonths(long[])} with no pair). */
    public List<PairMonth> pairMonths() { return pairMonths(null); }

    static List<PairMonth> pairMonths(Connection c, long[] pair) throws SQLException {
        // julianday → calendar month: epoch day 0 is Julian day 2440587.5
        String sql = "SELECT a.actor_id, b.actor_id, CAST(strftime('%Y', e.start_day + 2440587.5) AS INTEGER),"
                + " CAST(strftime('%m', e.start_day + 2440587.5) AS INTEGER), count(*), count(s.goldstein), total(s.goldstein)"
                // Every pair: from the scored events, in this order (CROSS JOIN keeps it); SQLite's own
                // plan left them for last and so walked every participation (1.6 s at ten million
                // events, none of them scored). One pair: from its participations (the index by actor).
                + (pair == null ? " FROM event_score s CROSS JOIN event_actor a ON a.event_id = s.event_id"
                        + " CROSS JOIN event_actor b ON b.event_id = a.event_id AND b.actor_id > a.actor_id CROSS JOIN event e ON e.id = a.event_id"
                        + " CROSS JOIN actor x ON x.id = a.actor_id AND x.kind = 'country' CROSS JOIN actor y ON y.id = b.actor_id AND y.kind = 'country'"
                        : " FROM event_actor a JOIN event_score s ON s.event_id = a.event_id"
                        + " JOIN event_actor b ON b.event_id = a.event_id AND b.actor_id > a.actor_id JOIN event e ON e.id = a.event_id"
                        + " JOIN actor x ON x.id = a.actor_id AND x.kind = 'country' JOIN actor y ON y.id = b.actor_id AND y.kind = 'country'")
                + (pair == null ? "" : " WHERE a.actor_id = ? AND b.actor_id = ?")
                + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (pair != null) {
                ps.setLong(1, Math.min(pair[0], pair[1]));
                ps.setLong(2, Math.max(pair[0], pair[1]));
            }
            List<PairMonth> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new PairMonth(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getDouble(7)));
            }
            return out;
        }
    }

    /**
     * The first and last month (year × 12 + month − 1, as {@link PairMonth#monthIndex()}) in which
     * the library holds any coded event, or empty when it holds none: inside it a month without
     * events between a pair is a real zero, outside it nothing is known.
     */
    public Optional<int[]> codedMonths() {
        return library.read(c -> {
            // From the scored events (CROSS JOIN keeps the order): SQLite's own plan walked every event (0.9 s at 10M, none scored).
            try (PreparedStatement ps = c.prepareStatement("SELECT min(e.start_day), max(e.start_day) FROM event_score s CROSS JOIN event e ON e.id = s.event_id");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getObject(1) == null) return Optional.empty();
                java.time.LocalDate first = java.time.LocalDate.ofEpochDay(rs.getLong(1)), last = java.time.LocalDate.ofEpochDay(rs.getLong(2));
                return Optional.of(new int[] {first.getYear() * 12 + first.getMonthValue() - 1, last.getYear() * 12 + last.getMonthValue() - 1});
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
