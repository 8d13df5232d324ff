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

        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().startsWith("old.db.before-v1-migration-")).toList();
        }
        assertThat(backups).hasSize(1);
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
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("migration"));
        }
    }
}
