package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.app.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15, defect 3: a file with a header and no rows touches nothing and says so plainly. */
class NothingToImportTest extends CommandLineTestBase {
    @TempDir Path dir;

    @Test
    void aHeaderOnlyEventsCsvLeavesTheLibraryByteForByte() throws IOException {
        Path lib = dir.resolve("lib.entente");
        LibraryService.openOrCreateWithStarter(lib).close();
        byte[] before = Files.readAllBytes(lib);
        Path events = Files.createDirectories(dir.resolve("in")).resolve("events.csv");
        Files.writeString(events, "title,start,end,participants,summary\n");

        assertThat(run("import", events.toString(), "--library", lib.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Nothing to import: events.csv holds no records; " + lib + " was not changed");
        assertThat(Files.readAllBytes(lib)).as("the library file").isEqualTo(before);
    }
}
