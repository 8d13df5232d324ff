package org.entente.app.edit;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.store.Library;

/**
 * Everything a library holds, as text to compare: every row of every table in key order, the
 * R*Tree of time spans, and what the search index answers for every indexed word in every
 * column. Shadow tables of virtual tables are left out: their page layout is not content.
 */
final class LibraryDump {
    private static final List<String> FTS_COLUMNS = List.of("title", "summary", "participants", "notes");

    private LibraryDump() {}

    static String of(Library library) {
        return library.read(c -> {
            List<String> tables = new ArrayList<>();
            List<String> virtual = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    String sql = rs.getString(2);
                    if (sql != null && sql.toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE")) virtual.add(rs.getString(1));
                    tables.add(rs.getString(1));
                }
            }
            tables.removeIf(t -> virtual.stream().anyMatch(v -> t.startsWith(v + "_")));
            tables.remove("event_fts");
            tables.remove("flyway_schema_history"); // install times only
            StringBuilder sb = new StringBuilder();
            for (String t : tables) {
                sb.append("## ").append(t).append('\n');
                rows(c, "SELECT * FROM \"" + t + "\"", sb);
            }
            sb.append("## event_fts rowids\n");
            rows(c, "SELECT rowid FROM event_fts ORDER BY rowid", sb);
            List<String> terms = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT DISTINCT term FROM temp.event_fts_terms ORDER BY term")) {
                while (rs.next()) terms.add(rs.getString(1));
            }
            for (String term : terms) {
                for (String column : FTS_COLUMNS) {
                    StringBuilder hits = new StringBuilder();
                    try (var ps = c.prepareStatement("SELECT rowid FROM event_fts WHERE event_fts MATCH ? ORDER BY rowid")) {
                        ps.setString(1, "{" + column + "} : \"" + term.replace("\"", "\"\"") + "\"");
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) hits.append(rs.getLong(1)).append(' ');
                        }
                    }
                    // Words of deleted rows may linger in the vocabulary with no match: not content.
                    if (hits.length() > 0) sb.append("fts ").append(column).append(' ').append(term).append(": ").append(hits).append('\n');
                }
            }
            return sb.toString();
        });
    }

    private static void rows(Connection c, String sql, StringBuilder sb) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    line.append(v == null ? "∅" : v.getClass().getSimpleName() + ":" + v).append('\t');
                }
                lines.add(line.toString());
            }
            java.util.Collections.sort(lines); // every row in a fixed order, whatever the table's key
            for (String line : lines) sb.append(line).append('\n');
        }
    }
}
