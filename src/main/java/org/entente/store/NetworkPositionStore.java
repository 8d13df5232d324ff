package org.entente.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Saved node positions of the network diagram, one set per layout key ("force", "ego"). */
public final class NetworkPositionStore {
    private final Library library;

    NetworkPositionStore(Library library) { this.library = library; }

    /** The positions saved for a layout, by actor id order. */
    public List<NetworkPosition> load(String layout) {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT actor_id, x, y, pinned FROM network_position WHERE layout = ? ORDER BY actor_id")) {
                ps.setString(1, layout);
                List<NetworkPosition> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new NetworkPosition(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4) == 1));
                }
                return out;
            }
        });
    }

    /** Replaces the layout's positions with {@code positions}, all or nothing. */
    public void save(String layout, Collection<NetworkPosition> positions) {
        library.write(c -> {
            Sql.update(c, "DELETE FROM network_position WHERE layout = ?", layout);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO network_position (layout, actor_id, x, y, pinned) VALUES (?, ?, ?, ?, ?)")) {
                for (NetworkPosition p : positions) {
                    ps.setString(1, layout);
                    ps.setLong(2, p.actorId());
                    ps.setDouble(3, p.x());
                    ps.setDouble(4, p.y());
                    ps.setInt(5, p.pinned() ? 1 : 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Forgets a layout's positions (e.g. "unpin all"). */
    public void clear(String layout) {
        library.write(c -> Sql.update(c, "DELETE FROM network_position WHERE layout = ?", layout));
    }
}
