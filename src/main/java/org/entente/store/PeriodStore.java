package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.DateRange;
import org.entente.model.EventHeader;
import org.entente.model.Period;

/** Eras drawn as background bands on the timeline. */
public final class PeriodStore {
    private static final String SELECT = "SELECT id, name, when_text, colour, note FROM period";
    private final Library library;

    PeriodStore(Library library) { this.library = library; }

    public Period save(Period p) { return library.write(c -> save(c, p, "user")); }

    static Period save(Connection c, Period p, String origin) throws SQLException {
        String sql = p.id() == 0
                ? "INSERT INTO period (name, when_text, start_day, end_day, colour, note, origin) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"
                : "UPDATE period SET name = ?, when_text = ?, start_day = ?, end_day = ?, colour = ?, note = ?,"
                        + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, p.name());
            ps.setString(2, p.when().toString());
            ps.setLong(3, p.when().firstDay());
            ps.setLong(4, p.when().ongoing() ? EventHeader.ONGOING_END : p.when().endDay());
            ps.setString(5, p.colour());
            ps.setString(6, p.note());
            if (p.id() == 0) ps.setString(7, origin);
            else ps.setLong(7, p.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no period with id " + p.id());
                return new Period(rs.getLong(1), p.name(), p.when(), p.colour(), p.note());
            }
        }
    }

    public void delete(long id) {
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM period WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    public List<Period> all() { return library.read(c -> query(c, SELECT + " ORDER BY start_day, id")); }

    public java.util.Optional<Period> byId(long id) {
        return library.read(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    /** Periods overlapping [fromDay, toDay). */
    public List<Period> inWindow(long fromDay, long toDay) {
        return library.read(c -> query(c, SELECT + " WHERE start_day < ? AND end_day > ? ORDER BY start_day, id", toDay, fromDay));
    }

    private static List<Period> query(Connection c, String sql, Object... args) throws SQLException {
        List<Period> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new Period(rs.getLong(1), rs.getString(2), DateRange.parse(rs.getString(3)), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }
}
