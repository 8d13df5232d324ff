package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.exchange.Problem;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15, defect 1: an events.csv that is not UTF-8 is refused with the line of the bad byte, by the real import too. */
class ImportEncodingTest {
    @TempDir Path dir;
    Library library;
    ImportService service;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib.entente"));
        service = new ImportService(library);
    }

    @AfterEach
    void close() { library.close(); }

    /** 5,000 good rows (lines 2-5001), then one whose summary holds a Latin-1 "é" on line 5002. */
    private Path latin1AtLine5002() throws IOException {
        StringBuilder sb = new StringBuilder("title,start,participants,summary\n");
        for (int i = 0; i < 5_000; i++) sb.append("Event ").append(i).append(",2020-01-").append(1 + i % 28).append(",Vietnam|Russia,Talks in Hanoi\n");
        sb.append("Caf\u00e9 talks,2021-01-01,Vietnam,Caf\u00e9\n");
        sb.append("After,2021-01-02,Vietnam,More\n");
        Path p = dir.resolve("latin1/events.csv");
        Files.createDirectories(p.getParent());
        Files.write(p, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    @Test
    void aLatin1EventsCsvIsRefusedByTheRealImportWithTheLineOfTheBadByte() throws IOException {
        Path file = latin1AtLine5002();
        String before = LibraryDump.of(library);
        assertThatThrownBy(() -> service.importFiles(List.of(file), DuplicatePolicy.SKIP, ImportProgress.NONE))
                .isInstanceOf(ImportService.ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportService.ImportRefusedException) e).problems()).extracting(Problem::toString)
                        .containsExactly("events.csv line 5002: the file is not UTF-8 text (save it as \"CSV UTF-8\")"));
        assertThat(LibraryDump.of(library)).isEqualTo(before);
    }

    @Test
    void theDryRunNamesTheSameLine() throws IOException {
        ImportPlan plan = service.preview(List.of(latin1AtLine5002()), ImportProgress.NONE);
        assertThat(plan.problems()).extracting(Problem::toString)
                .containsExactly("events.csv line 5002: the file is not UTF-8 text (save it as \"CSV UTF-8\")");
    }

    @Test
    void aUtf16EventsCsvIsRefusedByTheRealImportAndChangesNothing() throws IOException {
        Path p = dir.resolve("utf16/events.csv");
        Files.createDirectories(p.getParent());
        Files.write(p, "title,start\nTô Lâm visits Moscow,2024-08-01\n".getBytes(StandardCharsets.UTF_16));
        String before = LibraryDump.of(library);
        assertThatThrownBy(() -> service.importFiles(List.of(p), DuplicatePolicy.SKIP, ImportProgress.NONE))
                .isInstanceOf(ImportService.ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportService.ImportRefusedException) e).problems()).extracting(Problem::toString)
                        .containsExactly("events.csv line 1: the file is not UTF-8 text (save it as \"CSV UTF-8\")"));
        assertThat(LibraryDump.of(library)).isEqualTo(before);
    }
}
