package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is read through a connection of its own, beside the library's work (issue #15): at ten
 * million events the daily backup took minutes under the library's lock, and every read and edit
 * of the window waited for it. Each backup here is held mid-copy (inside SQLite's progress handler,
 * which asks the cancel) while the test works on the library.
 */
class BackupBesideWorkTest {
    @TempDir Path dir;
    Library lib;
    Actor vn;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.entente"));
        vn = lib.actors().save(Actor.country("Việt Nam", "VNM"));
        for (int i = 0; i < 200; i++) save("Event " + i + " — Tô Lâm, Путин, 习近平");
    }

    @AfterEach
    void close() { lib.close(); }

    private Event save(String title) {
        return lib.events().save(new Event(0, title, DateRange.parse("2024-06-19"), Category.MEETING, List.of(new Participant(vn, "host")),
                null, null, 3, List.of(), List.of()));
    }

    /** A cancel check that, the first time SQLite asks it, says so and waits until {@code release}. */
    private static BooleanSupplier heldOnce(CountDownLatch copying, CountDownLatch release, boolean thenCancel) {
        return () -> {
            if (copying.getCount() > 0) {
                copying.countDown();
                try {
                    if (!release.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return thenCancel;
            }
            return false;
        };
    }

    @Test
    void readsAndEditsGoOnWhileABackupIsCopyingAndTheBackupHoldsWhatWasCommittedWhenItBegan() throws Exception {
        CountDownLatch copying = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<LibraryBackups.Backup> backup = CompletableFuture.supplyAsync(
                () -> lib.backUp(LibraryBackups.Reason.ON_REQUEST, heldOnce(copying, release, false)));
        try {
            assertThat(copying.await(30, TimeUnit.SECONDS)).as("the backup began copying").isTrue();
            // Before: both waited for the library's lock, which the backup held until its end.
            CompletableFuture<Long> work = CompletableFuture.supplyAsync(() -> {
                save("Saved during the backup: Võ Văn Thưởng");
                return lib.counts().events();
            });
            assertThat(work.get(30, TimeUnit.SECONDS)).as("a write and a read while the backup is held mid-copy").isEqualTo(201);
            assertThat(backup).isNotDone();
        } finally {
            release.countDown();
        }
        LibraryBackups.Backup made = backup.get(30, TimeUnit.SECONDS);
        assertThat(LibraryBackups.list(lib.file())).extracting(LibraryBackups.Backup::file).containsExactly(made.file());
        try (Library copy = Library.open(made.file())) {
            assertThat(copy.counts().events()).as("the backup: what was committed when it began").isEqualTo(200);
        }
        assertThat(lib.counts().events()).isEqualTo(201);
    }

    @Test
    void aCancelledBackupLeavesNoFile() throws Exception {
        CountDownLatch copying = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<LibraryBackups.Backup> backup = CompletableFuture.supplyAsync(
                () -> lib.backUp(LibraryBackups.Reason.DAILY, heldOnce(copying, release, true)));
        assertThat(copying.await(30, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        assertThatThrownBy(() -> backup.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancellationException.class);
        assertThat(LibraryBackups.list(lib.file())).isEmpty();
        Path folder = LibraryBackups.folderOf(lib.file());
        if (Files.exists(folder))
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).as("no partial copy left behind").isEmpty();
            }
        save("After a cancelled backup");
        assertThat(lib.counts().events()).isEqualTo(201);
    }

    /**
     * ADR 0008: after something in the process dropped SQLite's locks, the next write closes every
     * connection of the process to the file and opens them again, which takes the locks anew; a
     * backup's connection left open would keep SQLite from taking them. The write stops the backup,
     * takes the locks back, and the backup starts again and ends.
     */
    @Test
    void aReconnectionStopsABackupUnderWayTakesTheLocksBackAndTheBackupIsTakenAgain() throws Exception {
        assumeTrue(FileLocks.available(), "needs /proc/locks (Linux)");
        CountDownLatch copying = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<LibraryBackups.Backup> backup = CompletableFuture.supplyAsync(
                () -> lib.backUp(LibraryBackups.Reason.ON_REQUEST, heldOnce(copying, release, false)));
        CompletableFuture<Void> wrote = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                lib.setInfo("during", "the backup");
                wrote.complete(null);
            } catch (RuntimeException e) {
                wrote.completeExceptionally(e);
            }
        }, "writer");
        try {
            assertThat(copying.await(30, TimeUnit.SECONDS)).isTrue();
            ForeignAccess.sniff(lib.file());
            assertThat(lib.soundness()).isEqualTo(Library.Soundness.LOCKS_LOST);
            writer.start();
            // The held backup can only notice the stop once released: release it when the write
            // waits for it to stop (or, without that wait, once the write has reconnected and ended).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (writer.isAlive() && !waitsForTheBackupToStop(writer)) {
                assertThat(System.nanoTime()).as("the write neither ended nor waited for the backup").isLessThan(deadline);
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        } finally {
            release.countDown();
        }
        wrote.get(30, TimeUnit.SECONDS);
        assertThat(ForeignAccess.holdsLock(lib.file())).as("the locks taken back with the backup's connection closed").isTrue();
        assertThat(lib.soundness()).isEqualTo(Library.Soundness.SOUND);
        LibraryBackups.Backup made = backup.get(30, TimeUnit.SECONDS);
        try (Library copy = Library.open(made.file())) {
            assertThat(copy.counts().events()).isEqualTo(200);
        }
        assertThat(ForeignAccess.anotherProcessReads(lib.file(), "SELECT value FROM library_info WHERE key = 'during'")).isEqualTo("the backup");
    }

    private static boolean waitsForTheBackupToStop(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace())
            if (frame.getMethodName().equals("stopSideConnections")) return true;
        return false;
    }

    /**
     * File › Save a Copy As goes the same way (it held the library's lock for the whole copy), and
     * writes under a hidden name: a file already at the target stays as it was until the copy is
     * complete, and after a cancel (it used to be deleted first).
     */
    @Test
    void aCopyIsSavedBesideTheWorkAndAFileAtItsNameStaysAsItWasUntilTheCopyIsComplete() throws Exception {
        Path target = dir.resolve("copy.entente");
        Files.writeString(target, "a file of the person's, kept until the copy is complete");
        CountDownLatch copying = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Void> copy = CompletableFuture.runAsync(() -> lib.saveCopyTo(target, heldOnce(copying, release, true)));
        try {
            assertThat(copying.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(target)).startsWith("a file of the person's");
            save("Saved while a copy is written");
            assertThat(lib.counts().events()).isEqualTo(201);
        } finally {
            release.countDown();
        }
        assertThatThrownBy(() -> copy.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).as("cancelled: the file at the name as it was").startsWith("a file of the person's");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no partial copy left").noneMatch(n -> n.startsWith(".entente-copy-"));
        }

        lib.saveCopyTo(target);
        try (Library saved = Library.open(target)) {
            assertThat(saved.counts().events()).isEqualTo(201);
        }
    }

    @Test
    void whatACopyKilledMidwayLeftBesideItsTargetIsRemovedByTheNextCopyOnceItsProcessIsGone() throws Exception {
        Path target = dir.resolve("copy.entente");
        Path abandoned = dir.resolve(".entente-copy-2147483646-1");
        Path ours = dir.resolve(".entente-copy-" + ProcessHandle.current().pid() + "-1");
        Files.writeString(abandoned, "half a copy");
        Files.writeString(ours, "a copy this process is writing");

        lib.saveCopyTo(target);

        assertThat(abandoned).as("its process is gone").doesNotExist();
        assertThat(ours).as("its process is alive").exists();
        try (Library saved = Library.open(target)) {
            assertThat(saved.counts().events()).isEqualTo(200);
        }
    }

    @Test
    void aCopyIsRefusedInTheTargetsWordsAndANameNearTheFileSystemsLimitStillSaves() throws Exception {
        assertThatThrownBy(() -> lib.saveCopyTo(dir.resolve("no such folder").resolve("copy.entente")))
                .isInstanceOf(LibraryException.class).hasMessageContaining("no such folder").hasMessageContaining("folder does not exist");
        Path folder = Files.createDirectory(dir.resolve("a folder"));
        assertThatThrownBy(() -> lib.saveCopyTo(folder)).isInstanceOf(LibraryException.class).hasMessageContaining("a folder").hasMessageContaining("is a folder");

        // 80 Vietnamese letters of 3 bytes each, plus ".entente": 248 bytes, under the usual 255.
        Path longName = dir.resolve("ữ".repeat(80) + ".entente");
        lib.saveCopyTo(longName);
        // Opened under a shorter name: a library's own side files (NAME-wal, NAME-backups) need a few bytes more.
        Path shorter = Files.copy(longName, dir.resolve("shorter.entente"));
        try (Library saved = Library.open(shorter)) {
            assertThat(saved.counts().events()).isEqualTo(200);
        }
    }
}
