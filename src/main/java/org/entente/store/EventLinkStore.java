package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
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
        long id = Sql.returningId(c, "INSERT INTO event_link (from_event, to_event, kind) VALUES (?, ?, ?) RETURNING id", "event link", 0,
                link.fromEventId(), link.toEventId(), link.kind().key());
        return new EventLink(id, link.fromEventId(), link.toEventId(), link.kind());
    }

    public void delete(long id) { library.write(c -> Sql.update(c, "DELETE FROM event_link WHERE id = ?", id)); }

    public List<EventLink> all() { return library.read(c -> query(c, SELECT + " ORDER BY id")); }

    /** Links touching an event, either way. */
    public List<EventLink> of(long eventId) {
        return library.read(c -> query(c, SELECT + " WHERE from_event = ? OR to_event = ? ORDER BY id", eventId, eventId));
    }

    private static List<EventLink> query(Connection c, String sql, Object... args) throws SQLException {
        return Sql.list(c, sql, rs -> new EventLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), LinkKind.of(rs.getString(4))), args);
    }
}
