package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.TradeChange;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

/**
 * Bilateral trade figures (levels, one per reporter, partner, year and flow) and reported changes
 * of trade (percentages, also one per reporter, partner, year and flow), kept in two tables.
 */
public final class TradeStore {
    private static final String SELECT = "SELECT t.id, r.id, r.name, r.kind, r.iso3, r.colour, q.id, q.name, q.kind, q.iso3, q.colour,"
            + " t.year, t.flow, t.value_usd, t.quality, t.locator, " + SourceStore.COLUMNS
            + " FROM trade_figure t JOIN actor r ON r.id = t.reporter_id JOIN actor q ON q.id = t.partner_id"
            + " LEFT JOIN source s ON s.id = t.source_id";

    private static final String SELECT_CHANGE = "SELECT t.id, r.id, r.name, r.kind, r.iso3, r.colour, q.id, q.name, q.kind, q.iso3, q.colour,"
            + " t.year, t.flow, t.change_percent, t.quality, t.locator, " + SourceStore.COLUMNS
            + " FROM trade_change t JOIN actor r ON r.id = t.reporter_id JOIN actor q ON q.id = t.partner_id"
            + " LEFT JOIN source s ON s.id = t.source_id";

    private final Library library;

    TradeStore(Library library) { this.library = library; }

    /** Inserts or replaces a figure (one per reporter, partner, year and flow). */
    public TradeFigure save(TradeFigure f) { return library.write(c -> save(c, f, "user")); }

    static TradeFigure save(Connection c, TradeFigure f, String origin) throws SQLException {
        Row row = writeRow(c, "trade_figure", "value_usd", f.id(), f.reporter(), f.partner(), f.year(), f.flow(), f.valueUsd(),
                f.quality(), f.source(), origin);
        return new TradeFigure(row.id(), row.reporter(), row.partner(), f.year(), f.flow(), f.valueUsd(), f.quality(), row.source());
    }

    /** A row written by {@link #writeRow}: its id and the library's own actors and citation. */
    private record Row(long id, Actor reporter, Actor partner, Citation source) {}

    /**
     * Inserts (id 0) or updates one row of {@code table}, trade_figure or trade_change: the two share
     * every column but the one holding the value (a level in dollars, or a percentage as text).
     */
    private static Row writeRow(Connection c, String table, String valueColumn, long id, Actor reporterIn, Actor partnerIn, int year,
                                TradeFlow flow, Object value, DataQuality quality, Citation sourceIn, String origin) throws SQLException {
        Actor reporter = ActorStore.resolve(c, reporterIn, origin);
        Actor partner = ActorStore.resolve(c, partnerIn, origin);
        Citation source = sourceIn == null ? null : new Citation(SourceStore.resolve(c, sourceIn.source(), origin), sourceIn.locator());
        String sql = id == 0
                ? "INSERT INTO " + table + " (reporter_id, partner_id, year, flow, " + valueColumn + ", quality, source_id, locator, origin)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
                : "UPDATE " + table + " SET reporter_id = ?, partner_id = ?, year = ?, flow = ?, " + valueColumn + " = ?, quality = ?, source_id = ?,"
                        + " locator = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, reporter.id());
            ps.setLong(2, partner.id());
            ps.setInt(3, year);
            ps.setString(4, flow.key());
            ps.setObject(5, value);
            ps.setString(6, quality.key());
            if (source == null) ps.setNull(7, Types.INTEGER);
            else ps.setLong(7, source.source().id());
            ps.setString(8, source == null ? null : source.locator());
            if (id == 0) ps.setString(9, origin);
            else ps.setLong(9, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no row with id " + id + " in " + table);
                return new Row(rs.getLong(1), reporter, partner, source);
            }
        }
    }

    private void deleteRow(String table, long id) {
        library.write(c -> Sql.update(c, "DELETE FROM " + table + " WHERE id = ?", id));
    }

    public void delete(long id) { deleteRow("trade_figure", id); }

    public Optional<TradeFigure> byId(long id) {
        return library.read(c -> Sql.first(query(c, SELECT + " WHERE t.id = ?", id)));
    }

    public List<TradeFigure> all() {
        return library.read(c -> query(c, SELECT + " ORDER BY r.name, q.name, t.flow, t.year"));
    }

    /** One series: the figures a reporter gives for its trade with a partner in one flow, by year. */
    public List<TradeFigure> series(long reporterId, long partnerId, TradeFlow flow) {
        return library.read(c -> query(c, SELECT + " WHERE t.reporter_id = ? AND t.partner_id = ? AND t.flow = ? ORDER BY t.year",
                reporterId, partnerId, flow.key()));
    }

    /** Every figure on the trade between two actors, whichever of them reported it. */
    public List<TradeFigure> between(long actorA, long actorB) {
        return library.read(c -> query(c, SELECT + " WHERE (t.reporter_id = ? AND t.partner_id = ?) OR (t.reporter_id = ? AND t.partner_id = ?)"
                + " ORDER BY r.name, t.flow, t.year", actorA, actorB, actorB, actorA));
    }

    /** Inserts or replaces a reported change (one per reporter, partner, year and flow). */
    public TradeChange saveChange(TradeChange change) { return library.write(c -> saveChange(c, change, "user")); }

    static TradeChange saveChange(Connection c, TradeChange f, String origin) throws SQLException {
        Row row = writeRow(c, "trade_change", "change_percent", f.id(), f.reporter(), f.partner(), f.year(), f.flow(),
                f.changePercent().toPlainString(), f.quality(), f.source(), origin);
        return new TradeChange(row.id(), row.reporter(), row.partner(), f.year(), f.flow(), f.changePercent(), f.quality(), row.source());
    }

    public void deleteChange(long id) { deleteRow("trade_change", id); }

    public Optional<TradeChange> changeById(long id) {
        return library.read(c -> Sql.first(queryChanges(c, SELECT_CHANGE + " WHERE t.id = ?", id)));
    }

    /** Every reported change, by reporter, partner, flow and year. */
    public List<TradeChange> changes() {
        return library.read(c -> queryChanges(c, SELECT_CHANGE + " ORDER BY r.name, q.name, t.flow, t.year"));
    }

    private static List<TradeChange> queryChanges(Connection c, String sql, Object... args) throws SQLException {
        return Sql.list(c, sql, rs -> new TradeChange(rs.getLong(1), ActorStore.read(rs, 2), ActorStore.read(rs, 7), rs.getInt(12),
                TradeFlow.of(rs.getString(13)), new java.math.BigDecimal(rs.getString(14)), DataQuality.of(rs.getString(15)), source(rs)), args);
    }

    private static List<TradeFigure> query(Connection c, String sql, Object... args) throws SQLException {
        return Sql.list(c, sql, rs -> new TradeFigure(rs.getLong(1), ActorStore.read(rs, 2), ActorStore.read(rs, 7), rs.getInt(12),
                TradeFlow.of(rs.getString(13)), rs.getLong(14), DataQuality.of(rs.getString(15)), source(rs)), args);
    }

    /** The citation of a row of {@link #SELECT} or {@link #SELECT_CHANGE} (the locator in column 16, the source from 17), or null. */
    private static Citation source(ResultSet rs) throws SQLException {
        return rs.getObject(17) == null ? null : new Citation(SourceStore.read(rs, 17), rs.getString(16));
    }
}
