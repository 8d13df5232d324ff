package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #15, hostile conditions the library meets while open or opening: a file that cannot be
 * written, another program holding SQLite's lock, a full disk, and the file deleted while open.
 * Each gives a message naming the file and saying what happened, and leaves the file as it was.
 */
class HostileConditionsTest {
    @TempDir Path dir;

    private Path libraryWithTwoEvents() {
        Path file = dir.resolve("lecturer.db");
        try (Library lib = Library.open(file)) {
            lib.events().save(LibraryTest.event("Tô Lâm visits Moscow", "2024-08-19", "Vietnam", "Russia"));
            lib.events().save(LibraryTest.event("习近平 visits Hanoi", "2023-12-12", "China", "Vietnam"));
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String integrity(Library lib) {
        return lib.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    // ---- read-only ---------------------------------------------------------------------------------

    @Test
    void aReadOnlyLibraryOpensForReadingAndRefusesEditsWithoutChangingABit() throws Exception {
        Path file = libraryWithTwoEvents();
        String before = sha256(file);
        try (Library lib = Library.openReadOnly(file)) {
            assertThat(lib.isReadOnly()).isTrue();
            assertThat(lib.counts().events()).isEqualTo(2);
            assertThat(lib.events().search("Tô Lâm", 10)).hasSize(1);
            assertThatThrownBy(() -> lib.events().save(LibraryTest.event("Võ Văn Thưởng visits Tokyo", "2023-11-27", "Vietnam", "Japan")))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("is read-only")
                    .hasMessageContaining("Save a Copy As")
                    .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.READ_ONLY));
            assertThatThrownBy(() -> lib.backUp(LibraryBackups.Reason.ON_REQUEST))
                    .hasMessageContaining("is read-only");
            // What is shown can still be saved elsewhere and edited there.
            Path copy = dir.resolve("mine.db");
            lib.saveCopyTo(copy);
            try (Library mine = Library.open(copy)) {
                assertThat(mine.isReadOnly()).isFalse();
                mine.events().save(LibraryTest.event("Võ Văn Thưởng visits Tokyo", "2023-11-27", "Vietnam", "Japan"));
                assertThat(mine.counts().events()).isEqualTo(3);
            }
        }
        assertThat(sha256(file)).as("the file's bytes").isEqualTo(before);
        assertThat(LibraryBackups.list(file)).as("no backup written beside it").isEmpty();
    }

    @Test
    void theRefusalIsWrittenInTheInterfaceLanguage() {
        Path file = libraryWithTwoEvents();
        org.entente.i18n.I18n.setLocale(org.entente.i18n.I18n.VIETNAMESE);
        try (Library lib = Library.openReadOnly(file)) {
            assertThatThrownBy(() -> lib.setInfo("x", "y")).hasMessageContaining(file.toString())
                    .hasMessageContaining("chỉ đọc").hasMessageContaining("Tệp › Lưu bản sao thành…");
        } finally {
            org.entente.i18n.I18n.setLocale(org.entente.i18n.I18n.ENGLISH);
        }
    }

    /**
     * Without write permission on the file and its folder, {@link Library#open} itself opens read-only.
     * Root ignores permissions (access(2) says writable), so as root this runs only as far as the
     * check that chmod has no effect, and is skipped; the read-only route is then the test above.
     */
    @Test
    void aFileWithoutWritePermissionIsOpenedReadOnlyByItself() throws Exception {
        Path file = libraryWithTwoEvents();
        String before = sha256(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(file), "running as root: chmod does not stop writes");
            try (Library lib = Library.open(file)) {
                assertThat(lib.isReadOnly()).isTrue();
                assertThat(lib.counts().events()).isEqualTo(2);
                assertThatThrownBy(() -> lib.setInfo("x", "y")).hasMessageContaining("is read-only");
            }
            assertThat(sha256(file)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    // ---- locked by another program -----------------------------------------------------------------

    /**
     * Another program (here a plain SQLite connection, not an Entente library) in the middle of a
     * write it keeps open; {@code exclusive}: it also took the file's exclusive lock for itself
     * ({@code locking_mode = EXCLUSIVE}), so that nobody may even read it.
     */
    private static Connection lockHolder(Path file, boolean exclusive) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            if (exclusive) st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");
            st.execute("INSERT INTO library_info (key, value) VALUES ('other-program', 'holding')");
        }
        return c;
    }

    @Test
    void anEditMeetingAnotherProgramsLockIsRefusedWithAMessageNamingTheFile() throws Exception {
        Path file = libraryWithTwoEvents();
        try (Library lib = Library.open(file)) {
            lib.busyTimeout(Duration.ofMillis(300));
            try (Connection other = lockHolder(file, false)) {
                assertThatThrownBy(() -> lib.setInfo("mine", "Путин"))
                        .isInstanceOf(LibraryException.class)
                        .hasMessageContaining(file.toString())
                        .hasMessageContaining("another program")
                        .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.IN_USE));
                try (Statement st = other.createStatement()) {
                    st.execute("ROLLBACK");
                }
            }
            assertThat(lib.info("mine")).as("nothing written by the refused edit").isEmpty();
            assertThat(lib.info("other-program")).isEmpty();
            lib.setInfo("mine", "Путин");
            assertThat(lib.info("mine")).contains("Путин");
            assertThat(integrity(lib)).isEqualTo("ok");
        }
    }

    @Test
    void openingALibraryAnotherProgramKeepsLockedSaysSoAndChangesNothing() throws Exception {
        Path file = libraryWithTwoEvents();
        String before = sha256(file);
        try (Connection other = lockHolder(file, true)) {
            // Waits SQLite's busy timeout (10 s) for the other program first.
            assertThatThrownBy(() -> Library.open(file))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("in use by another program")
                    .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.IN_USE));
            try (Statement st = other.createStatement()) {
                st.execute("ROLLBACK");
            }
        }
        assertThat(sha256(file)).isEqualTo(before);
        try (Library lib = Library.open(file)) {
            assertThat(lib.counts().events()).isEqualTo(2);
        }
    }

    // ---- disk full -----------------------------------------------------------------------------------

    @Test
    void aFullDiskRollsTheEditBackKeepsEarlierEditsAndNamesTheNewestBackup() throws Exception {
        Path file = libraryWithTwoEvents();
        try (Library lib = Library.open(file)) {
            LibraryBackups.Backup backup = lib.backUp(LibraryBackups.Reason.ON_REQUEST);
            lib.setInfo("earlier", "Võ Văn Thưởng");
            lib.simulateFullDisk();
            assertThatThrownBy(() -> lib.write(c -> {
                lib.setInfo("first-half", "kept only with the rest");
                lib.setInfo("big", "x".repeat(400_000)); // needs new pages: the disk is full
                return null;
            }))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("the disk is full")
                    .hasMessageContaining(backup.file().toString())
                    .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.DISK_FULL));
            assertThat(lib.info("first-half")).as("the failed edit rolled back whole").isEmpty();
            assertThat(lib.info("big")).isEmpty();
            assertThat(lib.info("earlier")).contains("Võ Văn Thưởng");
            assertThat(lib.counts().events()).isEqualTo(2);
            assertThat(integrity(lib)).isEqualTo("ok");
        }
        try (Library lib = Library.open(file)) {
            assertThat(integrity(lib)).isEqualTo("ok");
            assertThat(lib.info("earlier")).contains("Võ Văn Thưởng");
            lib.setInfo("big", "x".repeat(400_000)); // with room again, the same edit goes in
            assertThat(lib.info("big")).isPresent();
        }
    }

    // ---- deleted while open ---------------------------------------------------------------------------

    @Test
    void aLibraryDeletedWhileOpenIsNoticedByTheWatcherAndEditsAreRefused() throws Exception {
        Path file = libraryWithTwoEvents();
        try (Library lib = Library.open(file)) {
            LibraryBackups.Backup backup = lib.backUp(LibraryBackups.Reason.ON_REQUEST);
            List<LibraryException> told = new CopyOnWriteArrayList<>();
            lib.onGone(told::add);
            try (LibraryWatcher watcher = lib.watchOtherWriters(Duration.ofMillis(50), () -> {})) {
                Files.delete(file);
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !told.isEmpty());
            }
            assertThat(told).hasSize(1);
            assertThat(told.get(0).reason()).isEqualTo(LibraryException.Reason.GONE);
            assertThat(told.get(0).getMessage()).contains(file.toString()).contains("removed or replaced by another program")
                    .contains(backup.file().toString());
            assertThatThrownBy(() -> lib.setInfo("lost", "x"))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("removed or replaced by another program")
                    .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.GONE));
            assertThat(told).as("told once").hasSize(1);
            assertThat(Files.exists(file)).as("not created again empty").isFalse();
            assertThat(lib.counts().events()).as("what is shown can still be read and saved").isEqualTo(2);
        }
    }
}
