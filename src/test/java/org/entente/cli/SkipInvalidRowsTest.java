package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.app.LibraryService;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, defect 9: {@code entente import --skip-invalid} imports the valid slides of a
 * TimelineJS file and lists the others as skipped; without it the file is refused whole, and a
 * file that cannot be read at all is refused either way.
 */
class SkipInvalidRowsTest extends CommandLineTestBase {
    @TempDir Path dir;

    private Path library() {
        Path lib = dir.resolve("lib.entente");
        LibraryService.openOrCreateEmpty(lib).close();
        return lib;
    }

    private static long events(Path lib) {
        try (Library l = Library.open(lib)) {
            return l.counts().events();
        }
    }

    @Test
    void withoutTheFlagAFileWithInvalidSlidesIsRefusedWholeAndSaysHowToSkipThem() throws IOException {
        Path lib = library();
        byte[] before = Files.readAllBytes(lib);
        Path json = Files.writeString(dir.resolve("examples.json"), SkipInvalidRowsTestData.EXAMPLES);

        assertThat(run("import", json.toString(), "--library", lib.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("examples.json line 3, column \"events[1].start_date\": \"-13800000000\" is not a date: year -13800000000 is "
                        + "outside the years Entente supports (99999 BCE to 99999 CE)")
                .contains("examples.json line 4, column \"events[2].text.headline\"")
                .contains("2 errors: nothing was imported into " + lib)
                .contains("add --skip-invalid to import the valid ones");
        assertThat(Files.readAllBytes(lib)).as("the library file").isEqualTo(before);
    }

    @Test
    void withTheFlagTheValidSlidesAreImportedAndTheOthersListedAsSkipped() throws IOException {
        Path lib = library();
        Path json = Files.writeString(dir.resolve("examples.json"), SkipInvalidRowsTestData.EXAMPLES);

        assertThat(run("import", json.toString(), "--library", lib.toString(), "--skip-invalid")).isZero();
        assertThat(err.toString())
                .contains("examples.json line 3, column \"events[1].start_date\"")
                .contains("outside the years Entente supports (99999 BCE to 99999 CE)")
                .contains("examples.json line 4, column \"events[2].text.headline\"")
                .contains("Left out 2 rows or slides with errors (listed above); the rest was imported");
        assertThat(out.toString()).contains("Imported 2 events into " + lib);
        assertThat(events(lib)).isEqualTo(2);
    }

    @Test
    void aFileWhoseEveryRowIsInvalidIsRefusedEvenWithTheFlag() throws IOException {
        Path lib = library();
        Path json = Files.writeString(dir.resolve("cosmic.json"), """
                {"events": [{"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}}]}
                """);

        assertThat(run("import", json.toString(), "--library", lib.toString(), "--skip-invalid")).isEqualTo(1);
        assertThat(err.toString()).contains("outside the years Entente supports (99999 BCE to 99999 CE)")
                .contains("1 error: nothing was imported into " + lib);
        assertThat(events(lib)).isZero();
    }

    @Test
    void theDryRunSaysWhatWouldBeLeftOut() throws IOException {
        Path lib = library();
        byte[] before = Files.readAllBytes(lib);
        Path json = Files.writeString(dir.resolve("examples.json"), SkipInvalidRowsTestData.EXAMPLES);

        assertThat(run("import", json.toString(), "--library", lib.toString(), "--skip-invalid", "--dry-run")).isZero();
        assertThat(err.toString()).contains("Would leave out 2 rows or slides with errors");
        assertThat(out.toString()).contains("Would import 2 events into " + lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedEvenWithTheFlag() throws IOException {
        Path lib = library();
        byte[] before = Files.readAllBytes(lib);
        Path good = Files.writeString(dir.resolve("examples.json"), SkipInvalidRowsTestData.EXAMPLES);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"events\": [ {\"start_date\": ");

        assertThat(run("import", good.toString(), broken.toString(), "--library", lib.toString(), "--skip-invalid")).isEqualTo(1);
        assertThat(err.toString()).contains("broken.json").contains("nothing was imported into " + lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(before);
    }
}
