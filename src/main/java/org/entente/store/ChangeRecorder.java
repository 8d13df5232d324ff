package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.entente.model.RecordKind;
import org.entente.model.RecordRef;

/**
 * Records what a write changes, row by row, so that it can be undone and redone exactly.
 *
 * <p>While the write runs, temporary triggers on every table of the library (created inside the
 * write's transaction and dropped before it commits) note the key of each row inserted, updated
 * or deleted, with the row as it was before its first change. After the work the rows are read
 * again as they are now. So everything the write touched is captured, including what SQLite did
 * on its own: cascaded deletes, rows the schema's triggers keep (timeline lanes), tags, actors,
 * sources and categories created on the way. Tables added by later migrations are covered too,
 * as the tables are listed from the schema itself.
 *
 * <p>What triggers cannot see is rebuilt from the restored rows: the search index (contentless
 * FTS5) is refilled for the events concerned, and the R*Tree of time spans follows the event
 * rows through the schema's own triggers.
 */
public final class ChangeRecorder {
    private static final String LOG = "edit_capture";

    private ChangeRecorder() {}

    /** The result of a recorded write and the rows it changed. */
    public record Recorded<T>(T result, RowDelta delta) {}

    /**
     * Runs {@code work} as one transaction (joining the caller's, if any), recording every row it
     * changes. On failure nothing is changed and the failure is thrown as is.
     */
    public static <T> Recorded<T> record(Library library, SqlWork<T> work) {
        return library.write(c -> {
            List<Table> tables = tables(c);
            install(c, tables);
            T result;
            try {
                result = work.run(c);
            } finally {
                uninstall(c, tables);
            }
            RowDelta delta = collect(c, tables);
            reindex(c, delta);
            return new Recorded<>(result, delta);
        });
    }

    /**
     * Puts the rows of {@code delta} back as they were before its write, in one transaction
     * (joining the caller's, if any).
     *
     * @throws StaleChangeException if those rows have changed since (another write came after), and
     *                              then nothing is changed
     */
    public static void revert(Library library, RowDelta delta) { restore(library, delta, false); }

    /** Makes the rows of {@code delta} as they were after its write again; like {@link #revert}. */
    public static void reapply(Library library, RowDelta delta) { restore(library, delta, true); }

    /** A library row no longer as a recorded change left it. */
    public static final class StaleChangeException extends RuntimeException {
        StaleChangeException(String message) { super(message); }
    }

    // ---- tables --------------------------------------------------------------------------------

    /** A plain table of the library: its columns, key columns and the tables its rows refer to. */
    record Table(String name, List<String> columns, List<String> key, Set<String> parents, boolean hasTriggers) {
        String image(String prefix) {
            StringBuilder sb = new StringBuilder("json_object(");
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append('\'').append(columns.get(i)).append("', ").append(prefix).append(quote(columns.get(i)));
            }
            return sb.append(')').toString();
        }

        String keyOf(String prefix) {
            StringBuilder sb = new StringBuilder("json_array(");
            for (int i = 0; i < key.size(); i++) sb.append(i > 0 ? ", " : "").append(prefix).append(quote(key.get(i)));
            return sb.append(')').toString();
        }

