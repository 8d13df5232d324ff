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
}
