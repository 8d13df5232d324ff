package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.entente.store.Library;

/**
 * Issue #15, hostile input, at the level a person meets it: a real import into a real library.
 * Whatever the bytes, the import either succeeds or is refused with problems (nothing else
 * escapes), and a refused import leaves the library exactly as it was.
 */
class ImportServiceFuzzTest {
    private static Path dir;
    private static Library library;
    private static long tried, refused;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("entente-import-fuzz-");
        library = Library.open(dir.resolve("lib.entente"));
    }

    @AfterContainer
    static void close() throws IOException {
        library.close();
        System.out.println("ImportServiceFuzzTest: " + tried + " imports tried, " + refused + " refused with the library unchanged");
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Provide
    Arbitrary<String> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("2024-06-19", "2024-13-40", "-0044-03-15", "0", "~2009", "2012-07/..", "Vietnam|Russia", "\"", "\"\"",
                        "Tô Lâm", "习近平", ".".repeat(2), "6", "state-visit", "S1", "https://example.org/x"));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(12).map(cells -> String.join(",", cells));
        return row.list().ofMaxSize(8).map(rs -> "title,start,end,category,participants,roles,place,summary,importance,tags,sources\n"
                + String.join("\n", rs) + "\n");
    }

    @Property
    void aRefusedImportChangesNothing(@ForAll("rows") String csv) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path events = Files.writeString(folder.resolve("events.csv"), csv, StandardCharsets.UTF_8);
        String before = LibraryDump.of(library);
        tried++;
        try {
            new ImportService(library).importFiles(List.of(events), DuplicatePolicy.SKIP, ImportProgress.NONE);
        } catch (ImportService.ImportRefusedException e) {
            refused++;
            assertThat(e.problems()).isNotEmpty();
            assertThat(LibraryDump.of(library)).isEqualTo(before);
        }
    }
}
