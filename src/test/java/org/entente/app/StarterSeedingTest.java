package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.entente.exchange.starter.StarterLibrary;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new library opened by the app is seeded with the starter library once, not on every open. */
class StarterSeedingTest {
    @TempDir Path dir;

    @Test
    void aNewLibraryGetsTheStarterLibraryOnce() {
        Path file = dir.resolve("new.entente");
        int events = StarterLibrary.read().events().size();
        try (Library library = LibraryService.openOrCreate(file, org.entente.exchange.starter.StarterLibrary::readBundle, "starter")) {
            assertThat(library.counts().events()).isEqualTo(events).isGreaterThan(30);
            assertThat(library.counts().tradeFigures()).isEqualTo(88);
        }
        try (Library again = LibraryService.openOrCreate(file, org.entente.exchange.starter.StarterLibrary::readBundle, "starter")) {
            assertThat(again.counts().events()).isEqualTo(events);
        }
    }
}
