package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.entente.store.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15, defect 2: {@code import --dry-run} creates and changes no file; a 0-byte {@code --library} is not seeded. */
class DryRunWritesNothingTest extends CommandLineTestBase {
    @TempDir Path dir;
    Path input;

    @BeforeEach
    void input() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        input = in.resolve("events.csv");
        Files.writeString(input, "title,start,participants\nTô Lâm visits Moscow,2024-08-01,Vietnam|Russia\n");
    }

    private List<Path> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aDryRunIntoAMissingLibraryCreatesNeitherItsFolderNorTheLibrary() throws IOException {
        Path lib = dir.resolve("not/yet/there/library.db");
        List<Path> before = tree(dir);
        assertThat(run("import", "--dry-run", input.toString(), "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("Would import 1 event", "dry run: nothing written");
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void aDryRunLeavesAnExistingLibraryByteForByteAndNoSideFiles() throws IOException {
        Path lib = dir.resolve("lib.entente");
        Library.open(lib).close();
        byte[] bytes = Files.readAllBytes(lib);
        List<Path> before = tree(dir);
        assertThat(run("import", "--dry-run", input.toString(), "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("Would import 1 event");
        assertThat(Files.readAllBytes(lib)).isEqualTo(bytes);
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void anEmptyFileGivenAsTheLibraryIsRefusedAndLeftEmpty() throws IOException {
        Path lib = dir.resolve("empty.db");
        Files.createFile(lib);
        List<Path> before = tree(dir);
        for (boolean dry : new boolean[] {true, false}) {
            int code = dry ? run("import", "--dry-run", input.toString(), "--library", lib.toString())
                    : run("import", input.toString(), "--library", lib.toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains(lib + " is an empty file (0 bytes), not an Entente library");
            assertThat(Files.size(lib)).isZero();
            assertThat(tree(dir)).isEqualTo(before);
        }
    }
}
