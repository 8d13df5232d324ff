package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        var reporter = ActorStore.resolve(c, f.reporter(), origin);
        var partner = ActorStore.resolve(c, f.partner(), origin);
        Citation source = f.source() == null ? null
                : new Citation(SourceStore.resolve(c, f.source().source(), origin), f.source().locator());
        String sql = f.id() == 0
                ? "INSERT INTO trade_figure (reporter_id, partner_id, year, flow, value_usd, quality, source_id, locator, origin)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
                : "UPDATE trade_figure SET reporter_id = ?, partner_id = ?, year = ?, flow = ?, value_usd = ?, quality = ?, source_id = ?,"
                        + " locator = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, reporter.id());
            ps.setLong(2, partner.id());
            ps.setInt(3, f.year());
            ps.setString(4, f.flow().key());
            ps.setLong(5, f.valueUsd());
            ps.setString(6, f.quality().key());
            if (source == null) ps.setNull(7, Types.INTEGER);
            else ps.setLong(7, source.source().id());
            ps.setString(8, source == null ? null : source.locator());
            if (f.id() == 0) ps.setString(9, origin);
            else ps.setLong(9, f.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no trade figure with id " + f.id());
                return new TradeFigure(rs.getLong(1), reporter, partner, f.year(), f.flow(), f.valueUsd(), f.quality(), source);
            }
        }
    }

    public void delete(long id) {
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM trade_figure WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    public Optional<TradeFigure> byId(long id) {
        return library.read(c -> {
            List<TradeFigure> l = query(c, SELECT + " WHERE t.id = ?", id);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        });
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
        var reporter = ActorStore.resolve(c, f.reporter(), origin);
        var partner = ActorStore.resolve(c, f.partner(), origin);
        Citation source = f.source() == null ? null
                : new Citation(SourceStore.resolve(c, f.source().source(), origin), f.source().locator());
        String sql = f.id() == 0
                ? "INSERT INTO trade_change (reporter_id, partner_id, year, flow, change_percent, quality, source_id, locator, origin)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
                : "UPDATE trade_change SET reporter_id = ?, partner_id = ?, year = ?, flow = ?, change_percent = ?, quality = ?, source_id = ?,"
                        + " locator = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, reporter.id());
            ps.setLong(2, partner.id());
            ps.setInt(3, f.year());
            ps.setString(4, f.flow().key());
            ps.setString(5, f.changePercent().toPlainString());
            ps.setString(6, f.quality().key());
            if (source == null) ps.setNull(7, Types.INTEGER);
            else ps.setLong(7, source.source().id());
            ps.setString(8, source == null ? null : source.locator());
            if (f.id() == 0) ps.setString(9, origin);
            else ps.setLong(9, f.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no trade change with id " + f.id());
                return new TradeChange(rs.getLong(1), reporter, partner, f.year(), f.flow(), f.changePercent(), f.quality(), source);
            }
        }
    }

    public void deleteChange(long id) {
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM trade_change WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    public Optional<TradeChange> changeById(long id) {
        return library.read(c -> {
            List<TradeChange> l = queryChanges(c, SELECT_CHANGE + " WHERE t.id = ?", id);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        });
    }

    /** Every reported change, by reporter, partner, flow and year. */
    public List<TradeChange> changes() {
        return library.read(c -> queryChanges(c, SELECT_CHANGE + " ORDER BY r.name, q.name, t.flow, t.year"));
    }

    private static List<TradeChange> queryChanges(Connection c, String sql, Object... args) throws SQLException {
        List<TradeChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Citation source = rs.getObject(17) == null ? null : new Citation(SourceStore.read(rs, 17), rs.getString(16));
                    out.add(new TradeChange(rs.getLong(1), ActorStore.read(rs, 2), ActorStore.read(rs, 7), rs.getInt(12),
                            TradeFlow.of(rs.getString(13)), new java.math.BigDecimal(rs.getString(14)), DataQuality.of(rs.getString(15)), source));
                }
            }
        }
        return out;
    }

    private static List<TradeFigure> query(Connection c, String sql, Object... args) throws SQLException {
        List<TradeFigure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Citation source = rs.getObject(17) == null ? null : new Citation(SourceStore.read(rs, 17), rs.getString(16));
                    out.add(new TradeFigure(rs.getLong(1), ActorStore.read(rs, 2), ActorStore.read(rs, 7), rs.getInt(12),
                            TradeFlow.of(rs.getString(13)), rs.getLong(14), DataQuality.of(rs.getString(15)), source));
                }
            }
        }
        return out;
    }
}
