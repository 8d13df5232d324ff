package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.entente.model.Note;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;

/** Researchers' notes on records. Notes on events are part of the search index. */
public final class NoteStore {
    private static final String SELECT = "SELECT id, record_kind, record_id, text, tags, highlight, created_at, updated_at FROM note";
    private final Library library;

    NoteStore(Library library) { this.library = library; }

    public Note save(Note note) {
        return library.write(c -> {
            String sql = note.id() == 0
                    ? "INSERT INTO note (record_kind, record_id, text, tags, highlight) VALUES (?, ?, ?, ?, ?) RETURNING id"
                    : "UPDATE note SET record_kind = ?, record_id = ?, text = ?, tags = ?, highlight = ?,"
                            + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id";
            long id;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, note.target().kind().name());
                ps.setLong(2, note.target().id());
                ps.setString(3, note.text());
                ps.setString(4, String.join("|", note.tags()));
                ps.setString(5, note.highlight());
                if (note.id() != 0) ps.setLong(6, note.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new SQLException("no note with id " + note.id());
                    id = rs.getLong(1);
                }
            }
            if (note.target().kind() == RecordKind.EVENT) EventStore.reindex(c, note.target().id());
            return query(c, SELECT + " WHERE id = ?", id).get(0);
        });
    }

    public void delete(long id) {
        library.write(c -> {
            List<Note> existing = query(c, SELECT + " WHERE id = ?", id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            for (Note n : existing) if (n.target().kind() == RecordKind.EVENT) EventStore.reindex(c, n.target().id());
            return null;
        });
    }

    public List<Note> forRecord(RecordRef ref) {
        return library.read(c -> query(c, SELECT + " WHERE record_kind = ? AND record_id = ? ORDER BY created_at, id",
                ref.kind().name(), ref.id()));
    }

    public java.util.Optional<Note> byId(long id) {
        return library.read(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    public List<Note> all() {
        return library.read(c -> query(c, SELECT + " ORDER BY created_at, id"));
    }

    private static List<Note> query(Connection c, String sql, Object... args) throws SQLException {
        return Sql.list(c, sql, rs -> {
            String tags = rs.getString(5);
            return new Note(rs.getLong(1), new RecordRef(RecordKind.valueOf(rs.getString(2)), rs.getLong(3)), rs.getString(4),
                    tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\\|")), rs.getString(6),
                    Instant.parse(rs.getString(7)), Instant.parse(rs.getString(8)));
        }, args);
    }
}
