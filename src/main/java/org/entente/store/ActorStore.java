package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.entente.model.Actor;
import org.entente.model.ActorKind;

/** Countries, organisations, people and blocs. */
public final class ActorStore {
    static final String COLUMNS = "id, name, kind, iso3, colour";
    private final Library library;

    ActorStore(Library library) { this.library = library; }

    public List<Actor> all() {
        return library.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM actor ORDER BY name COLLATE NOCASE", ActorStore::read));
    }

    public Optional<Actor> byId(long id) {
        return library.read(c -> byId(c, id));
    }

    static Optional<Actor> byId(Connection c, long id) throws SQLException { return first(c, "id", id); }

    public Optional<Actor> byName(String name) {
        return library.read(c -> byName(c, name));
    }

    static Optional<Actor> byName(Connection c, String name) throws SQLException { return first(c, "name", name.strip()); }

    public Optional<Actor> byIsoCode(String iso3) {
        return library.read(c -> first(c, "iso3", iso3.strip().toUpperCase(Locale.ROOT)));
    }

    /** The first actor whose {@code column} holds {@code value}. */
    private static Optional<Actor> first(Connection c, String column, Object value) throws SQLException {
        return Sql.first(Sql.list(c, "SELECT " + COLUMNS + " FROM actor WHERE " + column + " = ?", ActorStore::read, value));
    }

    /** Inserts a new actor, or updates the stored one when {@code actor.id()} is set. */
    public Actor save(Actor actor) { return library.write(c -> save(c, actor, "user")); }

    static Actor save(Connection c, Actor actor, String origin) throws SQLException {
        if (actor.id() == 0) {
            return actor.withId(Sql.returningId(c, "INSERT INTO actor (name, kind, iso3, colour, origin) VALUES (?, ?, ?, ?, ?) RETURNING id",
                    "actor", 0, actor.name(), kindText(actor), actor.isoCode(), actor.colour(), origin));
        }
        int updated = Sql.update(c, "UPDATE actor SET name = ?, kind = ?, iso3 = ?, colour = ?,"
                + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
                actor.name(), kindText(actor), actor.isoCode(), actor.colour(), actor.id());
        if (updated != 1) throw new SQLException("no actor with id " + actor.id());
        return actor;
    }

    /** The stored actor for {@code actor}: itself when it has an id, else one of the same name, else a new one. */
    static Actor resolve(Connection c, Actor actor, String origin) throws SQLException {
        if (actor.id() != 0) return actor;
        Optional<Actor> existing = byName(c, actor.name());
        return existing.isPresent() ? existing.get() : save(c, actor, origin);
    }

    /** How the actor table spells a kind: "country". */
    private static String kindText(Actor actor) { return actor.kind().name().toLowerCase(Locale.ROOT); }

    static List<Actor> list(PreparedStatement ps) throws SQLException {
        List<Actor> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs, 1));
        }
        return out;
    }

    /** Reads an actor from the first five columns: id, name, kind, iso3, colour. */
    private static Actor read(ResultSet rs) throws SQLException { return read(rs, 1); }

    /** Reads an actor from five columns starting at {@code col}: id, name, kind, iso3, colour. */
    static Actor read(ResultSet rs, int col) throws SQLException {
        return new Actor(rs.getLong(col), rs.getString(col + 1), ActorKind.valueOf(rs.getString(col + 2).toUpperCase(Locale.ROOT)),
                rs.getString(col + 3), rs.getString(col + 4));
    }
}
