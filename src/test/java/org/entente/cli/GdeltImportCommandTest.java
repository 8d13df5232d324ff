package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.entente.TestFiles;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente import --format gdelt} with its filters, on rows written by hand after the GDELT Event Codebook V2.0. */
class GdeltImportCommandTest extends CommandLineTestBase {
    static final Path V2 = TestFiles.gdelt("20240620.export.CSV");
    @TempDir Path dir;

    @Test
    void aDryRunSaysWhatEachFilterKeepsAndWritesNothing() {
        Path lib = dir.resolve("lib.entente");
        Library.open(lib).close();
        int code = run("import", "--format", "gdelt", V2.toString(), "--country", "VN", "--min-mentions", "10", "--root", "04,05",
                "--dry-run", "--library", lib.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("GDELT: 10 rows read; 9 with a country; 6 kept by countries and pairs;"
                + " 2 by minimum mentions; 2 by root codes; 0 already in the library; 2 to import")
                .contains("Would import 2 events into");
        try (Library l = Library.open(lib)) {
            assertThat(l.counts().events()).isZero();
        }
    }

    @Test
    void importsAPairAndTheSecondTimeNothing() {
        Path lib = dir.resolve("lib.entente");
        Library.open(lib).close();
        assertThat(run("import", V2.toString(), "--pair", "VN-RU", "--library", lib.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 kept by countries and pairs").contains("2 added");
        assertThat(run("import", V2.toString(), "--pair", "RUS-VNM", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("2 already in the library; 0 to import").contains("0 added, 0 updated, 2 skipped");
        try (Library l = Library.open(lib)) {
            assertThat(l.events().byTag("GDELT")).hasSize(2);
        }
    }

    @Test
    void usageMistakes() {
        Path lib = dir.resolve("lib.entente");
        assertThat(run("import", V2.toString(), "--pair", "VN", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("\"VN\" is not a pair of countries like VN-RU");
        assertThat(run("import", V2.toString(), "--root", "21", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("\"21\" is not a CAMEO root code from 01 to 20");
        assertThat(run("import", V2.toString(), "--country", "Atlantis", "--library", lib.toString())).isEqualTo(2);
        Path json = TestFiles.corpus("timelinejs/women_in_computing.json");
        assertThat(run("import", "--format", "gdelt", json.toString(), "--library", lib.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not a GDELT event file");
        assertThat(run("import", json.toString(), "--country", "VN", "--library", lib.toString())).isEqualTo(2);
    }
}
