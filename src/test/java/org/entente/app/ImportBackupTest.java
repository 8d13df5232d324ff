package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.model.EventHeader;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import backs the library up first, keeps that backup only if it changed the library, and rotates only then. */
class ImportBackupTest {
    @TempDir Path dir;

    @Test
    void anImportLeavesABackupOfTheLibraryAsItWasBefore() throws Exception {
        Path file = dir.resolve("lib.db");
        Path csv = Files.writeString(dir.resolve("events.csv"), "title,start\nTô Lâm visits Moscow,2024-08\n习近平 in Hanoi,2023-12-12\n");
        try (Library library = Library.open(file)) {
            new ImportService(library).importFiles(List.of(csv), DuplicatePolicy.SKIP, ImportProgress.NONE);

            List<LibraryBackups.Backup> backups = LibraryBackups.list(file);
            assertThat(backups).hasSize(1);
            assertThat(backups.get(0).reason()).isEqualTo(LibraryBackups.Reason.BEFORE_IMPORT);
            assertThat(LibraryBackups.preview(backups.get(0)).events()).as("the library before the import").isZero();
            assertThat(library.events().allHeaders()).extracting(EventHeader::title)
                    .containsExactlyInAnyOrder("Tô Lâm visits Moscow", "习近平 in Hanoi");

            // Restoring it takes the import back.
            library.restoreFrom(backups.get(0));
            assertThat(library.events().allHeaders()).isEmpty();
        }
    }

    @Test
    void aRefusedImportLeavesNoBackupAndRemovesNoOlderOne() throws Exception {
        Path file = dir.resolve("lib.db");
        Path bad = Files.writeString(dir.resolve("events.csv"), "title,start\nGood,2020\nBad,2024-13-40\n");
        try (Library library = Library.open(file)) {
            library.keepBackups(2);
            library.backUp(LibraryBackups.Reason.ON_REQUEST);
            library.backUp(LibraryBackups.Reason.DAILY);
            List<LibraryBackups.Backup> before = LibraryBackups.list(file);

            assertThatThrownBy(() -> new ImportService(library).importFiles(List.of(bad), DuplicatePolicy.SKIP, ImportProgress.NONE))
                    .isInstanceOf(ImportService.ImportRefusedException.class);

            assertThat(LibraryBackups.list(file)).as("the same two backups, none rotated out").isEqualTo(before);
            assertThat(library.events().allHeaders()).isEmpty();
        }
    }

    @Test
    void anImportCancelledBeforeItsBackupIsFinishedStopsTheBackupAndImportsNothing() throws Exception {
        Path file = dir.resolve("lib.db");
        Path csv = Files.writeString(dir.resolve("events.csv"), "title,start\nTô Lâm visits Moscow,2024-08\n");
        try (Library library = Library.open(file)) {
            // Enough for SQLite's copy to ask the cancel (every Library.BACKUP_CHECK_STEPS steps) before it ends.
            var vn = library.actors().save(org.entente.model.Actor.country("Việt Nam", "VNM"));
            for (int i = 0; i < 200; i++)
                library.events().save(new org.entente.model.Event(0, "Event " + i + " — Tô Lâm, Путин, 习近平", org.entente.model.DateRange.parse("2024-06-19"),
                        org.entente.model.Category.MEETING, List.of(new org.entente.model.Participant(vn, "host")), null, null, 3, List.of(), List.of()));
            java.util.concurrent.atomic.AtomicReference<Integer> backupsWhenFirstAsked = new java.util.concurrent.atomic.AtomicReference<>();
            ImportProgress cancelled = new ImportProgress() {
                @Override
                public void update(long done, long total, String message) {}

                @Override
                public boolean isCancelled() {
                    backupsWhenFirstAsked.compareAndSet(null, LibraryBackups.list(file).size());
                    return true;
                }
            };

            assertThatThrownBy(() -> new ImportService(library).importFiles(List.of(csv), DuplicatePolicy.SKIP, cancelled))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);

            assertThat(backupsWhenFirstAsked.get()).as("the cancel was asked by the backup's copy, before it was finished").isZero();
            assertThat(LibraryBackups.list(file)).isEmpty();
            assertThat(library.counts().events()).as("nothing imported").isEqualTo(200);
        }
    }
}
