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
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM actor ORDER BY name COLLATE NOCASE")) {
                return list(ps);
            }
        });
    }

    public Optional<Actor> byId(long id) {
        return library.read(c -> byId(c, id));
    }

    static Optional<Actor> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM actor WHERE id = ?")) {
            ps.setLong(1, id);
            List<Actor> l = list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    public Optional<Actor> byName(String name) {
        return library.read(c -> byName(c, name));
    }

    static Optional<Actor> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM actor WHERE name = ?")) {
            ps.setString(1, name.strip());
            List<Actor> l = list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    public Optional<Actor> byIsoCode(String iso3) {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM actor WHERE iso3 = ?")) {
                ps.setString(1, iso3.strip().toUpperCase(Locale.ROOT));
                List<Actor> l = list(ps);
                return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
            }
        });
    }

    /** Inserts a new actor, or updates the stored one when {@code actor.id()} is set. */
    public Actor save(Actor actor) { return library.write(c -> save(c, actor, "user")); }

    static Actor save(Connection c, Actor actor, String origin) throws SQLException {
        if (actor.id() == 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO actor (name, kind, iso3, colour, origin) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, actor.name());
                ps.setString(2, actor.kind().name().toLowerCase(Locale.ROOT));
                ps.setString(3, actor.isoCode());
                ps.setString(4, actor.colour());
                ps.setString(5, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return actor.withId(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE actor SET name = ?, kind = ?, iso3 = ?, colour = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")) {
            ps.setString(1, actor.name());
            ps.setString(2, actor.kind().name().toLowerCase(Locale.ROOT));
            ps.setString(3, actor.isoCode());
            ps.setString(4, actor.colour());
            ps.setLong(5, actor.id());
            if (ps.executeUpdate() != 1) throw new SQLException("no actor with id " + actor.id());
            return actor;
        }
    }

    /** The stored actor for {@code actor}: itself when it has an id, else one of the same name, else a new one. */
    static Actor resolve(Connection c, Actor actor, String origin) throws SQLException {
        if (actor.id() != 0) return actor;
        Optional<Actor> existing = byName(c, actor.name());
        return existing.isPresent() ? existing.get() : save(c, actor, origin);
    }

    static List<Actor> list(PreparedStatement ps) throws SQLException {
        List<Actor> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs, 1));
        }
        return out;
    }

    /** Reads an actor from five columns starting at {@code col}: id, name, kind, iso3, colour. */
    static Actor read(ResultSet rs, int col) throws SQLException {
        return new Actor(rs.getLong(col), rs.getString(col + 1), ActorKind.valueOf(rs.getString(col + 2).toUpperCase(Locale.ROOT)),
                rs.getString(col + 3), rs.getString(col + 4));
    }
}
