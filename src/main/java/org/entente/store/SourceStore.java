package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.model.Citation;
import org.entente.model.EventDate;
import org.entente.model.RecordKind;
import org.entente.model.Source;

/** Cited sources, and the citations that tie them to records. */
public final class SourceStore {
    static final String COLUMNS = "s.id, s.title, s.publisher, s.author, s.date_text, s.url, s.accessed, s.note";
    private final Library library;

    SourceStore(Library library) { this.library = library; }

    public List<Source> all() {
        return library.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM source s ORDER BY s.title COLLATE NOCASE", SourceStore::read));
    }

    public Optional<Source> byId(long id) {
        return library.read(c -> Sql.first(Sql.list(c, "SELECT " + COLUMNS + " FROM source s WHERE s.id = ?", SourceStore::read, id)));
    }

    public Source save(Source source) { return library.write(c -> save(c, source, "user")); }

    static Source save(Connection c, Source s, String origin) throws SQLException {
        String sql = s.id() == 0
                ? "INSERT INTO source (title, publisher, author, date_text, url, accessed, note, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
                : "UPDATE source SET title = ?, publisher = ?, author = ?, date_text = ?, url = ?, accessed = ?, note = ?,"
                        + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id";
        return s.withId(Sql.returningId(c, sql, "source", s.id(), s.title(), s.publisher(), s.author(),
                s.date() == null ? null : s.date().toString(), s.url(), s.accessed() == null ? null : s.accessed().toString(), s.note(),
                s.id() == 0 ? origin : s.id()));
    }

    /** The stored source for {@code s}: itself when it has an id, else one with the same title and URL, else a new one. */
    static Source resolve(Connection c, Source s, String origin) throws SQLException {
        if (s.id() != 0) return s;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM source s WHERE s.title = ? AND s.url IS ? LIMIT 1")) {
            ps.setString(1, s.title());
            if (s.url() == null) ps.setNull(2, Types.VARCHAR);
            else ps.setString(2, s.url());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return read(rs, 1);
            }
        }
        return save(c, s, origin);
    }

    /** Replaces the citations of one record with {@code citations}, storing new sources on the way. */
    static List<Citation> replaceCitations(Connection c, RecordKind kind, long recordId, List<Citation> citations, String origin)
            throws SQLException {
        deleteCitations(c, kind, recordId);
        List<Citation> stored = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO citation (record_kind, record_id, source_id, locator, position) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Citation citation : citations) {
                Source s = resolve(c, citation.source(), origin);
                ps.setString(1, kind.name());
                ps.setLong(2, recordId);
                ps.setLong(3, s.id());
                ps.setString(4, citation.locator());
                ps.setInt(5, position++);
                ps.addBatch();
                stored.add(new Citation(s, citation.locator()));
            }
            ps.executeBatch();
        }
        return stored;
    }

    static void deleteCitations(Connection c, RecordKind kind, long recordId) throws SQLException {
        Sql.update(c, "DELETE FROM citation WHERE record_kind = ? AND record_id = ?", kind.name(), recordId);
    }

    /** The citations of one record, in their order. */
    public List<Citation> citationsOf(RecordKind kind, long recordId) {
        return library.read(c -> citationsOf(c, kind, recordId));
    }

    static List<Citation> citationsOf(Connection c, RecordKind kind, long recordId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + ", ci.locator FROM citation ci JOIN source s ON s.id = ci.source_id"
                + " WHERE ci.record_kind = ? AND ci.record_id = ? ORDER BY ci.position",
                rs -> new Citation(read(rs, 1), rs.getString(9)), kind.name(), recordId);
    }

    /** Reads a source from the first eight columns, in the order of {@link #COLUMNS}. */
    private static Source read(ResultSet rs) throws SQLException { return read(rs, 1); }

    /** Reads a source from eight columns starting at {@code col}, in the order of {@link #COLUMNS}. */
    static Source read(ResultSet rs, int col) throws SQLException {
        String date = rs.getString(col + 4);
        String accessed = rs.getString(col + 6);
        return new Source(rs.getLong(col), rs.getString(col + 1), rs.getString(col + 2), rs.getString(col + 3),
                date == null ? null : EventDate.parse(date), rs.getString(col + 5),
                accessed == null ? null : LocalDate.parse(accessed), rs.getString(col + 7));
    }
}
