package org.entente.app;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.entente.store.Library;

/** Every row of every table of a library as text, to show that a refused import changed nothing. */
final class LibraryDump {
    private LibraryDump() {}

    static String of(Library library) {
        return library.read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            StringBuilder sb = new StringBuilder();
            for (String t : tables) {
                sb.append("## ").append(t).append('\n');
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            sb.append(v instanceof byte[] b ? java.util.Arrays.toString(b) : String.valueOf(v)).append('\t');
                        }
                        sb.append('\n');
                    }
                }
            }
            return sb.toString();
        });
    }
}
