package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente backups}: list, create, keep and restore from the command line. */
class BackupsCommandTest extends CommandLineTestBase {
    @TempDir Path dir;

    private static Event event(String title) {
        return new Event(0, title, DateRange.parse("2024-06-19"), Category.STATE_VISIT,
                java.util.List.of(new Participant(Actor.country("Vietnam", "VNM"), "host")), "Hà Nội", null, 3,
                java.util.List.of(), java.util.List.of());
    }

    @Test
    void listCreateKeepAndRestore() throws Exception {
        Path lib = dir.resolve("lib.db");
        long keptId;
        try (Library library = Library.open(lib)) {
            keptId = library.events().save(event("Путин in Hà Nội")).id();
        }
        assertThat(run("backups", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("has no backups yet");

        assertThat(run("backups", "create", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("Backed up " + lib);
        try (Library library = Library.open(lib)) {
            library.events().delete(keptId);
            library.events().save(event("Tô Lâm elected"));
        }
        assertThat(run("backups", "list", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("  1  ").contains("Backed up on request").contains("1 event,");

        assertThat(run("backups", "restore", "1", "--library", lib.toString())).as("asks first").isEqualTo(2);
        assertThat(err.toString()).contains("add --yes");
        assertThat(run("backups", "restore", "7", "--yes", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("There is no backup 7");
        assertThat(run("backups", "restore", "1", "--yes", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("Restored " + lib);
        try (Library library = Library.open(lib)) {
            assertThat(library.events().allHeaders()).extracting(org.entente.model.EventHeader::title).containsExactly("Путин in Hà Nội");
        }
        assertThat(LibraryBackups.list(lib)).extracting(LibraryBackups.Backup::reason)
                .containsExactly(LibraryBackups.Reason.BEFORE_RESTORE, LibraryBackups.Reason.ON_REQUEST);

        assertThat(run("backups", "keep", "1", "--library", lib.toString())).isZero();
        assertThat(LibraryBackups.list(lib)).hasSize(1);
        assertThat(run("backups", "keep", "0", "--library", lib.toString())).isEqualTo(2);
        assertThat(run("backups", "frobnicate", "--library", lib.toString())).isEqualTo(2);
    }

    @Test
    void aDamagedLibrarysBackupsAreListedAndItsMessageNamesTheNewest() throws Exception {
        Path lib = dir.resolve("lib.db");
        try (Library library = Library.open(lib)) {
            library.events().save(event("Đổi Mới"));
            library.backUp(LibraryBackups.Reason.DAILY);
        }
        Files.write(lib, new byte[8192]); // zeros: not an SQLite file any more
        assertThat(run("backups", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("Daily").contains("1 event,");
        assertThat(run("export", "--format", "bundle", "--out", dir.resolve("x.json").toString(), "--library", lib.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("newest backup").contains(LibraryBackups.folderOf(lib).toString());
    }
}
