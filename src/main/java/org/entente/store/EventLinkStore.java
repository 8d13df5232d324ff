package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.EventLink;
import org.entente.model.LinkKind;

/** Directed links between events ("led to", "in response to", "follow-up of"). */
public final class EventLinkStore {
    private static final String SELECT = "SELECT id, from_event, to_event, kind FROM event_link";
    private final Library library;

    EventLinkStore(Library library) { this.library = library; }

    public EventLink save(EventLink link) { return library.write(c -> save(c, link)); }

    static EventLink save(Connection c, EventLink link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_link (from_event, to_event, kind) VALUES (?, ?, ?) RETURNING id")) {
            ps.setLong(1, link.fromEventId());
            ps.setLong(2, link.toEventId());
            ps.setString(3, link.kind().key());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new EventLink(rs.getLong(1), link.fromEventId(), link.toEventId(), link.kind());
            }
        }
    }

    public void delete(long id) {
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_link WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    public List<EventLink> all() { return library.read(c -> query(c, SELECT + " ORDER BY id")); }

    /** Links touching an event, either way. */
    public List<EventLink> of(long eventId) {
        return library.read(c -> query(c, SELECT + " WHERE from_event = ? OR to_event = ? ORDER BY id", eventId, eventId));
    }

    private static List<EventLink> query(Connection c, String sql, Object... args) throws SQLException {
        List<EventLink> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new EventLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), LinkKind.of(rs.getString(4))));
            }
        }
        return out;
    }
}
