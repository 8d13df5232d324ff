package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
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
        long id = Sql.returningId(c, sql, "period", p.id(), p.name(), p.when().toString(), p.when().firstDay(),
                p.when().ongoing() ? EventHeader.ONGOING_END : p.when().endDay(), p.colour(), p.note(), p.id() == 0 ? origin : p.id());
        return new Period(id, p.name(), p.when(), p.colour(), p.note());
    }

    public void delete(long id) { library.write(c -> Sql.update(c, "DELETE FROM period WHERE id = ?", id)); }

    public List<Period> all() { return library.read(c -> query(c, SELECT + " ORDER BY start_day, id")); }

    public java.util.Optional<Period> byId(long id) {
        return library.read(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    /** Periods overlapping [fromDay, toDay). */
    public List<Period> inWindow(long fromDay, long toDay) {
        return library.read(c -> query(c, SELECT + " WHERE start_day < ? AND end_day > ? ORDER BY start_day, id", toDay, fromDay));
    }

    private static List<Period> query(Connection c, String sql, Object... args) throws SQLException {
        return Sql.list(c, sql,
                rs -> new Period(rs.getLong(1), rs.getString(2), DateRange.parse(rs.getString(3)), rs.getString(4), rs.getString(5)), args);
    }
}
