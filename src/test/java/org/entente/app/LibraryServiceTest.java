package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.entente.exchange.starter.StarterLibrary;
import org.entente.store.Library;
import org.entente.store.LibraryCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryServiceTest {
    @TempDir Path dir;

    @Test
    void aNewLibraryIsSeededOnceWithTheWholeStarterBundle() {
        Path file = dir.resolve("entente/library.db");
        var bundle = StarterLibrary.readBundle();
        LibraryCounts first;
        try (Library lib = LibraryService.openOrCreateWithStarter(file)) {
            first = lib.counts();
            assertThat(first.events()).isEqualTo(bundle.content().events().size());
            assertThat(first.partnerships()).isEqualTo(bundle.content().partnerships().size());
            assertThat(first.tradeFigures()).isEqualTo(bundle.content().trade().size());
            assertThat(lib.links().all()).hasSize(bundle.links().size());
            assertThat(lib.info(LibraryService.SEEDED_WITH)).contains("starter");
        }
        try (Library lib = LibraryService.openOrCreateWithStarter(file)) {
            assertThat(lib.counts()).isEqualTo(first);
        }
    }

    @Test
    void anExplicitlyEmptyLibraryStaysEmpty() {
        try (Library lib = LibraryService.openOrCreateEmpty(dir.resolve("empty.db"))) {
            assertThat(lib.counts().events()).isZero();
        }
    }
}
