package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.model.Citation;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.RecordKind;

/** Partnership spells: a pair at one level from a date until a date or ongoing. */
public final class PartnershipStore {
    private static final String SELECT = selectFrom("partnership");

    private final Library library;

    PartnershipStore(Library library) { this.library = library; }

    /** The query for partnership rows read from {@code table} (the table itself or a CTE over it), aliased p. */
    private static String selectFrom(String table) {
        return "SELECT p.id, a.id, a.name, a.kind, a.iso3, a.colour, b.id, b.name, b.kind, b.iso3, b.colour,"
                + " l.key, l.label, l.rank, p.official_name, p.from_text, p.until_text, p.note"
                + " FROM " + table + " p JOIN actor a ON a.id = p.actor_a JOIN actor b ON b.id = p.actor_b"
                + " JOIN partnership_level l ON l.key = p.level";
    }

    public Partnership save(Partnership p) { return library.write(c -> save(c, p, "user")); }

    static Partnership save(Connection c, Partnership p, String origin) throws SQLException {
        var a = ActorStore.resolve(c, p.a(), origin);
        var b = ActorStore.resolve(c, p.b(), origin);
        try (PreparedStatement lvl = c.prepareStatement("INSERT OR IGNORE INTO partnership_level (key, label, rank) VALUES (?, ?, ?)")) {
            lvl.setString(1, p.level().key());
            lvl.setString(2, p.level().label());
            lvl.setInt(3, p.level().rank());
            lvl.executeUpdate();
        }
        String sql = p.id() == 0
                ? "INSERT INTO partnership (actor_a, actor_b, level, official_name, from_text, from_day, until_text, until_day, note, origin)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
                : "UPDATE partnership SET actor_a = ?, actor_b = ?, level = ?, official_name = ?, from_text = ?, from_day = ?,"
                        + " until_text = ?, until_day = ?, note = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id";
        long id;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a.id());
            ps.setLong(2, b.id());
            ps.setString(3, p.level().key());
            ps.setString(4, p.officialName());
            ps.setString(5, p.from().toString());
            ps.setLong(6, p.from().firstDay());
            ps.setString(7, p.until() == null ? null : p.until().toString());
            if (p.until() == null) ps.setNull(8, java.sql.Types.INTEGER);
            else ps.setLong(8, p.until().firstDay());
            ps.setString(9, p.note());
            if (p.id() == 0) ps.setString(10, origin);
            else ps.setLong(10, p.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no partnership with id " + p.id());
                id = rs.getLong(1);
            }
        }
        List<Citation> citations = SourceStore.replaceCitations(c, RecordKind.PARTNERSHIP, id, p.sources(), origin);
        return new Partnership(id, a, b, p.level(), p.officialName(), p.from(), p.until(), citations, p.note());
    }

    public void delete(long id) {
        library.write(c -> {
            SourceStore.deleteCitations(c, RecordKind.PARTNERSHIP, id);
            Sql.update(c, "DELETE FROM note WHERE record_kind = 'PARTNERSHIP' AND record_id = ?", id);
            return Sql.update(c, "DELETE FROM partnership WHERE id = ?", id);
        });
    }

    public Optional<Partnership> byId(long id) {
        return library.read(c -> Sql.first(query(c, SELECT + " WHERE p.id = ?", id)));
    }

    /** Every spell, ordered by pair and start. */
    public List<Partnership> all() {
        return library.read(c -> query(c, SELECT + " ORDER BY a.name, b.name, p.from_day"));
    }

    /** One pair's history, in either order of the two actors, oldest first. */
    public List<Partnership> history(long actorA, long actorB) {
        return library.read(c -> query(c, SELECT + " WHERE (p.actor_a = ? AND p.actor_b = ?) OR (p.actor_a = ? AND p.actor_b = ?)"
                + " ORDER BY p.from_day", actorA, actorB, actorB, actorA));
    }

    /**
     * The spells in force on an epoch day: begun on or before it and not yet ended. Where a pair
     * has several such spells (an upgrade recorded without closing the old level), only the most
     * recent counts.
     */
    public List<Partnership> asOf(long epochDay) {
        return library.read(c -> query(c, "WITH in_force AS (SELECT *, row_number() OVER ("
                + "PARTITION BY min(actor_a, actor_b), max(actor_a, actor_b) ORDER BY from_day DESC, id DESC) AS recency"
                + " FROM partnership WHERE from_day <= ? AND (until_day IS NULL OR until_day > ?)) "
                + selectFrom("in_force") + " WHERE p.recency = 1 ORDER BY a.name, b.name",
                epochDay, epochDay));
    }

    private static List<Partnership> query(Connection c, String sql, Object... args) throws SQLException {
        List<Partnership> out = Sql.list(c, sql, PartnershipStore::read, args);
        List<Partnership> withSources = new ArrayList<>(out.size());
        for (Partnership p : out) {
            withSources.add(new Partnership(p.id(), p.a(), p.b(), p.level(), p.officialName(), p.from(), p.until(),
                    SourceStore.citationsOf(c, RecordKind.PARTNERSHIP, p.id()), p.note()));
        }
        return withSources;
    }

    /** A spell from a row of {@link #selectFrom}, without its citations. */
    private static Partnership read(ResultSet rs) throws SQLException {
        String until = rs.getString(17);
        return new Partnership(rs.getLong(1), ActorStore.read(rs, 2), ActorStore.read(rs, 7),
                new PartnershipLevel(rs.getString(12), rs.getString(13), rs.getInt(14)), rs.getString(15),
                EventDate.parse(rs.getString(16)), until == null ? null : EventDate.parse(until), List.of(), rs.getString(18));
    }
}
