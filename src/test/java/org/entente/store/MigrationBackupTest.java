package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class MigrationBackupTest {
    @TempDir Path dir;

    @Test
    void anOlderLibraryIsBackedUpBeforeItIsMigrated() throws Exception {
        Path file = dir.resolve("old.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        // A library as the first release wrote it: schema 1 only, with one event.
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("INSERT INTO event (title, when_text, start_day, end_day, category) VALUES ('Kept', '2020', 18262, 18628, 'other')");
        }
        assertThat(Library.latestSchemaVersion()).isNotEqualTo("1");

        try (Library lib = Library.open(file)) {
            assertThat(lib.counts().events()).isEqualTo(1);
        }

        List<Path> backups = LibraryBackups.list(file).stream().map(LibraryBackups.Backup::file).toList();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getParent()).isEqualTo(dir.resolve("old.db-backups"));
        assertThat(LibraryBackups.list(file).get(0).reason()).isEqualTo(LibraryBackups.Reason.BEFORE_MIGRATION);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0)); var st = c.createStatement();
             var rs = st.executeQuery("SELECT max(version + 0), (SELECT count(*) FROM event) FROM flyway_schema_history WHERE success = 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void aCurrentLibraryIsNotBackedUpAgain() throws Exception {
        Path file = dir.resolve("current.db");
        Library.open(file).close();
        Library.open(file).close();
        assertThat(LibraryBackups.list(file)).isEmpty();
        assertThat(dir.resolve("current.db-backups")).doesNotExist();
    }

    /**
     * A library written before V80 has every event in its R*Tree; after the migration only those
     * longer than a day are, and windows still find every overlapping event.
     */
    @Test
    void aLibraryFromBeforeV80KeepsOnlyLongSpansAndItsWindowsStayRight() throws Exception {
        Path file = dir.resolve("v70.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").mixed(true).target("70").load().migrate();
        long day = java.time.LocalDate.parse("2024-06-19").toEpochDay();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            // One day, two days, a month, and an ongoing tie, all starting before the window below.
            st.execute("INSERT INTO event (title, when_text, start_day, end_day, category) VALUES"
                    + " ('One day', '2024-06-19', " + day + ", " + (day + 1) + ", 'other'),"
                    + " ('Two days', '2024-06-19/2024-06-20', " + day + ", " + (day + 2) + ", 'other'),"
                    + " ('A month', '2024-06', " + (day - 18) + ", " + (day + 12) + ", 'other'),"
                    + " ('In force', '2001-03/..', 11382, 2147483647, 'other')");
            try (var rs = st.executeQuery("SELECT count(*) FROM event_span")) {
                rs.next();
                assertThat(rs.getInt(1)).as("before V80 every event has a span").isEqualTo(4);
            }
        }
        try (Library lib = Library.open(file)) {
            List<String> spans = lib.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT e.title FROM event_span s JOIN event e ON e.id = s.id ORDER BY e.id")) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                return out;
            });
            assertThat(spans).containsExactly("Two days", "A month", "In force");
            // The window starting the day after: the one-day event is over, the others reach into it.
            assertThat(lib.events().inWindow(day + 1, day + 30)).extracting(org.entente.model.EventHeader::title)
                    .containsExactlyInAnyOrder("Two days", "A month", "In force");
            assertThat(lib.events().inWindow(day, day + 1)).extracting(org.entente.model.EventHeader::title)
                    .containsExactlyInAnyOrder("One day", "Two days", "A month", "In force");
        }
    }
}
