package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.model.Annotation;
import org.entente.model.Provenance;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;

/**
 * The user's marks on records (star, highlight, tags) and what every view's "my annotations"
 * filter needs: which records carry a mark or a note. Also reads any record's provenance.
 * An event's annotation tags are part of the search index, like its notes.
 */
public final class AnnotationStore {
    private final Library library;

    AnnotationStore(Library library) { this.library = library; }

    /** The marks on {@code target}; {@link Annotation#none} when it has none. */
    public Annotation of(RecordRef target) { return library.read(c -> of(c, target)); }

    static Annotation of(Connection c, RecordRef target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT starred, highlight, tags FROM annotation WHERE record_kind = ? AND record_id = ?")) {
            ps.setString(1, target.kind().name());
            ps.setLong(2, target.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Annotation.none(target);
                return new Annotation(target, rs.getInt(1) != 0, rs.getString(2), tags(rs.getString(3)));
            }
        }
    }

    /**
     * Stores {@code a} in place of the record's marks, in one transaction; an empty annotation
     * removes them. The record must exist.
     *
     * @return the stored annotation
     */
    public Annotation save(Annotation a) { return library.write(c -> save(c, a)); }

    static Annotation save(Connection c, Annotation a) throws SQLException {
        RecordRef t = a.target();
        if (!exists(c, t)) throw new SQLException("no " + kindText(t.kind()) + " with id " + t.id() + " to annotate");
        if (a.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation WHERE record_kind = ? AND record_id = ?")) {
                ps.setString(1, t.kind().name());
                ps.setLong(2, t.id());
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (record_kind, record_id, starred, highlight, tags)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_kind, record_id) DO UPDATE SET starred = excluded.starred,"
                    + " highlight = excluded.highlight, tags = excluded.tags, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
                ps.setString(1, t.kind().name());
                ps.setLong(2, t.id());
                ps.setInt(3, a.starred() ? 1 : 0);
                ps.setString(4, a.highlight());
                ps.setString(5, String.join("|", a.tags()));
                ps.executeUpdate();
            }
        }
        if (t.kind() == RecordKind.EVENT) EventStore.reindex(c, t.id());
        return of(c, t);
    }

    /** Every annotation of a kind, by record id. */
    public Map<Long, Annotation> allOf(RecordKind kind) {
        return library.read(c -> {
            Map<Long, Annotation> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT record_id, starred, highlight, tags FROM annotation WHERE record_kind = ? ORDER BY record_id")) {
                ps.setString(1, kind.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RecordRef ref = new RecordRef(kind, rs.getLong(1));
                        out.put(ref.id(), new Annotation(ref, rs.getInt(2) != 0, rs.getString(3), tags(rs.getString(4))));
                    }
                }
            }
            return out;
        });
    }

    /** Ids of the records of {@code kind} the user starred, highlighted, tagged or wrote a note on. */
    public Set<Long> annotatedIds(RecordKind kind) {
        return library.read(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id FROM annotated_record WHERE record_kind = ?")) {
                ps.setString(1, kind.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Those of {@code ids} that are annotated (see {@link #annotatedIds}); for a window of loaded records. */
    public Set<Long> annotatedAmong(RecordKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) return Set.of();
        return library.read(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id FROM annotated_record WHERE record_kind = ?"
                    + " AND record_id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, kind.name());
                ps.setString(2, TimelineQueries.jsonNumbers(ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Where a record came from and when it was stored and last changed; empty if there is no such record. */
    public Optional<Provenance> provenance(RecordRef ref) {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT origin, created_at, updated_at FROM " + table(ref.kind()) + " WHERE id = ?")) {
                ps.setLong(1, ref.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Provenance(rs.getString(1), Instant.parse(rs.getString(2)), Instant.parse(rs.getString(3))));
                }
            }
        });
    }

    private static boolean exists(Connection c, RecordRef ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table(ref.kind()) + " WHERE id = ?")) {
            ps.setLong(1, ref.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The table of each kind (a closed list: never built from user text). */
    static String table(RecordKind kind) {
        return switch (kind) {
            case EVENT -> "event";
            case PARTNERSHIP -> "partnership";
            case TRADE_FIGURE -> "trade_figure";
            case ACTOR -> "actor";
            case SOURCE -> "source";
            case PERIOD -> "period";
        };
    }

    private static String kindText(RecordKind kind) { return kind.label(); }

    private static List<String> tags(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split("\\|")));
    }
}
