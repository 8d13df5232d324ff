package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0008: SQLite's locks are POSIX advisory locks that the whole process loses when anything in
 * it opens and closes the library file beside SQLite; another program then takes the library for
 * closed, checkpoints it and removes the write-ahead log the library goes on writing to. These
 * tests make that happen and check that no acknowledged write is lost.
 */
class LockLossTest {
    @TempDir Path dir;

    /**
     * The defect as a user met it: the app's file was read beside SQLite (a file dialog), another
     * process opened and closed the library, the app wrote again and was killed; before ADR 0008
     * the last write was gone from the file although it had been acknowledged.
     */
    @Test
    void aKilledWriterWhoseFilesWereReadBesideSqliteKeepsEveryAcknowledgedWrite() throws Exception {
        Path file = dir.resolve("Thư viện").resolve("lib.db");
        Library.open(file).close();
        Process child = startWriter(file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new java.io.OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            expect(out, "ready");
            List<String> acknowledged = new ArrayList<>();
            // The other process acts after the locks were dropped, before the next write ...
            acknowledged.add(command(in, out, "write a Tô Lâm"));
            command(in, out, "sniff");
            ForeignAccess.readWithSqlite(file, "SELECT count(*) FROM event");
            acknowledged.add(command(in, out, "write b Путин"));
            // ... and after the next write, before the one after.
            command(in, out, "sniff");
            acknowledged.add(command(in, out, "write c 习近平"));
            ForeignAccess.readWithSqlite(file, "SELECT count(*) FROM event");
            acknowledged.add(command(in, out, "write d Võ Văn Thưởng"));
            assertThat(acknowledged).containsExactly("ack a", "ack b", "ack c", "ack d");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        try (Library library = Library.open(file)) {
            assertThat(library.info("a")).contains("Tô Lâm");
            assertThat(library.info("b")).contains("Путин");
            assertThat(library.info("c")).contains("习近平");
            assertThat(library.info("d")).contains("Võ Văn Thưởng");
            String integrity = library.read(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
        }
    }

    @Test
    void aPlainReadOfTheFileDropsTheLocksAndTheNextWriteTakesThemBack() throws Exception {
        assumeTrue(FileLocks.available(), "needs /proc/locks (Linux)");
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            assertThat(ForeignAccess.holdsLock(file)).isTrue();
            ForeignAccess.sniff(file);
            assertThat(ForeignAccess.holdsLock(file)).as("the hazard itself: a plain close drops SQLite's locks").isFalse();
            assertThat(library.soundness()).isEqualTo(Library.Soundness.LOCKS_LOST);
            library.setInfo("after", "sniff");
            assertThat(ForeignAccess.holdsLock(file)).isTrue();
            assertThat(ForeignAccess.holdsLock(Path.of(file + "-shm"))).isTrue();
            assertThat(library.soundness()).isEqualTo(Library.Soundness.SOUND);
            assertThat(ForeignAccess.anotherProcessReads(file, "SELECT value FROM library_info WHERE key = 'after'")).isEqualTo("sniff");
            assertThat(Files.exists(Path.of(file + "-wal"))).as("the other process saw the library in use").isTrue();
        }
    }

    @Test
    void aWriteAfterAnotherProcessRemovedTheLogGoesIntoTheFileAndIsSeenByOthers() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            library.setInfo("first", "1");
            ForeignAccess.sniff(file);
            ForeignAccess.anotherProcessReads(file, "SELECT 1"); // sees no locks: checkpoints and removes -wal and -shm
            assertThat(library.soundness()).isEqualTo(Library.Soundness.SIDE_FILES_REPLACED);
            library.setInfo("second", "2");
            assertThat(ForeignAccess.anotherProcessReads(file, "SELECT group_concat(value) FROM (SELECT value FROM library_info"
                    + " WHERE key IN ('first', 'second') ORDER BY key)")).isEqualTo("1,2");
        }
    }

    @Test
    void openingALibraryThatIsAlreadyOpenKeepsTheFirstOnesLocks() throws Exception {
        assumeTrue(FileLocks.available(), "needs /proc/locks (Linux)");
        Path file = dir.resolve("lib.db");
        try (Library first = Library.open(file)) {
            try (Library second = Library.open(file)) { // inspects the file first
                assertThat(ForeignAccess.holdsLock(file)).isTrue();
                second.setInfo("second", "window");
            }
            assertThat(ForeignAccess.holdsLock(file)).as("after the second window closed").isTrue();
            assertThat(first.soundness()).isEqualTo(Library.Soundness.SOUND);
        }
    }

    @Test
    void twoLibrariesOnOneFileTakeTheirLocksBackTogether() throws Exception {
        assumeTrue(FileLocks.available(), "needs /proc/locks (Linux)");
        Path file = dir.resolve("lib.db");
        try (Library first = Library.open(file); Library second = Library.open(file)) {
            ForeignAccess.sniff(file);
            first.setInfo("one", "Tô Lâm");
            assertThat(ForeignAccess.holdsLock(file)).isTrue();
            assertThat(second.soundness()).isEqualTo(Library.Soundness.SOUND);
            ForeignAccess.anotherProcessReads(file, "SELECT 1");
            second.setInfo("two", "Путин");
            assertThat(ForeignAccess.anotherProcessReads(file, "SELECT count(*) FROM library_info WHERE key IN ('one', 'two')"))
                    .isEqualTo("2");
            assertThat(first.info("two")).contains("Путин");
        }
    }

    /** macOS lists no locks: there the word of the UI that a file dialog was shown makes the library reconnect. */
    @Test
    void whereLocksAreNotListedAFileDialogMakesTheLibraryTakeThemBack() throws Exception {
        assumeTrue(FileLocks.available(), "the test reads /proc/locks itself");
        Path file = dir.resolve("lib.db");
        FileLocks.listing = false;
        try (Library library = Library.open(file)) {
            ForeignAccess.sniff(file);
            assertThat(library.soundness()).as("nothing to tell it by").isEqualTo(Library.Soundness.SOUND);
            Library.afterForeignFileAccess();
            assertThat(library.soundness()).isEqualTo(Library.Soundness.LOCKS_MAY_BE_LOST);
            library.setInfo("after", "dialog");
            assertThat(ForeignAccess.holdsLock(file)).isTrue();
            assertThat(library.soundness()).isEqualTo(Library.Soundness.SOUND);
        } finally {
            FileLocks.listing = FileLocks.available();
        }
    }

    @Test
    void theWatcherTakesTheLocksBackWithinATickWithoutAWrite() throws Exception {
        assumeTrue(FileLocks.available(), "needs /proc/locks (Linux)");
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file); LibraryWatcher watcher = library.watchOtherWriters(Duration.ofMillis(50), () -> {})) {
            ForeignAccess.sniff(file);
            // The other process sees the locks as soon as the new connection takes them, a moment
            // before the watcher's thread has noted the new side files: wait for both.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> Boolean.TRUE.equals(ForeignAccess.holdsLock(file)) && library.soundness() == Library.Soundness.SOUND);
        }
    }

    @Test
    void aLibraryRemovedWhileOpenRefusesWritesButCanStillBeSavedAsACopy() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            library.setInfo("kept", "Tô Lâm");
            Files.delete(file);
            assertThatThrownBy(() -> library.setInfo("lost", "x"))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("removed or replaced by another program");
            assertThat(Files.exists(file)).as("not created again empty").isFalse();
            assertThat(library.info("kept")).contains("Tô Lâm");
            Path rescue = dir.resolve("rescued.db");
            library.saveCopyTo(rescue);
            try (Library copy = Library.open(rescue)) {
                assertThat(copy.info("kept")).contains("Tô Lâm");
            }
        }
    }

    @Test
    void theFilesOfAnOpenLibraryAreKnownAsSuch() throws Exception {
        Path file = dir.resolve("lib.db"), other = dir.resolve("other.db");
        try (Library library = Library.open(file); Library second = Library.open(other)) {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"})
                assertThat(Library.isOpenLibraryFile(Path.of(file + suffix))).as(suffix).isTrue();
            Path link = dir.resolve("link.db");
            Files.createLink(link, file);
            assertThat(Library.isOpenLibraryFile(link)).as("a hard link to it").isTrue();
            assertThat(Library.isOpenLibraryFile(dir.resolve("export.csv"))).isFalse();
            assertThatThrownBy(() -> library.saveCopyTo(other)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("open in Entente");
            assertThat(second.counts()).isNotNull();
            assertThat(Files.size(other)).isPositive();
        }
        assertThat(Library.isOpenLibraryFile(file)).as("once closed").isFalse();
    }

    @Test
    void aRefusedFileIsLeftWithoutSideFiles() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> Library.open(foreign)).isInstanceOf(LibraryException.class).hasMessageContaining("another program");
        Path random = dir.resolve("random.db");
        byte[] noise = new byte[8192];
        new java.util.Random(7).nextBytes(noise);
        Files.write(random, noise);
        assertThatThrownBy(() -> Library.open(random)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("not an SQLite database at all");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("foreign.db", "random.db");
        }
    }

    private static Process startWriter(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), LockLossWriter.class.getName(), file.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String command(Writer in, BufferedReader out, String line) throws IOException {
        in.write(line + "\n");
        in.flush();
        String answer = out.readLine();
        assertThat(answer).as("answer to " + line).isNotNull();
        return answer;
    }

    private static void expect(BufferedReader out, String line) throws IOException {
        assertThat(out.readLine()).isEqualTo(line);
    }
}
