package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import org.entente.model.EventHeader;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Rotating backups of a library, what they hold, and restoring one into the open library. */
class LibraryBackupsTest {
    @TempDir Path dir;

    @Test
    void aBackupIsAConsistentCopyInTheBackupsFolderAndSaysWhatItHolds() {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            library.events().save(LibraryTest.event("Tô Lâm visits Moscow", "2024-08", "Vietnam", "Russia"));
            library.events().save(LibraryTest.event("习近平 in Hanoi", "2023-12-12", "China", "Vietnam"));
            LibraryBackups.Backup made = library.backUp(LibraryBackups.Reason.ON_REQUEST);

            assertThat(made.file().getParent()).isEqualTo(dir.resolve("lib.db-backups"));
            assertThat(made.file().getFileName().toString()).endsWith("-on-request.db");
            assertThat(LibraryBackups.list(file)).containsExactly(made);
            LibraryBackups.Preview preview = LibraryBackups.preview(made);
            assertThat(preview.events()).isEqualTo(2);
            assertThat(preview.actors()).isEqualTo(3);
            assertThat(preview.sources()).isEqualTo(1);
            assertThat(preview.firstEvent()).contains("2023-12-12");
            assertThat(preview.lastEvent()).contains("2024-08-31");
            assertThat(preview.schemaVersion()).isEqualTo(Library.latestSchemaVersion());
            // Reading it leaves nothing beside it.
            assertThat(made.file().resolveSibling(made.file().getFileName() + "-wal")).doesNotExist();
        }
    }

    /**
     * A disk without room for a backup refuses it before any of it is written, saying how much is
     * free and how much it needs (a 7 GB copy that filled the disk midway made the window's edits
     * fail until it was removed); with just enough room the backup is taken.
     */
    @Test
    void aBackupTheDiskHasNoRoomForIsRefusedBeforeAnyOfItIsWritten() {
        Path file = dir.resolve("Võ Văn Thưởng.db");
        var realSpace = LibraryBackups.usableSpace;
        try (Library library = Library.open(file)) {
            library.events().save(LibraryTest.event("Tô Lâm visits Moscow", "2024-08", "Vietnam", "Russia"));
            long needed = library.read(c -> {
                try (Statement st = c.createStatement()) {
                    long[] v = new long[3];
                    String[] names = {"page_count", "freelist_count", "page_size"};
                    for (int i = 0; i < 3; i++) try (ResultSet rs = st.executeQuery("PRAGMA " + names[i])) {
                        rs.next();
                        v[i] = rs.getLong(1);
                    }
                    return (v[0] - v[1]) * v[2];
                }
            });
            Path folder = LibraryBackups.folderOf(file);
            LibraryBackups.usableSpace = p -> needed + LibraryBackups.spareBytes(needed) - 1;
            assertThatThrownBy(() -> library.backUp(LibraryBackups.Reason.ON_REQUEST))
                    .isInstanceOfSatisfying(LibraryException.class, e -> {
                        assertThat(e.reason()).isEqualTo(LibraryException.Reason.IO);
                        assertThat(e.file()).isEqualTo(folder);
                    })
                    .hasMessageContaining(folder.toString())
                    .hasMessageContaining("MB free, and a backup of this library needs about")
                    .hasMessageContaining("the library is as it was");
            assertThat(LibraryBackups.list(file)).isEmpty();
            assertThat(folder.toFile().list()).isEmpty(); // not even a partial copy
            // The library goes on as it was.
            library.events().save(LibraryTest.event("习近平 in Hanoi", "2023-12-12", "China", "Vietnam"));
            assertThat(library.counts().events()).isEqualTo(2);

            LibraryBackups.usableSpace = p -> needed + LibraryBackups.spareBytes(needed) + (1 << 20);
            assertThat(LibraryBackups.preview(library.backUp(LibraryBackups.Reason.ON_REQUEST)).events()).isEqualTo(2);
        } finally {
            LibraryBackups.usableSpace = realSpace;
        }
    }

    /** File › Save a Copy As… to a place without room: refused before writing, the file at that name as it was. */
    @Test
    void aCopyTheDiskHasNoRoomForIsRefusedAndTheFileAtItsNameStaysAsItWas() throws Exception {
        Path file = dir.resolve("Путин.db");
        Path target = dir.resolve("copy of Путин.entente");
        Files.writeString(target, "a file of the person's");
        var realSpace = LibraryBackups.usableSpace;
        try (Library library = Library.open(file)) {
            library.events().save(LibraryTest.event("Tô Lâm visits Moscow", "2024-08", "Vietnam", "Russia"));
            LibraryBackups.usableSpace = p -> 1L << 20;
            assertThatThrownBy(() -> library.saveCopyTo(target))
                    .isInstanceOfSatisfying(LibraryException.class, e -> assertThat(e.file()).isEqualTo(target.toAbsolutePath()))
                    .hasMessageContaining("cannot be saved as a copy: its disk has 1 MB free")
                    .hasMessageContaining("a file already at this name is as it was");
            assertThat(Files.readString(target)).isEqualTo("a file of the person's");
            try (var left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".entente-copy-"));
            }
            LibraryBackups.usableSpace = realSpace;
            library.saveCopyTo(target);
            try (Library copy = Library.open(target)) {
                assertThat(copy.counts().events()).isEqualTo(1);
            }
        } finally {
            LibraryBackups.usableSpace = realSpace;
        }
    }

    @Test
    void theRoomKeptBesideABackupGrowsWithItBetween4And64Megabytes() {
        assertThat(LibraryBackups.spareBytes(2L << 20)).isEqualTo(4L << 20);
        assertThat(LibraryBackups.spareBytes(200L << 20)).isEqualTo(25L << 20);
        assertThat(LibraryBackups.spareBytes(7L << 30)).isEqualTo(64L << 20);
    }

    @Test
    void onlyTheNewestBackupsAreKeptAsTheLibrarySays() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            assertThat(library.keepBackups()).isEqualTo(LibraryBackups.DEFAULT_KEEP);
            library.keepBackups(3);
            for (int i = 0; i < 5; i++) {
                library.events().save(LibraryTest.event("Event " + i, "2020-01-0" + (i + 1), "Vietnam"));
                library.backUp(LibraryBackups.Reason.ON_REQUEST);
            }
            List<LibraryBackups.Backup> kept = LibraryBackups.list(file);
            assertThat(kept).hasSize(3);
            // Newest first: the newest holds all five events, the oldest kept three.
            assertThat(kept).extracting(b -> LibraryBackups.preview(b).events()).containsExactly(5L, 4L, 3L);
            library.keepBackups(1);
            assertThat(LibraryBackups.list(file)).hasSize(1);
            assertThat(library.keepBackups()).isEqualTo(1);
            assertThatThrownBy(() -> library.keepBackups(0)).isInstanceOf(IllegalArgumentException.class);
        }
        // The setting is the library's own: it holds after reopening.
        try (Library again = Library.open(file)) {
            assertThat(again.keepBackups()).isEqualTo(1);
        }
    }

    @Test
    void aBackupCutShortByACrashIsNeverListedAndItsLitterIsRemoved() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            Path folder = LibraryBackups.folderOf(file);
            Files.createDirectories(folder);
            // What a process killed during VACUUM INTO leaves (a pid no process has).
            Path litter = folder.resolve(".partial-999999999-20260101-000000-daily.db");
            Files.write(litter, new byte[4096]);
            assertThat(LibraryBackups.list(file)).isEmpty();
            library.backUp(LibraryBackups.Reason.DAILY);
            assertThat(litter).doesNotExist();
            assertThat(LibraryBackups.list(file)).hasSize(1);
        }
    }

    @Test
    void restoringReplacesEverythingInOneStepThatAnotherWindowSeesAndCanItselfBeUndone() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file); Library otherWindow = Library.open(file)) {
            long kept = library.events().save(LibraryTest.event("Võ Văn Thưởng visits Beijing", "2023-12-12", "Vietnam", "China")).id();
            library.events().save(LibraryTest.event("Путин in Hanoi", "2024-06-19", "Russia", "Vietnam"));
            LibraryBackups.Backup good = library.backUp(LibraryBackups.Reason.ON_REQUEST);

            // The import that went wrong, and an edit in the other window.
            library.events().delete(kept);
            otherWindow.events().save(LibraryTest.event("Imported by mistake", "1999", "Nowhere"));
            assertThat(titles(library)).containsExactlyInAnyOrder("Путин in Hanoi", "Imported by mistake");

            LibraryBackups.Backup before = library.restoreFrom(good);

            assertThat(titles(library)).containsExactlyInAnyOrder("Võ Văn Thưởng visits Beijing", "Путин in Hanoi");
            assertThat(titles(otherWindow)).as("the other window reads the restored library")
                    .containsExactlyInAnyOrder("Võ Văn Thưởng visits Beijing", "Путин in Hanoi");
            assertThat(library.events().search("thuong", 10)).hasSize(1);
            assertThat(before.reason()).isEqualTo(LibraryBackups.Reason.BEFORE_RESTORE);
            assertThat(LibraryBackups.preview(before).events()).isEqualTo(2);
            assertThat(library.<String>read(c -> pragma(c, "integrity_check"))).isEqualTo("ok");
            assertThat(library.<String>read(c -> pragma(c, "journal_mode"))).isEqualTo("wal");

            // Work goes on after it, in both windows, and the restore can be taken back.
            otherWindow.events().save(LibraryTest.event("Tô Lâm elected", "2024-05-22", "Vietnam"));
            library.restoreFrom(before);
            assertThat(titles(library)).containsExactlyInAnyOrder("Путин in Hanoi", "Imported by mistake");
        }
        // Everything acknowledged is in the file for a fresh open.
        try (Library reopened = Library.open(file)) {
            assertThat(titles(reopened)).containsExactlyInAnyOrder("Путин in Hanoi", "Imported by mistake");
        }
    }

    @Test
    void theOldestBackupKeptCanBeRestoredAtTheKeepLimit() throws Exception {
        // Before, the backup of the library as it was came first and rotated out the oldest, which was the one to restore.
        Path file = dir.resolve("keep-limit.db");
        try (Library library = Library.open(file)) {
            library.keepBackups(2);
            library.events().save(LibraryTest.event("Tô Lâm elected", "2024-05-22", "Vietnam"));
            LibraryBackups.Backup oldest = library.backUp(LibraryBackups.Reason.ON_REQUEST);
            library.events().save(LibraryTest.event("Путин in Hanoi", "2024-06-19", "Russia", "Vietnam"));
            library.backUp(LibraryBackups.Reason.ON_REQUEST);

            LibraryBackups.Backup before = library.restoreFrom(oldest);

            assertThat(titles(library)).containsExactly("Tô Lâm elected");
            assertThat(LibraryBackups.list(file)).as("the limit holds after the restore").hasSize(2)
                    .extracting(LibraryBackups.Backup::file).contains(before.file());
        }
    }

    @Test
    void aBackupFromAnOlderEntenteIsBroughtUpToDateAsItIsRestored() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            library.events().save(LibraryTest.event("Replaced", "2024", "Vietnam"));
            Path folder = Files.createDirectories(LibraryBackups.folderOf(file));
            Path old = folder.resolve("20200101-120000-before-import.db");
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + old);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + old); var st = c.createStatement()) {
                st.execute("INSERT INTO event (title, when_text, start_day, end_day, category) VALUES ('Đổi Mới', '1986', 5844, 6208, 'other')");
            }
            LibraryBackups.Backup backup = LibraryBackups.list(file).stream().filter(b -> b.file().equals(old)).findFirst().orElseThrow();
            assertThat(LibraryBackups.preview(backup).schemaVersion()).isEqualTo("1");

            library.restoreFrom(backup);

            assertThat(titles(library)).containsExactly("Đổi Mới");
            assertThat(library.<String>read(c -> pragma(c, "integrity_check"))).isEqualTo("ok");
            assertThat(old).as("the backup itself is left as it was").exists();
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + old); var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT max(version + 0) FROM flyway_schema_history")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aBackupFromANewerEntenteIsRefusedAndTheLibraryIsLeftAsItWas() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            library.events().save(LibraryTest.event("Stays", "2024", "Vietnam"));
            LibraryBackups.Backup backup = library.backUp(LibraryBackups.Reason.ON_REQUEST);
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + backup.file()); var st = c.createStatement()) {
                st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                        + " execution_time, success) VALUES (999, '9999', 'future', 'SQL', 'V9999__future.sql', 0, 'x', 0, 1)");
                st.execute("DELETE FROM event");
            }
            int backupsBefore = LibraryBackups.list(file).size();
            assertThatThrownBy(() -> library.restoreFrom(backup))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining(backup.file().toString())
                    .hasMessageContaining("newer Entente");
            assertThat(titles(library)).containsExactly("Stays");
            assertThat(LibraryBackups.list(file)).as("no backup taken for a restore that did not happen").hasSize(backupsBefore);
        }
    }

    @Test
    void aDailyBackupIsDueWhenNoBackupIsFromTheLastDay() {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            assertThat(LibraryBackups.dailyDue(file, LocalDateTime.now())).isTrue();
            LibraryBackups.Backup made = library.backUp(LibraryBackups.Reason.DAILY);
            assertThat(LibraryBackups.dailyDue(file, made.taken().plusHours(23))).isFalse();
            assertThat(LibraryBackups.dailyDue(file, made.taken().plusHours(25))).isTrue();
        }
    }

    private static List<String> titles(Library library) {
        return library.events().allHeaders().stream().map(EventHeader::title).toList();
    }

    private static String pragma(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