        /** "k1 = json_extract(?1, '$[0]') AND ..." with the key as parameter {@code param}. */
        String whereKey(int param) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < key.size(); i++) {
                if (i > 0) sb.append(" AND ");
                sb.append(quote(key.get(i))).append(" = json_extract(?").append(param).append(", '$[").append(i).append("]')");
            }
            return sb.toString();
        }
    }

    static String quote(String identifier) { return '"' + identifier.replace("\"", "\"\"") + '"'; }

    /**
     * Tables the schema's triggers keep from other tables' rows and whose rows are not one row's
     * alone: the lane summary counts many events per row, so its image in a change would make
     * undoing one event's edit "stale" after any later edit in the same lane and block. Its
     * triggers redo it from the restored rows instead (LaneBlocks).
     */
    private static final String DERIVED = "('lane_block')";

    /** The library's plain tables, parents before the tables that refer to them. */
    static List<Table> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> virtual = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        + " AND name <> 'flyway_schema_history' AND name NOT IN " + DERIVED + " ORDER BY name")) {
            while (rs.next()) {
                String sql = rs.getString(2);
                if (sql != null && sql.toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE")) virtual.add(rs.getString(1));
                else names.add(rs.getString(1));
            }
        }
        // Shadow tables of virtual tables (event_fts_data, event_span_node…) belong to their module.
        names.removeIf(n -> virtual.stream().anyMatch(v -> n.startsWith(v + "_")));
        Set<String> triggered = new java.util.HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tbl_name FROM main.sqlite_master WHERE type = 'trigger'")) {
            while (rs.next()) triggered.add(rs.getString(1));
        }
        Map<String, Table> byName = new LinkedHashMap<>();
        for (String name : names) {
            List<String> columns = new ArrayList<>();
            TreeSet<int[]> keyOrder = new TreeSet<>((x, y) -> Integer.compare(x[0], y[0]));
            List<String> keyNames = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA main.table_info(" + quote(name) + ")")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                    int pk = rs.getInt("pk");
                    if (pk > 0) {
                        keyOrder.add(new int[] {pk, keyNames.size()});
                        keyNames.add(rs.getString("name"));
                    }
                }
            }
            List<String> key = new ArrayList<>();
            for (int[] k : keyOrder) key.add(keyNames.get(k[1]));
            if (key.isEmpty()) { // no declared key: the rowid is the row's identity
                key.add("rowid");
                columns.add(0, "rowid");
            }
            Set<String> parents = new LinkedHashSet<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA main.foreign_key_list(" + quote(name) + ")")) {
                while (rs.next()) if (!rs.getString("table").equals(name)) parents.add(rs.getString("table"));
            }
            byName.put(name, new Table(name, List.copyOf(columns), List.copyOf(key), parents, triggered.contains(name)));
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (String name : byName.keySet()) place(name, byName, placed, new java.util.HashSet<>(), ordered);
        return ordered;
    }

    private static void place(String name, Map<String, Table> byName, Set<String> placed, Set<String> visiting, List<Table> out) {
        Table t = byName.get(name);
        if (t == null || placed.contains(name) || !visiting.add(name)) return;
        for (String parent : t.parents()) place(parent, byName, placed, visiting, out);
        placed.add(name);
        out.add(t);
    }

    // ---- capture -------------------------------------------------------------------------------

    private static void install(Connection c, List<Table> tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + LOG + " (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL,"
                    + " before TEXT, UNIQUE (tbl, key))");
            st.execute("DELETE FROM temp." + LOG);
            for (Table t : tables) {
                st.execute("CREATE TEMP TRIGGER " + trigger(t, "i") + " AFTER INSERT ON " + quote(t.name()) + " BEGIN "
                        + log(t, "NEW.", "NULL") + " END");
                st.execute("CREATE TEMP TRIGGER " + trigger(t, "u") + " AFTER UPDATE ON " + quote(t.name()) + " BEGIN "
                        + log(t, "OLD.", t.image("OLD.")) + " " + log(t, "NEW.", "NULL") + " END");
                st.execute("CREATE TEMP TRIGGER " + trigger(t, "d") + " AFTER DELETE ON " + quote(t.name()) + " BEGIN "
                        + log(t, "OLD.", t.image("OLD.")) + " END");
            }
        }
    }

    /**
     * The statement a capture trigger runs: the row's key with its image, unless the row was logged
     * already, so that the image kept is the row as it was before the write. (Not INSERT OR IGNORE:
     * the conflict clause of the statement that fires a trigger overrides the trigger's own.)
     */
    private static String log(Table t, String prefix, String image) {
        String key = t.keyOf(prefix);
        return "INSERT INTO " + LOG + " (tbl, key, before) SELECT '" + t.name() + "', " + key + ", " + image
                + " WHERE NOT EXISTS (SELECT 1 FROM " + LOG + " WHERE tbl = '" + t.name() + "' AND key = " + key + ");";
    }

    private static void uninstall(Connection c, List<Table> tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Table t : tables)
                for (String op : List.of("i", "u", "d")) st.execute("DROP TRIGGER IF EXISTS temp." + trigger(t, op));
        }
    }

    private static String trigger(Table t, String op) { return quote(LOG + "_" + t.name() + "_" + op); }

    private static RowDelta collect(Connection c, List<Table> tables) throws SQLException {
        Map<String, Table> byName = new HashMap<>();
        for (Table t : tables) byName.put(t.name(), t);
        List<RowDelta.Row> rows = new ArrayList<>();
        try (Statements prepared = new Statements(c); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tbl, key, before FROM temp." + LOG + " ORDER BY seq")) {
            while (rs.next()) {
                Table t = byName.get(rs.getString(1));
                String key = rs.getString(2), before = rs.getString(3);
                String after = current(prepared, t, key);
                if (!Objects.equals(before, after)) rows.add(new RowDelta.Row(t.name(), key, before, after));
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM temp." + LOG);
        }
        return new RowDelta(rows, touched(c, rows));
    }

    private static String current(Statements st, Table t, String key) throws SQLException {
        PreparedStatement ps = st.prepare("SELECT " + t.image("") + " FROM " + quote(t.name()) + " WHERE " + t.whereKey(1));
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Prepared statements kept for one pass over many rows of few tables, closed together. */
    private static final class Statements implements AutoCloseable {
        private final Connection c;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        Statements(Connection c) { this.c = c; }

        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = c.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            return ps;
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (PreparedStatement ps : prepared.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        }
    }

    /** The user's records a set of row changes concerns (derived rows such as timeline lanes excluded). */
    private static Set<RecordRef> touched(Connection c, List<RowDelta.Row> rows) throws SQLException {
        Set<RecordRef> out = new LinkedHashSet<>();
        try (PreparedStatement json = c.prepareStatement("SELECT json_extract(?1, ?2), json_extract(?3, ?2)")) {
            for (RowDelta.Row row : rows) {
                RecordKind own = switch (row.table()) {
                    case "event" -> RecordKind.EVENT;
                    case "actor" -> RecordKind.ACTOR;
                    case "partnership" -> RecordKind.PARTNERSHIP;
                    case "trade_figure" -> RecordKind.TRADE_FIGURE;
                    case "source" -> RecordKind.SOURCE;
                    case "period" -> RecordKind.PERIOD;
                    default -> null;
                };
                if (own != null) {
                    out.add(new RecordRef(own, Long.parseLong(row.key().substring(1, row.key().length() - 1))));
                    continue;
                }
                switch (row.table()) {
                    case "event_actor", "event_tag" -> {
                        for (Object id : values(json, row, "$.event_id")) out.add(new RecordRef(RecordKind.EVENT, ((Number) id).longValue()));
                    }
                    case "event_link" -> {
                        for (String col : List.of("$.from_event", "$.to_event"))
                            for (Object id : values(json, row, col)) out.add(new RecordRef(RecordKind.EVENT, ((Number) id).longValue()));
                    }
                    case "note", "citation", "annotation" -> {
                        List<Object> kinds = values(json, row, "$.record_kind"), ids = values(json, row, "$.record_id");
                        for (int i = 0; i < Math.min(kinds.size(), ids.size()); i++) {
                            try {
                                out.add(new RecordRef(RecordKind.valueOf(kinds.get(i).toString()), ((Number) ids.get(i)).longValue()));
                            } catch (IllegalArgumentException unknownKind) {
                                // a kind this build does not know: not one of the user's records
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        return out;
    }

    /** The distinct non-null values of one JSON path in a row's before and after images. */
    private static List<Object> values(PreparedStatement json, RowDelta.Row row, String path) throws SQLException {
        json.setString(1, row.before());
        json.setString(2, path);
        json.setString(3, row.after());
        List<Object> out = new ArrayList<>(2);
        try (ResultSet rs = json.executeQuery()) {
            rs.next();
            Object a = rs.getObject(1), b = rs.getObject(2);
            if (a != null) out.add(a);
            if (b != null && !b.equals(a)) out.add(b);
        }
        return out;
    }

    // ---- restore -------------------------------------------------------------------------------

    private static void restore(Library library, RowDelta delta, boolean forward) {
        library.write(c -> {
            List<Table> tables = tables(c);
            Map<String, Table> byName = new HashMap<>();
            for (Table t : tables) byName.put(t.name(), t);
            try (Statements st = new Statements(c)) {
                for (RowDelta.Row row : delta.rows()) {
                    Table t = byName.get(row.table());
                    if (t == null) throw new StaleChangeException("the library no longer has the table " + row.table());
                    String expected = forward ? row.before() : row.after();
                    if (!Objects.equals(current(st, t, row.key()), expected))
                        throw new StaleChangeException("the library has changed since (" + row.table() + " " + row.key()
                                + " is no longer as this change left it)");
                }
                try (Statement pragma = c.createStatement()) {
                    // Rows come back in table order, not in the order the foreign keys would like.
                    pragma.execute("PRAGMA defer_foreign_keys = ON");
                }
                Map<String, List<RowDelta.Row>> perTable = new HashMap<>();
                for (RowDelta.Row row : delta.rows()) perTable.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(row);
                // Deletes from children up to parents, then inserts and updates from parents down.
                Deque<Table> reversed = new ArrayDeque<>();
                for (Table t : tables) reversed.push(t);
                for (Table t : reversed)
                    for (RowDelta.Row row : perTable.getOrDefault(t.name(), List.of()))
                        if (target(row, forward) == null) delete(st, t, row.key());
                for (Table t : tables) {
                    if (!t.hasTriggers()) continue;
                    for (RowDelta.Row row : perTable.getOrDefault(t.name(), List.of()))
                        if (target(row, forward) != null) put(st, t, row.key(), target(row, forward));
                }
                // The schema's triggers fired on the way (a participant inserted recomputes its event's
                // lane), so the tables nobody triggers on are written last, to their exact images.
                for (Table t : tables) {
                    if (t.hasTriggers()) continue;
                    for (RowDelta.Row row : perTable.getOrDefault(t.name(), List.of()))
                        if (target(row, forward) != null) put(st, t, row.key(), target(row, forward));
                        else delete(st, t, row.key());
                }
            }
            reindex(c, delta);
            return null;
        });
    }

    private static String target(RowDelta.Row row, boolean forward) { return forward ? row.after() : row.before(); }

    private static void delete(Statements st, Table t, String key) throws SQLException {
        PreparedStatement ps = st.prepare("DELETE FROM " + quote(t.name()) + " WHERE " + t.whereKey(1));
        ps.setString(1, key);
        ps.executeUpdate();
    }

    /** Makes the row with {@code key} exactly {@code image}: updated in place if it exists (no cascades), else inserted. */
    private static void put(Statements st, Table t, String key, String image) throws SQLException {
        StringBuilder set = new StringBuilder(), cols = new StringBuilder(), values = new StringBuilder();
        for (int i = 0; i < t.columns().size(); i++) {
            String col = t.columns().get(i);
            String value = "json_extract(?2, '$." + col.replace("'", "''") + "')";
            if (i > 0) {
                set.append(", ");
                cols.append(", ");
                values.append(", ");
            }
            set.append(quote(col)).append(" = ").append(value);
            cols.append(quote(col));
            values.append(value);
        }
        PreparedStatement update = st.prepare("UPDATE " + quote(t.name()) + " SET " + set + " WHERE " + t.whereKey(1));
        update.setString(1, key);
        update.setString(2, image);
        if (update.executeUpdate() > 0) return;
        PreparedStatement insert = st.prepare("INSERT INTO " + quote(t.name()) + " (" + cols + ") VALUES (" + values + ")");
        insert.setString(1, key);
        insert.setString(2, image);
        insert.executeUpdate();
    }

    // ---- search index --------------------------------------------------------------------------

    /**
     * Refills the search index for the events whose searchable text the rows concern: the events
     * themselves, their participants and notes, and the events of a renamed actor.
     */
    private static void reindex(Connection c, RowDelta delta) throws SQLException {
        Set<Long> events = new TreeSet<>();
        for (RecordRef ref : delta.touched()) if (ref.kind() == RecordKind.EVENT) events.add(ref.id());
        try (PreparedStatement names = c.prepareStatement("SELECT json_extract(?1, '$.name') IS NOT json_extract(?2, '$.name')");
             PreparedStatement ofActor = c.prepareStatement("SELECT event_id FROM event_actor WHERE actor_id = ?")) {
            for (RowDelta.Row row : delta.rows()) {
                if (!row.table().equals("actor") || row.before() == null || row.after() == null) continue;
                names.setString(1, row.before());
                names.setString(2, row.after());
                try (ResultSet rs = names.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) continue;
                }
                ofActor.setLong(1, Long.parseLong(row.key().substring(1, row.key().length() - 1)));
                try (ResultSet rs = ofActor.executeQuery()) {
                    while (rs.next()) events.add(rs.getLong(1));
                }
            }
        }
        if (events.size() <= FEW) {
            for (long id : events) EventStore.reindex(c, id);
        } else {
            reindexMany(c, events);
        }
    }

    /** Up to this many events are re-indexed one by one; more (a renamed actor's) in three statements. */
    private static final int FEW = 20;

    /**
     * Refills the search index of many events at once, with the same folded text as
     * {@link EventStore#index}: title, summary, participant names in their order joined by ", ",
     * and the event's notes (text and tags). Deleted events just leave the index.
     */
    private static void reindexMany(Connection c, Set<Long> events) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS edit_reindex (id INTEGER PRIMARY KEY)");
            st.execute("DELETE FROM temp.edit_reindex");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.edit_reindex (id) VALUES (?)")) {
            for (long id : events) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM event_fts WHERE rowid IN (SELECT id FROM temp.edit_reindex)");
            st.execute("INSERT INTO event_fts (rowid, title, summary, participants, notes)"
                    + " SELECT e.id, fold(e.title), fold(e.summary),"
                    + " fold((SELECT group_concat(a.name, ', ' ORDER BY ea.position) FROM event_actor ea JOIN actor a ON a.id = ea.actor_id"
                    + " WHERE ea.event_id = e.id)),"
                    + " fold(" + EventStore.notesTextSql("e.id") + ")"
                    + " FROM event e WHERE e.id IN (SELECT id FROM temp.edit_reindex)");
            st.execute("DELETE FROM temp.edit_reindex");
        }
    }
}
